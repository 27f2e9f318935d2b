package ostooc.backend.elf;

import static ostooc.backend.elf.Elf.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ostooc.backend.obj.Binding;
import ostooc.backend.obj.ObjectFile;
import ostooc.backend.obj.Section;
import ostooc.backend.obj.SectionKind;
import ostooc.backend.obj.Symbol;
import ostooc.backend.x86.asm.Reloc;

/**
 * Writes an {@link ObjectFile} as an ELF64 ET_REL that GNU ld, objdump and readelf accept.
 * Section header order: null, the object's sections, one .rela.X per section with relocations,
 * .symtab, .strtab, .shstrtab. Symbols: null, locals, then globals/weaks (ELF requires locals first;
 * .symtab's sh_info is the first non-local index); names referenced by relocations but never declared
 * become undefined globals, as GNU as does.
 */
public final class ElfObjectWriter {
    private ElfObjectWriter() {
    }

    public static byte[] write(ObjectFile obj) {
        List<Section> sections = obj.sections();
        Map<Section, Integer> sectionIndex = new LinkedHashMap<>();
        for (Section s : sections) {
            sectionIndex.put(s, sectionIndex.size() + 1);
        }
        SymbolTableBuilder symtab = new SymbolTableBuilder(obj, sectionIndex);

        List<Section> withRelocs = sections.stream().filter(s -> !s.relocs().isEmpty()).toList();
        int firstRela = sections.size() + 1;
        int symtabIndex = firstRela + withRelocs.size();
        int strtabIndex = symtabIndex + 1;
        int shstrtabIndex = strtabIndex + 1;
        int shnum = shstrtabIndex + 1;

        StringTable shstr = new StringTable();
        List<SectionHeader> headers = new ArrayList<>();
        headers.add(new SectionHeader(0, SHT_NULL, 0, 0, 0, 0, 0, 0, 0, 0));
        ByteSink out = new ByteSink();
        out.padTo(EHDR_SIZE);

        // Contents: each section at its alignment; NOBITS occupy no file bytes.
        for (Section s : sections) {
            int type = sectionType(s);
            out.align(s.align());
            long offset = out.position();
            if (type != SHT_NOBITS) {
                out.bytes(s.data());
            }
            headers.add(new SectionHeader(shstr.add(s.name()), type, sectionFlags(s), offset, s.size(), 0, 0, s.align(), 0, 0));
        }
        // Relocations, one RELA section per relocated section.
        for (Section s : withRelocs) {
            out.align(8);
            long offset = out.position();
            for (Reloc r : s.relocs()) {
                out.u64(r.offset()).u64((long) symtab.indexFor(r.symbol()) << 32 | r.type().code()).u64(r.addend());
            }
            headers.add(new SectionHeader(shstr.add(".rela" + s.name()), SHT_RELA, SHF_INFO_LINK, offset,
                    (long) s.relocs().size() * RELA_SIZE, symtabIndex, sectionIndex.get(s), 8, RELA_SIZE, 0));
        }
        // Symbols and names.
        out.align(8);
        byte[] syms = symtab.symtabBytes();
        headers.add(new SectionHeader(shstr.add(".symtab"), SHT_SYMTAB, 0, out.position(), syms.length,
                strtabIndex, symtab.firstNonLocal(), 8, SYM_SIZE, 0));
        out.bytes(syms);
        byte[] strs = symtab.strtabBytes();
        headers.add(new SectionHeader(shstr.add(".strtab"), SHT_STRTAB, 0, out.position(), strs.length, 0, 0, 1, 0, 0));
        out.bytes(strs);
        int shstrName = shstr.add(".shstrtab");
        byte[] shstrBytes = shstr.toByteArray();
        headers.add(new SectionHeader(shstrName, SHT_STRTAB, 0, out.position(), shstrBytes.length, 0, 0, 1, 0, 0));
        out.bytes(shstrBytes);

        out.align(8);
        long shoff = out.position();
        for (SectionHeader h : headers) {
            h.write(out);
        }
        byte[] file = out.toByteArray();
        byte[] ehdr = header(ET_REL, 0, 0, 0, shoff, 0, shnum, shstrtabIndex);
        System.arraycopy(ehdr, 0, file, 0, EHDR_SIZE);
        return file;
    }

    /** The 64-byte ELF header; shared with the executable writer. */
    public static byte[] header(int type, long entry, long phoff, int phnum, long shoff, int shentsize, int shnum, int shstrndx) {
        ByteSink h = new ByteSink();
        h.bytes(MAGIC).u8(ELFCLASS64).u8(ELFDATA2LSB).u8(EV_CURRENT).u8(0).padTo(16);
        h.u16(type).u16(EM_X86_64).u32(EV_CURRENT).u64(entry).u64(phoff).u64(shoff).u32(0);
        h.u16(EHDR_SIZE).u16(phnum == 0 ? 0 : PHDR_SIZE).u16(phnum).u16(shnum == 0 ? shentsize : SHDR_SIZE)
                .u16(shnum).u16(shstrndx);
        return h.toByteArray();
    }

    private static int sectionType(Section s) {
        if (s.elfType() != 0) {
            if (s.elfType() == SHT_GROUP || s.elfType() == SHT_RELA || s.elfType() == SHT_SYMTAB || s.elfType() == SHT_REL) {
                throw new ElfFormatException("cannot write section " + s.name() + " of ELF type " + s.elfType());
            }
            return s.elfType();
        }
        return s.kind() == SectionKind.BSS ? SHT_NOBITS : SHT_PROGBITS;
    }

    private static long sectionFlags(Section s) {
        if (s.elfType() != 0) {
            return s.elfFlags();
        }
        return switch (s.kind()) {
            case TEXT -> SHF_ALLOC | SHF_EXECINSTR;
            case RODATA -> SHF_ALLOC;
            case DATA, BSS -> SHF_ALLOC | SHF_WRITE;
            case OTHER -> 0;
        };
    }

    /** Builds .symtab/.strtab and maps relocation symbol names to symbol indices. */
    private static final class SymbolTableBuilder {
        private final List<Symbol> ordered = new ArrayList<>();
        private final Map<String, Integer> byName = new LinkedHashMap<>();
        private final Map<Section, Integer> sectionIndex;
        private int firstNonLocal;

        SymbolTableBuilder(ObjectFile obj, Map<Section, Integer> sectionIndex) {
            this.sectionIndex = sectionIndex;
            obj.symbols().stream().filter(s -> s.binding() == Binding.LOCAL).forEach(this::add);
            firstNonLocal = ordered.size() + 1;
            obj.symbols().stream().filter(s -> s.binding() != Binding.LOCAL).forEach(this::add);
            for (Section s : obj.sections()) {
                for (Reloc r : s.relocs()) {
                    if (!byName.containsKey(r.symbol())) {
                        add(Symbol.undefined(r.symbol()));
                    }
                }
            }
        }

        private void add(Symbol s) {
            ordered.add(s);
            Integer old = byName.get(s.name());
            // A definition beats an earlier undefined entry of the same name for relocation targets.
            if (old == null || (!ordered.get(old - 1).isDefined() && s.isDefined())) {
                byName.put(s.name(), ordered.size());
            }
        }

        int firstNonLocal() {
            return firstNonLocal;
        }

        int indexFor(String name) {
            return byName.get(name);
        }

        private final StringTable strtab = new StringTable();

        byte[] symtabBytes() {
            ByteSink out = new ByteSink();
            out.padTo(SYM_SIZE); // index 0: the null symbol
            for (Symbol s : ordered) {
                int shndx;
                if (s.section() == null) {
                    shndx = SHN_UNDEF;
                } else if (s.section() == Section.ABSOLUTE) {
                    shndx = SHN_ABS;
                } else {
                    Integer idx = sectionIndex.get(s.section());
                    if (idx == null) {
                        throw new ElfFormatException("symbol " + s.name() + " is in section " + s.section() + " which is not in this object");
                    }
                    shndx = idx;
                }
                int type = s.type().elfCode();
                out.u32(s.type() == ostooc.backend.obj.SymbolType.SECTION ? 0 : strtab.add(s.name()));
                out.u8(s.binding().ordinal() << 4 | type).u8(0).u16(shndx).u64(s.value()).u64(s.size());
            }
            return out.toByteArray();
        }

        byte[] strtabBytes() {
            return strtab.toByteArray();
        }
    }
}

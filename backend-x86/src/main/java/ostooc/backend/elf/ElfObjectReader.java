package ostooc.backend.elf;

import static ostooc.backend.elf.Elf.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ostooc.backend.obj.Binding;
import ostooc.backend.obj.ObjectFile;
import ostooc.backend.obj.Section;
import ostooc.backend.obj.SectionKind;
import ostooc.backend.obj.Symbol;
import ostooc.backend.obj.SymbolType;
import ostooc.backend.x86.asm.Reloc;
import ostooc.backend.x86.asm.RelocType;

/**
 * Parses an ELF64 x86-64 ET_REL (ours, gcc's, later musl's libc.a members) into an {@link ObjectFile}.
 * Supported: PROGBITS/NOBITS/NOTE/INIT_ARRAY/FINI_ARRAY/X86_64_UNWIND content, RELA, SYMTAB, STRTAB,
 * GROUP (kept as an OTHER section; not deduplicated yet), SHN_ABS symbols (into Section.ABSOLUTE), TLS
 * sections (.tdata as DATA, .tbss as BSS, told apart by SHF_TLS in the kept ELF flags). Relocations of
 * non-loadable sections (debug info) are not read: nothing loads them, and they use types we need not know.
 * Rejected with an ElfFormatException naming the feature: REL, COMMON and IFUNC symbols,
 * SHN_XINDEX, unknown relocation types, unknown section types that are SHF_ALLOC. Unknown non-ALLOC
 * sections (e.g. .llvm_addrsig) carry nothing loadable and are dropped on purpose.
 * Section symbols take their section's name (made unique with "#index" if it repeats) because
 * relocations in the object model name their symbols.
 */
public final class ElfObjectReader {
    private final String name;
    private final ByteSource in;
    private final ObjectFile obj;
    private Section[] byIndex;
    private Symbol[] symbols = new Symbol[0];

    private ElfObjectReader(String name, byte[] data) {
        this.name = name;
        this.in = new ByteSource(data, name);
        this.obj = new ObjectFile(name);
    }

    public static ObjectFile read(String name, byte[] data) {
        return new ElfObjectReader(name, data).parse();
    }

    private record Shdr(int index, String name, int type, long flags, long offset, long size, int link, int info, long align) {
    }

    private ObjectFile parse() {
        if (in.size() < EHDR_SIZE || in.u32(0) != 0x464c457fL) {
            throw fail("not an ELF file");
        }
        if (in.u8(4) != ELFCLASS64 || in.u8(5) != ELFDATA2LSB) {
            throw fail("not ELF64 little-endian");
        }
        if (in.u16(16) != ET_REL) {
            throw fail("not a relocatable object (e_type " + in.u16(16) + ")");
        }
        if (in.u16(18) != EM_X86_64) {
            throw fail("not x86-64 (e_machine " + in.u16(18) + ")");
        }
        long shoff = in.u64(40);
        int shentsize = in.u16(58), shnum = in.u16(60), shstrndx = in.u16(62);
        if (shnum == 0 || shstrndx == SHN_XINDEX) {
            throw fail("extended section numbering is not supported");
        }
        List<Shdr> shdrs = new ArrayList<>();
        long strOff = in.u64(shoff + (long) shstrndx * shentsize + 24);
        for (int i = 0; i < shnum; i++) {
            long h = shoff + (long) i * shentsize;
            shdrs.add(new Shdr(i, in.cstring(strOff + in.u32(h)), (int) in.u32(h + 4), in.u64(h + 8), in.u64(h + 24),
                    in.u64(h + 32), (int) in.u32(h + 40), (int) in.u32(h + 44), in.u64(h + 48)));
        }
        byIndex = new Section[shnum];
        for (Shdr h : shdrs) {
            contentSection(h);
        }
        for (Shdr h : shdrs) {
            if (h.type() == SHT_SYMTAB) {
                readSymbols(h, shdrs.get(h.link()));
            }
        }
        for (Shdr h : shdrs) {
            if (h.type() == SHT_RELA && byIndex[h.info()] != null && byIndex[h.info()].kind() != SectionKind.OTHER) {
                readRelocs(h);
            } else if (h.type() == SHT_REL) {
                throw fail("SHT_REL section " + h.name() + " is not supported (x86-64 uses RELA)");
            }
        }
        return obj;
    }

    private void contentSection(Shdr h) {
        switch (h.type()) {
            case SHT_NULL, SHT_SYMTAB, SHT_STRTAB, SHT_RELA, SHT_REL:
                return;
            case SHT_SYMTAB_SHNDX:
                throw fail("SHT_SYMTAB_SHNDX (more than 65279 sections) is not supported");
            case SHT_PROGBITS, SHT_NOBITS, SHT_NOTE, SHT_INIT_ARRAY, SHT_FINI_ARRAY, SHT_PREINIT_ARRAY,
                    SHT_X86_64_UNWIND, SHT_GROUP:
                break;
            default:
                if ((h.flags() & SHF_ALLOC) != 0) {
                    throw fail("section " + h.name() + " has unsupported type 0x" + Integer.toHexString(h.type()));
                }
                return; // non-loadable metadata: dropped on purpose
        }
        SectionKind kind = kindOf(h);
        Section s = new Section(h.name(), kind, (int) Math.max(1, h.align()));
        if (kind == SectionKind.BSS) {
            s.setSize(h.size());
        } else {
            s.setData(h.type() == SHT_NOBITS ? new byte[(int) h.size()] : in.slice(h.offset(), h.size()));
        }
        s.setElf(h.type(), h.flags());
        byIndex[h.index()] = s;
        obj.addSection(s);
    }

    private static SectionKind kindOf(Shdr h) {
        if ((h.flags() & SHF_ALLOC) == 0 || h.type() == SHT_GROUP) {
            return SectionKind.OTHER;
        }
        if ((h.flags() & SHF_EXECINSTR) != 0) {
            return SectionKind.TEXT;
        }
        if ((h.flags() & SHF_WRITE) != 0) {
            return h.type() == SHT_NOBITS ? SectionKind.BSS : SectionKind.DATA;
        }
        return SectionKind.RODATA;
    }

    private void readSymbols(Shdr symtab, Shdr strtab) {
        int n = (int) (symtab.size() / SYM_SIZE);
        symbols = new Symbol[n];
        Set<String> sectionSymbolNames = new HashSet<>(); // membership only
        for (int i = 1; i < n; i++) {
            long e = symtab.offset() + (long) i * SYM_SIZE;
            String symName = in.cstring(strtab.offset() + in.u32(e));
            int info = in.u8(e + 4), shndx = in.u16(e + 6);
            long value = in.u64(e + 8), size = in.u64(e + 16);
            Binding binding = switch (info >> 4) {
                case STB_LOCAL -> Binding.LOCAL;
                case STB_GLOBAL -> Binding.GLOBAL;
                case STB_WEAK -> Binding.WEAK;
                default -> throw fail("symbol " + symName + " has unsupported binding " + (info >> 4));
            };
            SymbolType type = switch (info & 0xf) {
                case STT_NOTYPE -> SymbolType.NOTYPE;
                case STT_FUNC -> SymbolType.FUNC;
                case STT_OBJECT -> SymbolType.OBJECT;
                case STT_SECTION -> SymbolType.SECTION;
                case STT_FILE -> SymbolType.FILE;
                case STT_TLS -> SymbolType.TLS;
                default -> throw fail("symbol " + symName + " has unsupported type " + (info & 0xf) + " (COMMON/IFUNC?)");
            };
            Section section;
            if (shndx == SHN_UNDEF) {
                section = null;
            } else if (shndx == SHN_ABS) {
                section = Section.ABSOLUTE;
            } else if (shndx == SHN_COMMON) {
                throw fail("COMMON symbol " + symName + " is not supported (compile with -fno-common)");
            } else if (shndx >= 0xff00) {
                throw fail("symbol " + symName + " has unsupported section index 0x" + Integer.toHexString(shndx));
            } else {
                section = shndx < byIndex.length ? byIndex[shndx] : null;
                if (section == null) {
                    if (type == SymbolType.SECTION) {
                        continue; // the section symbol of a dropped metadata section
                    }
                    throw fail("symbol " + symName + " is defined in unsupported section " + shndx);
                }
            }
            if (type == SymbolType.SECTION) {
                symName = section.name();
                if (!sectionSymbolNames.add(symName)) {
                    symName = symName + "#" + shndx;
                }
            }
            symbols[i] = new Symbol(symName, section, value, size, binding, type);
            obj.addSymbol(symbols[i]);
        }
    }

    private void readRelocs(Shdr rela) {
        Section target = byIndex[rela.info()];
        int n = (int) (rela.size() / RELA_SIZE);
        for (int i = 0; i < n; i++) {
            long e = rela.offset() + (long) i * RELA_SIZE;
            long offset = in.u64(e), info = in.u64(e + 8), addend = in.u64(e + 16);
            int symIndex = (int) (info >>> 32), typeCode = (int) info;
            RelocType type = RelocType.byCode(typeCode);
            if (type == null) {
                throw fail("relocation type " + typeCode + " in " + rela.name() + " is not supported");
            }
            if (symIndex <= 0 || symIndex >= symbols.length || symbols[symIndex] == null) {
                throw fail("relocation in " + rela.name() + " refers to bad symbol index " + symIndex);
            }
            target.addReloc(new Reloc((int) offset, type, symbols[symIndex].name(), addend));
        }
    }

    private ElfFormatException fail(String msg) {
        return new ElfFormatException(name + ": " + msg);
    }
}

package ostooc.backend.link;

import static ostooc.backend.elf.Elf.*;

import java.util.ArrayList;
import java.util.List;

import ostooc.backend.elf.ByteSink;
import ostooc.backend.elf.ElfObjectWriter;
import ostooc.backend.elf.SectionHeader;
import ostooc.backend.elf.StringTable;

/**
 * Writes the executable's headers: the ELF header (ET_EXEC), the program headers right after it
 * (inside the first PT_LOAD and described by PT_PHDR, so AT_PHDR works for a libc), and after the contents a minimal section
 * header table (one header per output section plus .shstrtab) so objdump and readelf can show the
 * code. ostoo ignores section headers; they cost ~0.4 KiB.
 */
final class ExecutableWriter {
    private ExecutableWriter() {
    }

    /** Total file size: contents plus the trailing section headers. */
    static byte[] allocate(Layout layout) {
        return new byte[(int) (sectionHeaderOffset(layout) + (long) (layout.sections.size() + 2) * SHDR_SIZE)];
    }

    static void writeHeaders(byte[] image, Layout layout, long entry) {
        // Section names right after the contents, then the 8-aligned header table.
        StringTable names = new StringTable();
        List<SectionHeader> headers = new ArrayList<>();
        headers.add(new SectionHeader(0, SHT_NULL, 0, 0, 0, 0, 0, 0, 0, 0));
        for (OutputSection o : layout.sections) {
            long flags = SHF_ALLOC | (o.tls ? SHF_TLS : 0) | switch (o.kind) {
                case TEXT -> SHF_EXECINSTR;
                case DATA, BSS -> SHF_WRITE;
                default -> 0;
            };
            int type = switch (o.name) {
                case ".init_array" -> SHT_INIT_ARRAY;
                case ".fini_array" -> SHT_FINI_ARRAY;
                case ".preinit_array" -> SHT_PREINIT_ARRAY;
                default -> o.occupiesFile() ? SHT_PROGBITS : SHT_NOBITS;
            };
            headers.add(new SectionHeader(names.add(o.name), type, flags, o.fileOffset, o.size(), 0, 0, o.align(),
                    o.name.endsWith("_array") ? 8 : 0, o.address));
        }
        int shstrName = names.add(".shstrtab");
        byte[] strs = names.toByteArray();
        headers.add(new SectionHeader(shstrName, SHT_STRTAB, 0, layout.fileSize, strs.length, 0, 0, 1, 0, 0));
        System.arraycopy(strs, 0, image, (int) layout.fileSize, strs.length);
        ByteSink sh = new ByteSink();
        headers.forEach(h -> h.write(sh));
        long shoff = sectionHeaderOffset(layout);
        System.arraycopy(sh.toByteArray(), 0, image, (int) shoff, sh.position());

        ByteSink head = new ByteSink();
        head.bytes(ElfObjectWriter.header(ET_EXEC, entry, EHDR_SIZE, layout.segments.size(), shoff, SHDR_SIZE,
                headers.size(), headers.size() - 1));
        layout.segments.forEach(s -> s.write(head));
        System.arraycopy(head.toByteArray(), 0, image, 0, head.position());
    }

    private static long sectionHeaderOffset(Layout layout) {
        return alignUp(layout.fileSize + shstrtabSize(layout), 8);
    }

    private static int shstrtabSize(Layout layout) {
        StringTable names = new StringTable();
        layout.sections.forEach(o -> names.add(o.name));
        names.add(".shstrtab");
        return names.toByteArray().length;
    }
}

package ostooc.backend.link;

import java.util.List;

import ostooc.backend.elf.ByteSink;
import ostooc.backend.elf.Elf;

/** One program header; a PT_LOAD also lists the output sections it maps. Writes itself as an Elf64_Phdr. */
final class Segment {
    final int type;
    final int flags;
    final List<OutputSection> sections;
    long offset, vaddr, filesz, memsz, align;

    Segment(int type, int flags, List<OutputSection> sections) {
        this.type = type;
        this.flags = flags;
        this.sections = sections;
    }

    void write(ByteSink out) {
        out.u32(type).u32(flags).u64(offset).u64(vaddr).u64(vaddr).u64(filesz).u64(memsz).u64(align);
    }

    boolean isLoad() {
        return type == Elf.PT_LOAD;
    }
}

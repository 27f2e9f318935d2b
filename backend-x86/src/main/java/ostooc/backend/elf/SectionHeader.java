package ostooc.backend.elf;

/** One Elf64_Shdr, in field order. */
public record SectionHeader(int name, int type, long flags, long offset, long size, int link, int info, long addralign,
        long entsize, long addr) {
    public void write(ByteSink out) {
        out.u32(name).u32(type).u64(flags).u64(addr).u64(offset).u64(size).u32(link).u32(info).u64(addralign).u64(entsize);
    }
}

package ostooc.backend.elf;

/** ELF64 constants used by the object writer/reader, the linker and the checks (names as in elf.h). */
public final class Elf {
    private Elf() {
    }

    public static final int EHDR_SIZE = 64, PHDR_SIZE = 56, SHDR_SIZE = 64, SYM_SIZE = 24, RELA_SIZE = 24;
    public static final int ELFCLASS64 = 2, ELFDATA2LSB = 1, EV_CURRENT = 1;
    public static final int ET_REL = 1, ET_EXEC = 2, ET_DYN = 3, EM_X86_64 = 62;

    public static final int PT_LOAD = 1, PT_DYNAMIC = 2, PT_INTERP = 3, PT_PHDR = 6, PT_TLS = 7;
    public static final int PT_GNU_STACK = 0x6474e551;
    public static final int PF_X = 1, PF_W = 2, PF_R = 4;

    public static final int SHT_NULL = 0, SHT_PROGBITS = 1, SHT_SYMTAB = 2, SHT_STRTAB = 3, SHT_RELA = 4;
    public static final int SHT_NOTE = 7, SHT_NOBITS = 8, SHT_REL = 9, SHT_INIT_ARRAY = 14, SHT_FINI_ARRAY = 15;
    public static final int SHT_PREINIT_ARRAY = 16, SHT_GROUP = 17, SHT_SYMTAB_SHNDX = 18;
    public static final int SHT_X86_64_UNWIND = 0x70000001;
    public static final long SHF_WRITE = 1, SHF_ALLOC = 2, SHF_EXECINSTR = 4, SHF_INFO_LINK = 0x40, SHF_TLS = 0x400;

    public static final int SHN_UNDEF = 0, SHN_ABS = 0xfff1, SHN_COMMON = 0xfff2, SHN_XINDEX = 0xffff;
    public static final int STB_LOCAL = 0, STB_GLOBAL = 1, STB_WEAK = 2;
    public static final int STT_NOTYPE = 0, STT_OBJECT = 1, STT_FUNC = 2, STT_SECTION = 3, STT_FILE = 4;
    public static final int STT_COMMON = 5, STT_TLS = 6;

    static final byte[] MAGIC = {0x7f, 'E', 'L', 'F'};

    public static long alignUp(long v, long align) {
        return (v + align - 1) & -align;
    }
}

package ostooc.backend.x86.asm;

/**
 * x86-64 psABI relocation types, with their ELF numbers. The linker supports the first five; the others
 * exist so the object reader can represent musl's objects and the linker can reject them by name.
 */
public enum RelocType {
    R_X86_64_64(1), R_X86_64_PC32(2), R_X86_64_PLT32(4), R_X86_64_32(10), R_X86_64_32S(11),
    R_X86_64_NONE(0), R_X86_64_GOTPCREL(9), R_X86_64_GOTTPOFF(22), R_X86_64_TPOFF32(23), R_X86_64_PC64(24),
    R_X86_64_GOTPCRELX(41), R_X86_64_REX_GOTPCRELX(42);

    private final int code;

    RelocType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The type with ELF number {@code code}, or null when we do not know it. */
    public static RelocType byCode(int code) {
        for (RelocType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }
}

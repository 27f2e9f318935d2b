package ostooc.backend.x86.asm;

/**
 * x86-64 psABI relocation types, with their ELF numbers. The code generator emits the first five; the
 * linker also applies NONE, PC64, the GOT ones (relaxed or with a slot) and the static TLS ones
 * (TPOFF32/64, GOTTPOFF). The dynamic-TLS types exist so the reader can represent objects that use them
 * and the linker can reject them by name.
 */
public enum RelocType {
    R_X86_64_64(1), R_X86_64_PC32(2), R_X86_64_PLT32(4), R_X86_64_32(10), R_X86_64_32S(11),
    R_X86_64_NONE(0), R_X86_64_GOTPCREL(9), R_X86_64_GOTTPOFF(22), R_X86_64_TPOFF32(23), R_X86_64_PC64(24),
    R_X86_64_GOTPCRELX(41), R_X86_64_REX_GOTPCRELX(42), R_X86_64_DTPMOD64(16), R_X86_64_DTPOFF64(17),
    R_X86_64_TPOFF64(18), R_X86_64_TLSGD(19), R_X86_64_TLSLD(20), R_X86_64_DTPOFF32(21), R_X86_64_GOTOFF64(25),
    R_X86_64_GOTPC32(26);

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

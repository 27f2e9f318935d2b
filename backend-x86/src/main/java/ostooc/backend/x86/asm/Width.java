package ostooc.backend.x86.asm;

/** Operand width of an integer instruction; selects the 0x66 prefix, REX.W, or the byte opcode. */
public enum Width {
    B8(1), B16(2), B32(4), B64(8);

    private final int bytes;

    Width(int bytes) {
        this.bytes = bytes;
    }

    public int bytes() {
        return bytes;
    }

    /** The Intel size keyword objdump prints before a memory operand of this width. */
    public String ptrName() {
        return switch (this) {
            case B8 -> "BYTE";
            case B16 -> "WORD";
            case B32 -> "DWORD";
            case B64 -> "QWORD";
        };
    }
}

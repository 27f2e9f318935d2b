package ostooc.backend.x86.asm;

/**
 * The sixteen general-purpose registers, then the sixteen SSE registers. The ordinal modulo 16 is the
 * hardware register number: the low three bits go into ModRM/SIB/opcode, bit 3 into a REX prefix bit.
 * Which file a register belongs to is given by the instruction that names it (SSE2 opcodes read xmm).
 */
public enum Reg {
    RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI, R8, R9, R10, R11, R12, R13, R14, R15,
    XMM0, XMM1, XMM2, XMM3, XMM4, XMM5, XMM6, XMM7, XMM8, XMM9, XMM10, XMM11, XMM12, XMM13, XMM14, XMM15;

    private static final String[] LEGACY = {"ax", "cx", "dx", "bx", "sp", "bp", "si", "di"};
    private static final String[] LEGACY_B8 = {"al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil"};

    public int code() {
        return ordinal() & 15;
    }

    /** True for the SSE registers. */
    public boolean isXmm() {
        return ordinal() >= 16;
    }

    /** True for R8..R15 and XMM8..XMM15, which need a REX bit to be named. */
    public boolean isExtended() {
        return code() >= 8;
    }

    /** The low three bits, as they appear in ModRM, SIB or a +r opcode. */
    int low3() {
        return ordinal() & 7;
    }

    /** True when this register as an 8-bit operand means spl/bpl/sil/dil, which only exist with a REX prefix. */
    boolean needsRexAsByte() {
        return ordinal() >= 4 && ordinal() <= 7;
    }

    /** The assembler name at a width: "eax", "r8d", "sil", "r12w", ... */
    public String name(Width w) {
        if (isXmm()) {
            return "xmm" + code();
        }
        if (isExtended()) {
            String base = "r" + ordinal();
            return switch (w) {
                case B8 -> base + "b";
                case B16 -> base + "w";
                case B32 -> base + "d";
                case B64 -> base;
            };
        }
        String l = LEGACY[ordinal()];
        return switch (w) {
            case B8 -> LEGACY_B8[ordinal()];
            case B16 -> l;
            case B32 -> "e" + l;
            case B64 -> "r" + l;
        };
    }
}

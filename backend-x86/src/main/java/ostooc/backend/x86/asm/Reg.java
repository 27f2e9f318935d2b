package ostooc.backend.x86.asm;

/**
 * The sixteen general-purpose registers. The ordinal is the hardware register number: the low three
 * bits go into ModRM/SIB/opcode, bit 3 into a REX prefix bit.
 */
public enum Reg {
    RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI, R8, R9, R10, R11, R12, R13, R14, R15;

    private static final String[] LEGACY = {"ax", "cx", "dx", "bx", "sp", "bp", "si", "di"};
    private static final String[] LEGACY_B8 = {"al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil"};

    public int code() {
        return ordinal();
    }

    /** True for R8..R15, which need a REX bit to be named. */
    public boolean isExtended() {
        return ordinal() >= 8;
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

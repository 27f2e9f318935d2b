package ostooc.backend.x86.asm;

/**
 * A memory operand [base + index*scale + disp].
 * <ul>
 * <li>base == null && index == null && symbol != null: RIP-relative [rip + symbol + disp]; the encoder
 *     emits an R_X86_64_PC32 with addend disp - (bytes from the displacement field to the end of the
 *     instruction), so trailing immediates are accounted for.</li>
 * <li>symbol != null with a base or index: absolute [base + index*scale + symbol + disp] through an
 *     R_X86_64_32S displacement (non-PIE only, which is all ostoo runs).</li>
 * <li>base == null && symbol == null: absolute [index*scale + disp] via SIB with no base.</li>
 * </ul>
 */
public record Mem(Reg base, Reg index, int scale, int disp, String symbol) {
    public Mem {
        if (index == null) {
            scale = 1;
        } else if (scale != 1 && scale != 2 && scale != 4 && scale != 8) {
            throw new IllegalArgumentException("scale must be 1, 2, 4 or 8: " + scale);
        } else if (index == Reg.RSP) {
            throw new IllegalArgumentException("rsp cannot be an index register");
        }
    }

    public static Mem of(Reg base, int disp) {
        return new Mem(base, null, 1, disp, null);
    }

    public static Mem of(Reg base, Reg index, int scale, int disp) {
        return new Mem(base, index, scale, disp, null);
    }

    public static Mem rip(String symbol, int addend) {
        return new Mem(null, null, 1, addend, symbol);
    }

    public boolean isRipRelative() {
        return base == null && index == null && symbol != null;
    }
}

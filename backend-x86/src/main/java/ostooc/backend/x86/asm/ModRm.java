package ostooc.backend.x86.asm;

/**
 * ModRM/SIB/displacement for a memory operand. The special cases are the ones the hardware forces:
 * <ul>
 * <li>rm=100 means "a SIB follows", so RSP/R12 as a base always take a SIB (index 100 = none);</li>
 * <li>mod=00 rm=101 means RIP-relative, so RBP/R13 as a base need mod=01 with a disp8 of 0;</li>
 * <li>a SIB with base=101 and mod=00 means "no base, disp32", used for [index*scale + disp].</li>
 * </ul>
 */
final class ModRm {
    private ModRm() {
    }

    /** Emits ModRM (+SIB, +disp) with {@code reg} in the reg field; returns the position of a disp32 that a relocation may patch, or -1. */
    static int memory(CodeBuffer out, int reg, Mem m) {
        int regBits = (reg & 7) << 3;
        if (m.isRipRelative()) {
            out.u8(regBits | 0b101);
            return disp32(out, 0);
        }
        boolean symbolic = m.symbol() != null;
        int dispValue = symbolic ? 0 : m.disp();
        if (m.base() == null) {
            // No base: SIB with base=101, mod=00, always disp32. Index 100 means "no index".
            out.u8(regBits | 0b100);
            out.u8(scaleBits(m.scale()) << 6 | (m.index() == null ? 0b100 : m.index().low3()) << 3 | 0b101);
            return disp32(out, dispValue);
        }
        int mod;
        if (symbolic) {
            mod = 0b10;
        } else if (dispValue == 0 && m.base().low3() != 0b101) {
            mod = 0b00;
        } else if (dispValue == (byte) dispValue) {
            mod = 0b01;
        } else {
            mod = 0b10;
        }
        if (m.index() == null && m.base().low3() != 0b100) {
            out.u8(mod << 6 | regBits | m.base().low3());
        } else {
            out.u8(mod << 6 | regBits | 0b100);
            int index = m.index() == null ? 0b100 : m.index().low3();
            out.u8(scaleBits(m.scale()) << 6 | index << 3 | m.base().low3());
        }
        if (mod == 0b01) {
            out.u8(dispValue);
        } else if (mod == 0b10) {
            return disp32(out, dispValue);
        }
        return -1;
    }

    private static int disp32(CodeBuffer out, int value) {
        int pos = out.position();
        out.le(value, 4);
        return pos;
    }

    private static int scaleBits(int scale) {
        return Integer.numberOfTrailingZeros(scale);
    }
}

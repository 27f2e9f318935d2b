package ostooc.backend.x86.asm;

/**
 * Reads a ModRM byte (with its SIB and displacement) for {@link Disassembler} and prints the r/m operand
 * in objdump's Intel syntax: a register at the instruction's width, or
 * {@code SIZE PTR [base+index*scale±disp]} ({@code [rip+disp]}, {@code ds:disp} with neither base nor index).
 * The inverse of {@link ModRm}; REX.R/X/B extend the register numbers.
 */
final class ModRmReader {
    final int mod, reg, rm;          // reg and rm already extended by REX.R and REX.B
    private final int base, index, scale;   // -1: none
    private final boolean rip, noBaseSib;
    final long disp;
    /** Where a disp32 starts within the code (a relocation there names a symbol), or -1. */
    final int dispPos;
    /** Where the ModRM bytes end (an immediate may follow). */
    final int end;

    /** Decodes at {@code code[pos]}; {@link #end} is where the operand bytes end. */
    ModRmReader(byte[] code, int pos, int rex) {
        int b = code[pos++] & 0xff;
        mod = b >> 6;
        reg = (b >> 3 & 7) | ((rex & 4) != 0 ? 8 : 0);
        int low = b & 7;
        int bse = -1, idx = -1, sc = 1, dp = -1;
        boolean isRip = false, sibNoBase = false;
        long d = 0;
        if (mod == 3) {
            rm = low | ((rex & 1) != 0 ? 8 : 0);
        } else {
            rm = -1;
            if (low == 4) {   // a SIB follows
                int sib = code[pos++] & 0xff;
                sc = 1 << (sib >> 6);
                int i = (sib >> 3 & 7) | ((rex & 2) != 0 ? 8 : 0);
                idx = i == 4 ? -1 : i;
                int bb = sib & 7;
                if (bb == 5 && mod == 0) sibNoBase = true;
                else bse = bb | ((rex & 1) != 0 ? 8 : 0);
            } else if (low == 5 && mod == 0) {
                isRip = true;
            } else {
                bse = low | ((rex & 1) != 0 ? 8 : 0);
            }
            if (mod == 1) {
                d = code[pos++];
            } else if (mod == 2 || isRip || sibNoBase) {
                dp = pos;
                d = (code[pos] & 0xff) | (code[pos + 1] & 0xff) << 8 | (code[pos + 2] & 0xff) << 16 | code[pos + 3] << 24;
                pos += 4;
            }
        }
        base = bse;
        index = idx;
        scale = sc;
        rip = isRip;
        noBaseSib = sibNoBase;
        disp = d;
        dispPos = dp;
        end = pos;
    }

    boolean isReg() { return mod == 3; }

    /** The r/m operand: a general register at {@code w} ({@code rex} decides ah..bh vs spl..dil), or memory with a size keyword. */
    String gpr(Width w, int rex) {
        return isReg() ? Disassembler.gprName(rm, w, rex) : memory(w.ptrName());
    }

    /** The r/m operand as an xmm register or memory of {@code size} ("QWORD", "XMMWORD", ...). */
    String xmm(String size) {
        return isReg() ? "xmm" + rm : memory(size);
    }

    /** The memory operand without a size keyword (lea). */
    String address() {
        StringBuilder sb = new StringBuilder();
        if (rip) return "[rip" + signedHex(disp) + "]";
        if (base < 0 && index < 0) return "ds:" + hex(disp & 0xffffffffL);
        sb.append('[');
        if (base >= 0) sb.append(Reg.values()[base].name(Width.B64));
        if (index >= 0) sb.append(base >= 0 ? "+" : "").append(Reg.values()[index].name(Width.B64)).append('*').append(scale);
        if (mod != 0 || noBaseSib) sb.append(signedHex(disp));
        return sb.append(']').toString();
    }

    String memory(String size) {
        return (size == null ? "" : size + " PTR ") + address();
    }

    static String hex(long v) { return "0x" + Long.toHexString(v); }

    private static String signedHex(long v) { return v < 0 ? "-" + hex(-v) : "+" + hex(v); }
}

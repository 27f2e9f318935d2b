package ostooc.backend.x86.lir;

import ostooc.backend.x86.asm.Reg;

/**
 * Locations as dense ints, so liveness can use bit sets over one numbering: 0..31 are the physical
 * registers (by {@link Reg#ordinal()}: 16 general, 16 xmm), 32 and up are virtual registers ({@code 32 + n} is vreg n).
 * Guarantees: the mapping is a bijection; nothing here depends on hashing.
 */
public final class Loc {
    public static final int PHYS = 32;

    private Loc() { }

    public static int phys(Reg r) { return r.ordinal(); }
    public static int vreg(int n) { return PHYS + n; }
    public static boolean isPhys(int loc) { return loc < PHYS; }
    public static Reg reg(int loc) { return Reg.values()[loc]; }
    public static int vregIndex(int loc) { return loc - PHYS; }

    public static String toString(int loc) {
        return isPhys(loc) ? reg(loc).name().toLowerCase() : "v" + vregIndex(loc);
    }
}

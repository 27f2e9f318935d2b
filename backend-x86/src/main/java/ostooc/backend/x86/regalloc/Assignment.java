package ostooc.backend.x86.regalloc;

import java.util.EnumSet;
import java.util.Set;
import ostooc.backend.x86.asm.Reg;
import ostooc.backend.x86.lir.Loc;

/**
 * The allocator's result: each virtual register lives in one physical register or one 8-byte stack slot
 * for its whole lifetime (no splitting). Physical-register locations map to themselves.
 */
public final class Assignment {
    private final Reg[] reg;
    private final int[] slot;
    private int slotCount;
    private final java.util.BitSet floats = new java.util.BitSet();   // locations of the xmm class

    Assignment(int locs) {
        reg = new Reg[locs];
        slot = new int[locs];
        java.util.Arrays.fill(slot, -1);
        for (Reg r : Reg.values()) reg[Loc.phys(r)] = r;
    }

    /** The register of {@code loc}, or null when it is spilled (or never occurs). */
    public Reg reg(int loc) { return reg[loc]; }
    /** The stack slot of {@code loc}, or -1. */
    public int slot(int loc) { return slot[loc]; }
    public boolean isSpilled(int loc) { return slot[loc] >= 0; }
    public int slotCount() { return slotCount; }
    /** True when {@code loc} is of the xmm class (its spill code needs xmm scratch registers). */
    public boolean isFloat(int loc) { return Loc.isPhys(loc) ? Loc.reg(loc).isXmm() : floats.get(loc); }
    void markFloat(int loc) { floats.set(loc); }

    void setReg(int loc, Reg r) { reg[loc] = r; slot[loc] = -1; }
    void clearReg(int loc) { reg[loc] = null; }
    void setSlot(int loc, int s) { reg[loc] = null; slot[loc] = s; slotCount = Math.max(slotCount, s + 1); }

    /** Callee-saved registers given to some virtual register (the prologue saves exactly these). */
    public Set<Reg> usedCalleeSaved() {
        Set<Reg> s = EnumSet.noneOf(Reg.class);
        for (int l = Loc.PHYS; l < reg.length; l++) if (reg[l] != null && Regs.CALLEE_SAVED.contains(reg[l])) s.add(reg[l]);
        return s;
    }
}

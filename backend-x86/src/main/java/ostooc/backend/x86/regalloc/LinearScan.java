package ostooc.backend.x86.regalloc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import ostooc.backend.x86.asm.Reg;
import ostooc.backend.x86.lir.Loc;

/**
 * Linear scan (Poletto &amp; Sarkar) over the hulls of virtual-register intervals, with physical registers
 * as fixed, exact ranges that block a register where they are live (call clobbers, argument registers,
 * rax/rdx around idiv, rcx for shifts). Requires {@link Intervals}. Guarantees: two virtual registers whose
 * hulls overlap never share a register; a virtual register never gets a register whose fixed ranges meet
 * its hull; whatever does not fit is spilled whole to a stack slot (the interval ending last is chosen),
 * and a slot is reused only by an interval that starts after the slot's last occupant ended. (The victim
 * may be an active interval that started long before the current one, so "ended before the current
 * start" is not enough: that was a real bug, found by the statement property tests.) Values live across a call therefore land in
 * callee-saved registers or slots, because every caller-saved register is blocked at the call.
 */
public final class LinearScan {
    private LinearScan() { }

    public static Assignment run(Intervals iv, int locCount) { return run(iv, locCount, l -> false); }

    /** {@code isFloat}: which locations are of the xmm class; each class is allocated from its own registers. */
    public static Assignment run(Intervals iv, int locCount, java.util.function.IntPredicate isFloat) {
        Assignment a = new Assignment(locCount);
        for (int l = Loc.PHYS; l < locCount; l++) if (isFloat.test(l)) a.markFloat(l);
        List<Integer> order = new ArrayList<>();
        for (int l = Loc.PHYS; l < locCount; l++) if (iv.occurs(l)) order.add(l);
        order.sort(Comparator.<Integer>comparingInt(iv::start).thenComparingInt(l -> l));

        List<Integer> active = new ArrayList<>();      // in registers
        List<Integer> slotLastEnd = new ArrayList<>(); // per slot: the end of its last occupant
        for (int cur : order) {
            int start = iv.start(cur), end = iv.end(cur);
            active.removeIf(l -> iv.end(l) < start);

            Reg chosen = pickFree(iv, a, active, cur, start, end);
            if (chosen != null) { a.setReg(cur, chosen); active.add(cur); continue; }

            // No register: spill the candidate (an active interval whose register cur could use, or cur) ending last.
            int victim = cur;
            for (int l : active)
                if (a.isFloat(l) == a.isFloat(cur) && iv.end(l) > iv.end(victim) && !blocked(iv, a.reg(l), start, end)) victim = l;
            if (victim != cur) {
                Reg r = a.reg(victim);
                active.remove((Integer) victim);
                a.setReg(cur, r);
                active.add(cur);
            }
            a.setSlot(victim, slotFor(iv, victim, slotLastEnd));
        }
        return a;
    }

    /** The lowest slot whose occupants all ended before {@code loc} starts (a new one if none). */
    private static int slotFor(Intervals iv, int loc, List<Integer> slotLastEnd) {
        int s = 0;
        while (s < slotLastEnd.size() && slotLastEnd.get(s) >= iv.start(loc)) s++;
        if (s == slotLastEnd.size()) slotLastEnd.add(iv.end(loc));
        else slotLastEnd.set(s, iv.end(loc));
        return s;
    }

    private static Reg pickFree(Intervals iv, Assignment a, List<Integer> active, int cur, int start, int end) {
        boolean[] taken = new boolean[Reg.values().length];
        for (int l : active) taken[a.reg(l).ordinal()] = true;
        int h = iv.hint(cur);
        Reg hinted = h < 0 ? null : a.reg(h);
        List<Reg> regs = Regs.allocatable(a.isFloat(cur));
        if (hinted != null && regs.contains(hinted) && !taken[hinted.ordinal()] && !blocked(iv, hinted, start, end))
            return hinted;
        for (Reg r : regs) if (!taken[r.ordinal()] && !blocked(iv, r, start, end)) return r;
        return null;
    }

    private static boolean blocked(Intervals iv, Reg r, int start, int end) {
        return iv.intersects(Loc.phys(r), start, end);
    }
}

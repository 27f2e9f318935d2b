package ostooc.backend.x86.regalloc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import ostooc.backend.x86.asm.Reg;
import ostooc.backend.x86.lir.Loc;

/**
 * Linear scan with lifetime holes (after Wimmer &amp; Franz), without interval splitting: virtual registers
 * are visited by start position, and {@code cur} may take register r when its exact ranges meet neither
 * the fixed ranges of r (call clobbers, argument registers, rax/rdx around idiv, rcx for shifts) nor the
 * exact ranges of any interval already holding r. So a value dead between its last use and a later
 * redefinition (a loop counter {@code i} between {@code t = i + 1} and the back edge's {@code i <- t})
 * leaves its register to whatever lives in that hole. Requires {@link Intervals}.
 * <p>Register choice, in order: the registers of cur's hints (a physical hint, or the register already
 * given to a hinted virtual register), then the registers of its hints' hints (so both copies into a phi,
 * allocated before the phi, meet in one register), then the allocation order of {@link Regs}.
 * <p>When no register fits, either cur or every interval that stands in its way in one register is
 * spilled whole, whichever costs less by {@link Intervals#weight} (loop-weighted occurrences); on a tie
 * the side ending later is spilled, since it frees the register for longer. Stack slots are given
 * afterwards ({@link SlotAssigner}).
 * <p>Guarantees: two virtual registers sharing a register never occupy a common position; no virtual
 * register occupies a position where its register is live as a fixed register. Values live across a
 * call therefore land in callee-saved registers or slots, because every caller-saved register is
 * blocked at the call.
 */
public final class LinearScan {
    private LinearScan() { }

    public static Assignment run(Intervals iv, int locCount) { return run(iv, locCount, l -> false); }

    /** {@code isFloat}: which locations are of the xmm class; each class is allocated from its own registers. */
    public static Assignment run(Intervals iv, int locCount, IntPredicate isFloat) {
        Assignment a = new Assignment(locCount);
        for (int l = Loc.PHYS; l < locCount; l++) if (isFloat.test(l)) a.markFloat(l);
        List<Integer> order = new ArrayList<>();
        for (int l = Loc.PHYS; l < locCount; l++) if (iv.occurs(l)) order.add(l);
        order.sort(Comparator.<Integer>comparingInt(iv::start).thenComparingInt(l -> l));

        List<List<Integer>> holders = new ArrayList<>();   // per register ordinal: virtual registers given it
        for (int r = 0; r < Reg.values().length; r++) holders.add(new ArrayList<>());
        List<Integer> spilled = new ArrayList<>();
        for (int cur : order) {
            int start = iv.start(cur);
            for (List<Integer> h : holders) h.removeIf(l -> iv.end(l) < start);   // never meet cur or later ones

            Reg free = pickFree(iv, a, holders, cur);
            if (free != null) { a.setReg(cur, free); holders.get(free.ordinal()).add(cur); continue; }

            Eviction e = cheapestEviction(iv, a, holders, cur);
            if (e == null || !e.cheaperThanSpilling(iv, cur)) { spilled.add(cur); continue; }
            for (int victim : e.victims()) { a.clearReg(victim); spilled.add(victim); }
            holders.get(e.reg().ordinal()).removeAll(e.victims());
            a.setReg(cur, e.reg());
            holders.get(e.reg().ordinal()).add(cur);
        }
        SlotAssigner.assign(iv, a, spilled);
        return a;
    }

    private static Reg pickFree(Intervals iv, Assignment a, List<List<Integer>> holders, int cur) {
        List<Reg> regs = Regs.allocatable(a.isFloat(cur));
        for (Reg r : hintedRegs(iv, a, cur)) if (regs.contains(r) && fits(iv, holders, cur, r)) return r;
        for (Reg r : regs) if (fits(iv, holders, cur, r)) return r;
        return null;
    }

    /** Registers cur's hints point at: direct hints first, then hints of hinted virtual registers. */
    private static List<Reg> hintedRegs(Intervals iv, Assignment a, int cur) {
        List<Reg> out = new ArrayList<>();
        for (int h : iv.hints(cur)) addIfKnown(out, a, h);
        for (int h : iv.hints(cur))
            if (!Loc.isPhys(h)) for (int hh : iv.hints(h)) if (hh != cur) addIfKnown(out, a, hh);
        return out;
    }

    private static void addIfKnown(List<Reg> out, Assignment a, int loc) {
        Reg r = a.reg(loc);   // a physical location maps to itself; an unallocated or spilled vreg to null
        if (r != null && !out.contains(r)) out.add(r);
    }

    private static boolean fits(Intervals iv, List<List<Integer>> holders, int cur, Reg r) {
        if (iv.intersects(Loc.phys(r), cur)) return false;
        for (int l : holders.get(r.ordinal())) if (iv.intersects(l, cur)) return false;
        return true;
    }

    /** Taking {@code reg} for cur means spilling {@code victims}, which together weigh {@code cost}. */
    private record Eviction(Reg reg, List<Integer> victims, long cost, int lastEnd) {
        boolean cheaperThanSpilling(Intervals iv, int cur) {
            long own = iv.weight(cur);
            return cost < own || cost == own && lastEnd > iv.end(cur);
        }
    }

    /** The register whose conflicting holders weigh least (on a tie, the one whose holders end latest). */
    private static Eviction cheapestEviction(Intervals iv, Assignment a, List<List<Integer>> holders, int cur) {
        Eviction best = null;
        for (Reg r : Regs.allocatable(a.isFloat(cur))) {
            if (iv.intersects(Loc.phys(r), cur)) continue;
            List<Integer> victims = new ArrayList<>();
            long cost = 0;
            int lastEnd = -1;
            for (int l : holders.get(r.ordinal()))
                if (iv.intersects(l, cur)) { victims.add(l); cost += iv.weight(l); lastEnd = Math.max(lastEnd, iv.end(l)); }
            if (best == null || cost < best.cost() || cost == best.cost() && lastEnd > best.lastEnd())
                best = new Eviction(r, victims, cost, lastEnd);
        }
        return best;
    }
}

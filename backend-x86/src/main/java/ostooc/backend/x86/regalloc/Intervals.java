package ostooc.backend.x86.regalloc;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import ostooc.backend.x86.lir.LBlock;
import ostooc.backend.x86.lir.LFunction;
import ostooc.backend.x86.lir.LInstr;
import ostooc.backend.x86.lir.Loc;
import ostooc.backend.x86.lir.Move;
import ostooc.backend.x86.lir.Operand;
import ostooc.backend.x86.lir.Role;

/**
 * Live ranges of every location over a linear numbering of positions: instruction g (counting across
 * blocks in layout order) reads at 2g and writes at 2g+1. A location occupies 2g if it is live before g
 * or is a TEMP of g; it occupies 2g+1 if it is defined (DEF/TEMP) by g or live after g. Ranges are exact
 * (with holes): two locations may share a register exactly when their ranges do not intersect
 * ({@link #intersect}); {@link #start}/{@link #end} give the hull, used only to order and prune.
 * Also collects, per location, hints and a spill weight:
 * <ul>
 *   <li>hints: a parallel move {@code v <- x} asks that v share x's register and x share v's, which turns
 *       the move into nothing (so the source of a phi copy, an argument or a return value, and the
 *       destination of a parameter or call-result copy all hint each other); an instruction's
 *       {@code hintLoc} is a hint between its first DEF and that location, both ways. Hints are kept in
 *       the order met (the earliest first);</li>
 *   <li>spill weight: each occurrence as an operand counts 10^(loop depth), capped at 10^4 — what spilling
 *       the location whole would cost in reloads and stores, roughly per run of the function.</li>
 * </ul>
 */
public final class Intervals {
    /** Inclusive position ranges, ascending, per location; empty when the location never occurs. */
    private final List<int[]>[] ranges;
    private final List<Integer>[] hints;
    private final long[] weight;
    private final int positions;

    @SuppressWarnings("unchecked")
    private Intervals(int locs, int positions) {
        ranges = new List[locs];
        for (int i = 0; i < locs; i++) ranges[i] = new ArrayList<>();
        hints = new List[locs];
        for (int i = 0; i < locs; i++) hints[i] = new ArrayList<>(2);
        weight = new long[locs];
        this.positions = positions;
    }

    public List<int[]> ranges(int loc) { return ranges[loc]; }
    public boolean occurs(int loc) { return !ranges[loc].isEmpty(); }
    public int start(int loc) { return ranges[loc].get(0)[0]; }
    public int end(int loc) { return ranges[loc].get(ranges[loc].size() - 1)[1]; }
    /** Locations (physical or virtual) whose register {@code loc} would like to share, earliest first. */
    public List<Integer> hints(int loc) { return hints[loc]; }
    /** The first hint of {@code loc}, or -1. */
    public int hint(int loc) { return hints[loc].isEmpty() ? -1 : hints[loc].get(0); }
    /** What spilling {@code loc} whole would cost (occurrences weighted by loop depth). */
    public long weight(int loc) { return weight[loc]; }
    public int positionCount() { return positions; }

    /** True when {@code loc} occupies position {@code p}. */
    public boolean covers(int loc, int p) {
        for (int[] r : ranges[loc]) { if (p < r[0]) return false; if (p <= r[1]) return true; }
        return false;
    }

    /** True when some range of {@code loc} meets [from, to]. */
    public boolean intersects(int loc, int from, int to) {
        for (int[] r : ranges[loc]) { if (r[0] > to) return false; if (r[1] >= from) return true; }
        return false;
    }

    /** True when {@code loc} and {@code other} occupy a common position. */
    public boolean intersects(int loc, int other) { return intersect(ranges[loc], ranges[other]); }

    /** True when two ascending lists of inclusive ranges share a position. */
    static boolean intersect(List<int[]> a, List<int[]> b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        int i = firstEndingFrom(a, b.get(0)[0]), j = firstEndingFrom(b, a.get(0)[0]);
        while (i < a.size() && j < b.size()) {
            int[] x = a.get(i), y = b.get(j);
            if (x[1] < y[0]) i++;
            else if (y[1] < x[0]) j++;
            else return true;
        }
        return false;
    }

    /** The index of the first range of {@code rs} that ends at or after {@code p} (binary search). */
    private static int firstEndingFrom(List<int[]> rs, int p) {
        int lo = 0, hi = rs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rs.get(mid)[1] < p) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    public static Intervals build(LFunction f, Liveness live) {
        int[] depth = LoopDepth.compute(f);
        int count = 0;
        for (LBlock b : f.blocks) count += b.instrs.size();
        Intervals iv = new Intervals(f.locCount(), 2 * count);
        int g = 0;
        for (LBlock b : f.blocks) {
            BitSet[] before = live.liveBefore(b);
            long occurrenceWeight = (long) Math.pow(10, Math.min(depth[b.id()], 4));
            for (int k = 0; k < b.instrs.size(); k++, g++) {
                LInstr in = b.instrs.get(k);
                BitSet read = (BitSet) before[k].clone();
                BitSet write = (BitSet) before[k + 1].clone();
                for (Operand o : in.operands()) {
                    if (o.role() == Role.TEMP) read.set(o.loc());
                    if (o.role() != Role.USE) write.set(o.loc());
                    iv.weight[o.loc()] += occurrenceWeight;
                }
                for (int l = read.nextSetBit(0); l >= 0; l = read.nextSetBit(l + 1)) iv.add(l, 2 * g);
                for (int l = write.nextSetBit(0); l >= 0; l = write.nextSetBit(l + 1)) iv.add(l, 2 * g + 1);
                iv.collectHints(in);
            }
        }
        return iv;
    }

    private void add(int loc, int p) {
        List<int[]> rs = ranges[loc];
        if (!rs.isEmpty() && rs.get(rs.size() - 1)[1] == p - 1) rs.get(rs.size() - 1)[1] = p;
        else if (rs.isEmpty() || rs.get(rs.size() - 1)[1] < p) rs.add(new int[] {p, p});
    }

    private void collectHints(LInstr in) {
        if (in.isParallelMove()) {
            for (Move m : in.moves()) if (!m.isConst()) hintBothWays(m.dst(), m.src());
            return;
        }
        if (in.hintLoc < 0) return;
        for (Operand o : in.operands())
            if (o.role() == Role.DEF) { hintBothWays(o.loc(), in.hintLoc); return; }
    }

    /** Records that {@code a} and {@code b} would like one register (only virtual registers take hints). */
    private void hintBothWays(int a, int b) {
        if (a == b) return;
        if (!Loc.isPhys(a) && !hints[a].contains(b)) hints[a].add(b);
        if (!Loc.isPhys(b) && !hints[b].contains(a)) hints[b].add(a);
    }
}

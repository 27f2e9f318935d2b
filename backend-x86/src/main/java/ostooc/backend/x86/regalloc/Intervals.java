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
 * (with holes); {@link #start}/{@link #end} give the hull that linear scan uses for virtual registers.
 * Also collects register hints: a parallel move {@code v <- x} or an instruction's {@code hintLoc} asks
 * that v share x's register, which turns the move into nothing.
 */
public final class Intervals {
    /** Inclusive position ranges, ascending, per location; empty when the location never occurs. */
    private final List<int[]>[] ranges;
    private final int[] hint;
    private final int positions;

    @SuppressWarnings("unchecked")
    private Intervals(int locs, int positions) {
        ranges = new List[locs];
        for (int i = 0; i < locs; i++) ranges[i] = new ArrayList<>();
        hint = new int[locs];
        java.util.Arrays.fill(hint, -1);
        this.positions = positions;
    }

    public List<int[]> ranges(int loc) { return ranges[loc]; }
    public boolean occurs(int loc) { return !ranges[loc].isEmpty(); }
    public int start(int loc) { return ranges[loc].get(0)[0]; }
    public int end(int loc) { return ranges[loc].get(ranges[loc].size() - 1)[1]; }
    public int hint(int loc) { return hint[loc]; }
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

    public static Intervals build(LFunction f, Liveness live) {
        int count = 0;
        for (LBlock b : f.blocks) count += b.instrs.size();
        Intervals iv = new Intervals(f.locCount(), 2 * count);
        int g = 0;
        for (LBlock b : f.blocks) {
            BitSet[] before = live.liveBefore(b);
            for (int k = 0; k < b.instrs.size(); k++, g++) {
                LInstr in = b.instrs.get(k);
                BitSet read = (BitSet) before[k].clone();
                BitSet write = (BitSet) before[k + 1].clone();
                for (Operand o : in.operands()) {
                    if (o.role() == Role.TEMP) read.set(o.loc());
                    if (o.role() != Role.USE) write.set(o.loc());
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
            for (Move m : in.moves())
                if (!m.isConst() && !Loc.isPhys(m.dst()) && hint[m.dst()] < 0) hint[m.dst()] = m.src();
            return;
        }
        if (in.hintLoc < 0) return;
        for (Operand o : in.operands())
            if (o.role() == Role.DEF && !Loc.isPhys(o.loc())) { if (hint[o.loc()] < 0) hint[o.loc()] = in.hintLoc; return; }
    }
}

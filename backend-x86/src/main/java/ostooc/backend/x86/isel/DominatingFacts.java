package ostooc.backend.x86.isel;

import java.util.List;
import ostooc.ir.Block;
import ostooc.ir.Cfg;
import ostooc.ir.Cond;
import ostooc.ir.Function;
import ostooc.ir.Instr;
import ostooc.ir.Op;
import ostooc.ir.analysis.Dominators;

/**
 * What the branches dominating a block say about a brif condition there. Requires a verified function.
 * The rule: if {@code x} dominates {@code b}, has a single predecessor {@code P}, and {@code P} ends in
 * {@code brif c, T, F} with {@code T != F}, then at {@code b} the condition {@code c} is non-zero when
 * {@code x == T} and zero when {@code x == F}.
 * <p>Why it is sound even in loops (where {@code c} is recomputed): {@code c}'s block dominates {@code P},
 * hence {@code x}; any path from the latest evaluation of {@code c} to {@code b} that avoided {@code x}
 * would make a path from the entry to {@code b} avoiding {@code x}. So control entered {@code x} — through
 * that very branch on the current {@code c} — after {@code c} was last computed.
 * <p>Used for: the frontend's {@code d == 0 → panic} check repeated before {@code n / d} and {@code n % d}
 * (the second branch is decided), and division guards that need not test zero again.
 */
final class DominatingFacts {
    private final Dominators dom;
    private final List<List<Block>> preds;

    DominatingFacts(Function f) {
        this.dom = new Dominators(f);
        this.preds = Cfg.predecessors(f);
    }

    Dominators dominators() { return dom; }

    /**
     * TRUE / FALSE when branches dominating {@code b} decide {@code cond} (non-zero / zero): a branch on
     * {@code cond} itself, or, for {@code cond = cmp eq|ne v, 0}, a branch proving {@code v != 0} (as
     * {@code while (b != 0) { ... a % b ... }} does for the division's own zero check). Null when unknown.
     */
    Boolean valueOf(Instr cond, Block b) {
        for (Block x = b; x != null; x = dom.idom(x)) {
            Instr t = branchInto(x);
            if (t != null && t.input(0) == cond) return t.targets.get(0) == x;
        }
        Instr v = zeroTested(cond);
        if (v != null && knownNonZero(v, b)) return cond.cond == Cond.NE;
        return null;
    }

    /** {@code v} when {@code c} is {@code cmp eq|ne v, 0} (or {@code 0, v}), else null. */
    private static Instr zeroTested(Instr c) {
        if (c.op() != Op.CMP || (c.cond != Cond.EQ && c.cond != Cond.NE)) return null;
        if (c.input(1).isConst(0)) return c.input(0);
        if (c.input(0).isConst(0)) return c.input(1);
        return null;
    }

    /** True when dominating branches prove {@code v != 0} at {@code b}: {@code cmp eq v, 0} false or {@code cmp ne v, 0} true. */
    boolean knownNonZero(Instr v, Block b) {
        for (Block x = b; x != null; x = dom.idom(x)) {
            Instr t = branchInto(x);
            if (t == null) continue;
            Instr c = t.input(0);
            if (zeroTested(c) != v) continue;
            boolean onTrueEdge = t.targets.get(0) == x;
            if (onTrueEdge == (c.cond == Cond.NE)) return true;
        }
        return false;
    }

    /** The brif that is the only way into {@code x} (its sole predecessor's, with distinct targets), or null. */
    private Instr branchInto(Block x) {
        List<Block> ps = preds.get(x.id());
        if (ps.size() != 1) return null;
        Instr t = ps.get(0).terminator();
        if (t == null || t.op() != Op.BRIF || t.targets.get(0) == t.targets.get(1)) return null;
        return t;
    }
}

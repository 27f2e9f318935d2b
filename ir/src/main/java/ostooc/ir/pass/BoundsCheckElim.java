package ostooc.ir.pass;

import ostooc.ir.Block;
import ostooc.ir.Cfg;
import ostooc.ir.Cond;
import ostooc.ir.Function;
import ostooc.ir.Instr;
import ostooc.ir.Op;
import ostooc.ir.Type;
import ostooc.ir.analysis.Dominators;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Removes the bounds check of the canonical loop {@code for (int i = 0; i < a.length; i++) ... a[i] ...}:
 * a {@code cmp ult %i, %n} (the front end's {@code 0 <= i < length} test) becomes the constant 1 when
 * <ul>
 *   <li>it is dominated by an edge on which {@code %i < %n} (signed) holds: the true edge of
 *       {@code cmp slt %i, %n} or {@code cmp sgt %n, %i}, the false edge of {@code cmp sge %i, %n} or
 *       {@code cmp sle %n, %i} (the edge's target having the branching block as its only predecessor); and</li>
 *   <li>{@code %i} is never negative: an i32 constant ≥ 0, or a phi each of whose inputs is such a value,
 *       such a phi, or {@code add %p, 1} of such a phi {@code %p} placed under an edge where {@code %p < %m}
 *       for some {@code %m} (so {@code %p + 1} cannot overflow). Greatest fixed point over the phis.</li>
 * </ul>
 * The same length on both sides needs gvn to have merged the loop guard's {@code load ... invariant} of
 * the length with the check's (the front end marks array-length loads invariant).
 * <p>
 * Requires: verifier-clean IR. Guarantees: verifier-clean IR with the same behavior; the folded compares
 * are replaced by an {@code iconst 1} at the top of the entry block; simplify-cfg then drops the branch
 * and its panic block. Why: a loop over an array pays a compare, a branch and a panic call per access.
 */
public final class BoundsCheckElim implements Pass {
    @Override public String name() { return "bounds-checks"; }

    /** "{@code x < y}, signed". */
    private record Less(Instr x, Instr y) { }

    @Override public void run(Function f) {
        List<List<Block>> preds = Cfg.predecessors(f);
        Dominators dom = new Dominators(f);
        Set<Instr> nonNegative = nonNegative(f, preds, dom);
        Set<Less> facts = new HashSet<>();       // lookups only
        Rewriter rw = new Rewriter();
        Instr one = null;
        Deque<Block> stack = new ArrayDeque<>();
        Deque<Less> added = new ArrayDeque<>();
        stack.push(f.entry());
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            if (b == LEAVE) { Less l = added.pop(); if (l != NONE) facts.remove(l); continue; }
            Less l = edgeFact(b, preds);
            added.push(l != null && facts.add(l) ? l : NONE);
            for (Instr i : b.instrs()) {
                if (i.op() != Op.CMP || i.cond != Cond.ULT || !nonNegative.contains(i.input(0))) continue;
                if (!facts.contains(new Less(i.input(0), i.input(1)))) continue;
                if (one == null) one = one(f);
                rw.replace(i, one);
            }
            stack.push(LEAVE);
            List<Block> kids = dom.children(b);
            for (int k = kids.size() - 1; k >= 0; k--) stack.push(kids.get(k));
        }
        rw.apply(f);
    }

    private static final Block LEAVE = new Function("<leave>", List.of(), Type.VOID).newBlock();
    private static final Less NONE = new Less(null, null);

    /** What the edge into {@code b} proves, if {@code b} is only entered through a compare's branch. */
    private static Less edgeFact(Block b, List<List<Block>> preds) {
        List<Block> in = preds.get(b.id());
        if (in.size() != 1) return null;
        Instr t = in.get(0).terminator();
        if (t.op() != Op.BRIF || t.targets.get(0) == t.targets.get(1) || t.input(0).op() != Op.CMP) return null;
        Instr c = t.input(0);
        boolean taken = t.targets.get(0) == b;
        Instr l = c.input(0), r = c.input(1);
        if (c.cond == Cond.LT && taken || c.cond == Cond.GE && !taken) return new Less(l, r);
        if (c.cond == Cond.GT && taken || c.cond == Cond.LE && !taken) return new Less(r, l);
        return null;
    }

    /** The i32 values never negative (see the class comment). */
    private static Set<Instr> nonNegative(Function f, List<List<Block>> preds, Dominators dom) {
        Set<Instr> phis = new LinkedHashSet<>();
        for (Block b : f.blocks())
            for (Instr i : b.instrs()) if (i.op() == Op.PHI && i.type() == Type.I32 && dom.isReachable(b)) phis.add(i);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var it = phis.iterator(); it.hasNext(); ) {
                Instr phi = it.next();
                for (Instr in : phi.inputs())
                    if (!isNonNegativeStep(in, phis, preds, dom)) { it.remove(); changed = true; break; }
            }
        }
        return phis;
    }

    private static boolean isNonNegativeStep(Instr v, Set<Instr> phis, List<List<Block>> preds, Dominators dom) {
        if (v.isConst()) return v.type() == Type.I32 && v.imm >= 0;
        if (phis.contains(v)) return true;
        return v.op() == Op.ADD && v.input(1).isConst(1) && phis.contains(v.input(0)) && boundedAbove(v.input(0), v.block(), preds, dom);
    }

    /** Whether some edge dominating {@code at} proves {@code p < m} for some {@code m}. */
    private static boolean boundedAbove(Instr p, Block at, List<List<Block>> preds, Dominators dom) {
        for (Block d = at; d != null; d = dom.idom(d)) {
            Less l = edgeFact(d, preds);
            if (l != null && l.x() == p) return true;
            if (d == dom.idom(d)) break;
        }
        return false;
    }

    private static Instr one(Function f) {
        Instr c = f.number(new Instr(Op.ICONST, Type.I32, List.of()));
        c.imm = 1;
        f.entry().insert(f.params().size(), c);
        return c;
    }
}

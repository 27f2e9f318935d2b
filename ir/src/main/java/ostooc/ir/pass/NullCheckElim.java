package ostooc.ir.pass;

import ostooc.ir.Block;
import ostooc.ir.Cfg;
import ostooc.ir.Cond;
import ostooc.ir.Function;
import ostooc.ir.Instr;
import ostooc.ir.Module;
import ostooc.ir.Op;
import ostooc.ir.Type;
import ostooc.ir.analysis.Dominators;
import ostooc.ir.analysis.References;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds comparisons whose outcome is already known, chiefly the front end's null checks
 * ({@code brif (cmp ne %a, null), ok, panic}) of values that cannot be null. A {@code cmp} used in block B
 * is replaced by the constant 0 or 1 when
 * <ul>
 *   <li>B is dominated by an edge on which that same {@code cmp} was branched on (the edge's target has
 *       the branching block as its only predecessor): its value there is the edge's, 1 or 0; or</li>
 *   <li>it is {@code cmp eq|ne %x, 0} and %x is never zero at B: {@code %x} is a {@code symaddr} (a string
 *       literal, a descriptor), the result of a call of a function that never returns zero, an
 *       {@code i2ref}/{@code ref2i} of such a value, a phi all of whose inputs are such values (greatest
 *       fixed point, so loops are handled), or a value a dominating edge proved non-zero
 *       ({@code cmp eq %x, 0} false, {@code cmp ne %x, 0} true).</li>
 * </ul>
 * <p>
 * A function never returns zero when every {@code ret} returns a value never zero there (by the same
 * rules); this is found for the whole module by iterating from "no function" up to a fixed point, so the
 * allocators qualify ({@code p = calloc(..); if (p == 0) outOfMemory(); return p}) and, through them,
 * {@code ArrayAlloc.allocate} and every {@code new}. Functions outside the module (C) never qualify.
 * Likewise a parameter is never zero when the function is entered only through direct calls
 * ({@link References#onlyCalledDirectly}) and every one of them passes a value never zero there: library
 * methods that check their argument for null ({@code CPointers.elements}) lose the check when every
 * caller passes a fresh array or a literal.
 * Phi inputs are judged at the end of their incoming block.
 * <p>
 * Requires: verifier-clean IR. Guarantees: verifier-clean IR with the same behavior; only operands change
 * (folded constants are new {@code iconst}s at the top of the entry block); the CFG is left to
 * simplify-cfg, which turns the constant {@code brif}s into {@code br}s and drops the panic blocks. Why:
 * every field access, call and array access on a fresh object, a literal or an already checked value
 * carries a compare, a branch and a panic call that can never run.
 */
public final class NullCheckElim implements Pass {
    @Override public String name() { return "null-checks"; }

    @Override public void run(Function f) { new Walk(f, Facts.NONE).run(true); }

    @Override public void run(Module m) {
        Facts facts = facts(m);
        for (Function f : m.functions()) if (!f.naked && !f.blocks().isEmpty()) new Walk(f, facts).run(true);
    }

    /** What is known across functions: who never returns 0, and which parameters are never 0. */
    record Facts(Set<String> nonZeroReturns, Map<String, boolean[]> nonZeroParams) {
        static final Facts NONE = new Facts(Set.of(), Map.of());

        boolean paramNonZero(Function f, int index) {
            boolean[] ps = nonZeroParams.get(f.name());
            return ps != null && ps[index];
        }

        boolean sameAs(Facts o) {
            if (!nonZeroReturns.equals(o.nonZeroReturns) || !nonZeroParams.keySet().equals(o.nonZeroParams.keySet())) return false;
            for (var e : nonZeroParams.entrySet()) if (!Arrays.equals(e.getValue(), o.nonZeroParams.get(e.getKey()))) return false;
            return true;
        }
    }

    /**
     * The least fixed point, from "nothing is known" up: each round walks every function with the facts of
     * the round before. Sound at every round (each fact is proved from facts already proved), and the
     * facts only grow, so it ends.
     */
    static Facts facts(Module m) {
        References refs = new References(m);
        Facts facts = Facts.NONE;
        while (true) {
            Set<String> returns = new HashSet<>();
            Map<String, boolean[]> params = new HashMap<>();
            for (Function f : m.functions()) {
                if (f.naked || f.blocks().isEmpty()) continue;
                Walk w = new Walk(f, facts);
                boolean retsNonZero = w.run(false);
                if (retsNonZero && (f.returnType() == Type.REF || f.returnType() == Type.I64)) returns.add(f.name());
                for (var site : w.callArgs) {
                    Function g = m.function(site.callee());
                    if (g == null || !refs.onlyCalledDirectly(g.name())) continue;
                    boolean[] all = params.computeIfAbsent(g.name(), k -> filled(g.paramTypes().size()));
                    for (int k = 0; k < all.length; k++) all[k] &= site.nonZero()[k];
                }
            }
            Facts next = new Facts(returns, params);
            if (next.sameAs(facts)) return facts;
            facts = next;
        }
    }

    private static boolean[] filled(int n) {
        boolean[] a = new boolean[n];
        Arrays.fill(a, true);
        return a;
    }

    /** A direct call and, per argument, whether it is non-zero there. */
    private record CallArgs(String callee, boolean[] nonZero) { }

    /** One dominator-tree walk over a function with the facts in scope; rewrites uses when asked. */
    private static final class Walk {
        private final Function f;
        private final Facts facts;
        final List<CallArgs> callArgs = new ArrayList<>();
        private final Set<Instr> alwaysNonZero;
        private final Map<Instr, Long> knownCmps = new HashMap<>();   // lookups only
        private final Set<Instr> nonZeroHere = new HashSet<>();       // lookups only
        private final List<List<Block>> preds;
        private Instr zero, one;
        private boolean allRetsNonZero = true;

        Walk(Function f, Facts facts) {
            this.f = f;
            this.facts = facts;
            this.preds = Cfg.predecessors(f);
            this.alwaysNonZero = alwaysNonZero();
        }

        /** Walks the function; with {@code rewrite}, folds the known compares. Returns "every ret is non-zero". */
        boolean run(boolean rewrite) {
            Dominators dom = new Dominators(f);
            Deque<Block> stack = new ArrayDeque<>();
            Deque<Runnable> undo = new ArrayDeque<>();
            stack.push(f.entry());
            while (!stack.isEmpty()) {
                Block b = stack.pop();
                if (b == LEAVE) { undo.pop().run(); continue; }
                undo.push(enter(b));
                visit(b, rewrite);
                stack.push(LEAVE);
                List<Block> kids = dom.children(b);
                for (int k = kids.size() - 1; k >= 0; k--) stack.push(kids.get(k));
            }
            return allRetsNonZero;
        }

        /** A sentinel block: ArrayDeque cannot hold null. Never part of a function. */
        private static final Block LEAVE = new Function("<leave>", List.of(), Type.VOID).newBlock();

        /** Adds the facts of the edge into {@code b} (if it is its only way in); returns how to forget them. */
        private Runnable enter(Block b) {
            List<Block> in = preds.get(b.id());
            if (in.size() != 1) return () -> { };
            Instr t = in.get(0).terminator();
            if (t.op() != Op.BRIF || t.targets.get(0) == t.targets.get(1) || t.input(0).op() != Op.CMP) return () -> { };
            Instr cmp = t.input(0);
            boolean taken = t.targets.get(0) == b;
            if (knownCmps.containsKey(cmp)) return () -> { };
            knownCmps.put(cmp, taken ? 1L : 0L);
            Instr x = comparedWithZero(cmp);
            boolean nonZero = x != null && (cmp.cond == Cond.NE) == taken && nonZeroHere.add(x);
            return () -> {
                knownCmps.remove(cmp);
                if (nonZero) nonZeroHere.remove(x);
            };
        }

        private void visit(Block b, boolean rewrite) {
            for (Instr i : new ArrayList<>(b.instrs())) {       // constants may be inserted into the entry block
                if (i.op() == Op.RET && !i.inputs().isEmpty() && !isNonZero(i.input(0))) allRetsNonZero = false;
                if (i.op() == Op.CALL) recordArgs(i);
                if (!rewrite || i.op() == Op.PHI) continue;
                foldOperands(i, k -> true);
            }
            if (!rewrite) return;
            for (Block s : new LinkedHashSet<>(b.successors()))      // phi inputs are used at the end of b
                for (Instr phi : s.instrs()) {
                    if (phi.op() != Op.PHI) break;
                    foldOperands(phi, k -> phi.phiBlocks.get(k) == b);
                }
        }

        private void recordArgs(Instr call) {
            boolean[] nonZero = new boolean[call.inputs().size()];
            for (int k = 0; k < nonZero.length; k++) nonZero[k] = isNonZero(call.input(k));
            callArgs.add(new CallArgs(call.symbol, nonZero));
        }

        private void foldOperands(Instr user, java.util.function.IntPredicate which) {
            for (int k = 0; k < user.inputs().size(); k++) {
                if (!which.test(k)) continue;
                Long v = knownValue(user.input(k));
                if (v != null) user.setInput(k, constant(v));
            }
        }

        /** The value {@code v} has in the current scope if it is a compare with a known outcome, else null. */
        private Long knownValue(Instr v) {
            if (v.op() != Op.CMP) return null;
            Long known = knownCmps.get(v);
            if (known != null) return known;
            Instr x = comparedWithZero(v);
            if (x == null || !isNonZero(x)) return null;
            return v.cond == Cond.NE ? 1L : 0L;
        }

        private boolean isNonZero(Instr x) {
            if (alwaysNonZero.contains(x) || nonZeroHere.contains(x)) return true;
            return (x.op() == Op.I2REF || x.op() == Op.REF2I) && isNonZero(x.input(0));
        }

        /** The values that are non-zero wherever they are defined (see the class comment). */
        private Set<Instr> alwaysNonZero() {
            Set<Instr> out = new HashSet<>(), candidates = new LinkedHashSet<>();
            for (Block b : f.blocks())
                for (Instr i : b.instrs()) {
                    if (i.op() == Op.SYMADDR || (i.op() == Op.CALL && facts.nonZeroReturns().contains(i.symbol))
                            || (i.op() == Op.PARAM && facts.paramNonZero(f, (int) i.imm))) out.add(i);
                    else if (i.op() == Op.PHI || i.op() == Op.I2REF || i.op() == Op.REF2I) candidates.add(i);
                }
            boolean changed = true;       // greatest fixed point: drop candidates with an input that may be 0
            while (changed) {
                changed = false;
                for (var it = candidates.iterator(); it.hasNext(); ) {
                    Instr c = it.next();
                    for (Instr in : c.inputs())
                        if (!out.contains(in) && !candidates.contains(in)) { it.remove(); changed = true; break; }
                }
            }
            out.addAll(candidates);
            return out;
        }

        private Instr constant(long v) {
            if (v == 0 && zero != null) return zero;
            if (v == 1 && one != null) return one;
            Instr c = f.number(new Instr(Op.ICONST, Type.I32, List.of()));
            c.imm = v;
            f.entry().insert(f.params().size(), c);
            if (v == 0) zero = c; else one = c;
            return c;
        }
    }

    /** {@code %x} if {@code cmp} is {@code cmp eq|ne %x, 0} (either way round), else null. */
    private static Instr comparedWithZero(Instr cmp) {
        if (cmp.cond != Cond.EQ && cmp.cond != Cond.NE) return null;
        if (cmp.input(1).isConst(0)) return cmp.input(0);
        if (cmp.input(0).isConst(0)) return cmp.input(1);
        return null;
    }
}

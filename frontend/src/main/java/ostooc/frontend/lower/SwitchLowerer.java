package ostooc.frontend.lower;

import ostooc.frontend.tree.Expr;
import ostooc.frontend.tree.Stmt;
import ostooc.ir.Block;
import ostooc.ir.Cond;
import ostooc.ir.Instr;
import ostooc.ir.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * Classic switch as a compare chain (a jump table can come later):
 * <pre>
 * switch (x) { case 1: A  default: B  case 2: C }
 *   =>  t1 = cmp eq x, 1; brif t1, bA, n1;  n1: t2 = cmp eq x, 2; brif t2, bC, bB
 *       bA: A; br bB   (fall through)   bB: B; br bC   bC: C; br bExit   bExit:
 * </pre>
 * Without a default the last test's false edge goes to bExit. Rules ({@code case 1 -> A}) do not fall
 * through: each body ends with {@code br bExit}. A switch expression is the same switch whose arms end in
 * {@code yield v}: {@code $result := v; br bExit}; its value is {@code $result} at bExit (a phi).
 * A selector that is constant in the IR folds the chain to one {@code br}: the tests after it are not
 * lowered ({@link FunctionLowerer#startIfReachable}); the bodies are, reached or not (javac emits them all,
 * and the line marks after a switch expression are its last arm's: {@link LineMarks}); the SSA builder's
 * reads there are typed zeros, and {@link SsaCleanup} removes the blocks.
 */
final class SwitchLowerer {
    private SwitchLowerer() { }

    static void lower(FunctionLowerer f, Stmt.Switch sw) {
        Instr x = f.exprs.value(sw.selector());
        List<Block> bodies = new ArrayList<>();
        for (int i = 0; i < sw.cases().size(); i++) bodies.add(f.ir.newBlock());
        Block exit = f.ir.newBlock();
        Block fallback = exit;
        for (int i = 0; i < sw.cases().size(); i++) if (sw.cases().get(i).isDefault()) fallback = bodies.get(i);
        // the dispatch chain, up to a test that always succeeds
        dispatch:
        for (int i = 0; i < sw.cases().size(); i++) {
            for (long label : sw.cases().get(i).labels()) {
                Block next = f.ir.newBlock();
                f.branch(f.ir.cmp(Cond.EQ, x, f.ir.iconst(Type.I32, label)), bodies.get(i), next);
                f.ssa.seal(next);
                if (!f.startIfReachable(next)) break dispatch;
            }
        }
        f.jump(fallback);
        // the bodies, falling through in source order
        f.targets(sw.target(), exit, null);
        for (int i = 0; i < sw.cases().size(); i++) {
            Block b = bodies.get(i);
            if (!sw.rules()) f.jump(b);   // fall-through from the previous group
            else f.jump(exit);
            f.ssa.seal(b);
            f.startBlock(b);   // even a body nothing reaches: javac emits every arm, so its line marks stay javac's
            for (Stmt s : sw.cases().get(i).body()) f.statement(s);
        }
        f.jump(exit);
        f.ssa.seal(exit);
        f.startIfReachable(exit);
    }

    // yield v   =>   $result := v; br bExit
    static void yield(FunctionLowerer f, Stmt.Yield y) {
        f.ssa.write(y.target().result, f.ir.block(), f.exprs.value(y.target().yields.get(y.index())));
        f.jump(f.breakTarget(y.target()));
    }

    // switch (x) { ... yield v ... }  as a value   =>   the switch; bExit: $result (a phi of the yielded values)
    // (javac marks no line at a switch expression: its prelude's statements are marked, the switch itself is not)
    static Instr expression(FunctionLowerer f, Expr.SwitchExpr e) {
        for (Stmt s : e.body().stmts()) {
            if (f.ir.isTerminated()) break;
            if (s instanceof Stmt.Switch sw) lower(f, sw);   // not f.statement: that would mark the switch's line
            else f.statement(s);
        }
        // no arm yields (each ends in a call that never returns): the rest of the expression is dead code,
        // lowered into a fresh block nothing reaches (removed later), as after such a call in CallLowerer
        if (f.ir.isTerminated()) f.startBlock(f.ir.newBlock());
        return f.ssa.read(e.target().result, f.ir.block());
    }
}

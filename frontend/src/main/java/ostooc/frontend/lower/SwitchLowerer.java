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
        // the dispatch chain
        for (int i = 0; i < sw.cases().size(); i++) {
            for (long label : sw.cases().get(i).labels()) {
                Block next = f.ir.newBlock();
                f.branch(f.ir.cmp(Cond.EQ, x, f.ir.iconst(Type.I32, label)), bodies.get(i), next);
                f.ssa.seal(next);
                f.startBlock(next);
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
            f.startBlock(b);
            for (Stmt s : sw.cases().get(i).body()) f.statement(s);
        }
        f.jump(exit);
        f.ssa.seal(exit);
        f.startBlock(exit);
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
            if (s instanceof Stmt.Switch sw) lower(f, sw);
            else f.statement(s);
        }
        return f.ssa.read(e.target().result, f.ir.block());
    }
}

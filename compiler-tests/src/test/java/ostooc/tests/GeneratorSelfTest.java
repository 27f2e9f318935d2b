package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The generators and the in-process JVM oracle on their own (no ostooc needed): generated programs are
 * javac-clean, print one line per expression or statement, and the division edge case is generated.
 */
class GeneratorSelfTest {
    @Property(tries = 15)
    void expressionProgramsCompileAndPrintOneLinePerExpression(@ForAll long seed) {
        Random r = new Random(seed);
        List<Expr> exprs = ExpressionProperties.expressionList().generator(1000).next(r).value();
        ExprProgram.Env env = ExpressionProperties.environment().generator(1000).next(r).value();
        String out = InProcessJvm.run(ExprProgram.CLASS, ExprProgram.render(env, exprs));
        assertEquals(exprs.size(), out.lines().count(), out);
    }

    @Property(tries = 15)
    void statementProgramsCompileAndPrintOneLinePerStatement(@ForAll long seed) {
        List<StmtProgram.Method> methods = StatementProperties.programs().generator(1000).next(new Random(seed)).value();
        String out = InProcessJvm.run(StmtProgram.CLASS, StmtProgram.render(methods));
        assertEquals(StmtProgram.labels(methods).size(), out.lines().count(), out);
    }

    @Property(tries = 15)
    void deadPathProgramsCompileAndPrintOneLinePerStatement(@ForAll long seed) {
        List<DeadPathProgram.Method> methods = DeadPathProperties.programs().generator(1000).next(new Random(seed)).value();
        String out = InProcessJvm.run(DeadPathProgram.CLASS, DeadPathProgram.render(methods));
        assertEquals(DeadPathProgram.labels(methods).size(), out.lines().count(), out);
    }

    /** Every type of the dead-path generator, every condition leaf and every statement kind comes up. */
    @Property(tries = 2)
    void deadPathProgramsCoverEveryTypeConditionAndStatement(@ForAll long seed) {
        Random r = new Random(seed);
        java.util.Set<String> types = new java.util.TreeSet<>();
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            List<DeadPathProgram.Method> methods = DeadPathProperties.programs().generator(1000).next(r).value();
            for (DeadPathProgram.Method m : methods) types.add(DeadPathProgram.KINDS.get(m.kind() % DeadPathProgram.KINDS.size()).keyword());
            all.append(DeadPathProgram.render(methods));
        }
        assertEquals(DeadPathProgram.KINDS.size(), types.size(), "types: " + types);
        String src = all.toString();
        for (String leaf : DeadPathProgram.LEAVES) if (!leaf.equals("TEST")) assertTrue(src.contains(leaf), "condition " + leaf);
        for (String construct : List.of("if (", "} else {", "while (", "do {", "for (int", "continue", "break", "switch (", "-> ", "yield", "? "))
            assertTrue(src.contains(construct), "construct " + construct);
    }

    /** Constant conditions reach the expression and statement generators too: true || x, if (false), c ? ... */
    @Property(tries = 3)
    void constantConditionsAreGenerated(@ForAll long seed) {
        Random r = new Random(seed);
        String all = "";
        for (int i = 0; i < 20; i++) all += ExpressionProperties.sample(r.nextLong()) + StatementProperties.sample(r.nextLong());
        for (String c : List.of("((true) ", "((false) ", " (true))", " (false))", "if (true)", "if (false)", "((true) ?", "((false) ?"))
            assertTrue(all.contains(c), c);
    }

    @Property(tries = 3)
    void minDividedByMinusOneIsGenerated(@ForAll long seed) {
        Random r = new Random(seed);
        boolean intCase = false, longCase = false;
        for (int i = 0; i < 20 && !(intCase && longCase); i++) {
            for (Expr e : ExpressionProperties.expressionList().generator(1000).next(r).value()) {
                intCase |= containsMinByMinusOne(e, Integer.MIN_VALUE);
                longCase |= containsMinByMinusOne(e, Long.MIN_VALUE);
            }
        }
        assertTrue(intCase, "int MIN / -1");
        assertTrue(longCase, "long MIN / -1");
    }

    static boolean containsMinByMinusOne(Expr e, long min) {
        if (e instanceof Expr.Binary b) {
            if ((b.op().equals("/") || b.op().equals("%")) && literal(b.left()) == min && b.right() instanceof Expr.NonZero nz
                    && literal(nz.divisor()) == -1) return true;
            return containsMinByMinusOne(b.left(), min) || containsMinByMinusOne(b.right(), min);
        }
        if (e instanceof Expr.Unary u) return containsMinByMinusOne(u.operand(), min);
        if (e instanceof Expr.Cast c) return containsMinByMinusOne(c.operand(), min);
        if (e instanceof Expr.NonZero n) return containsMinByMinusOne(n.divisor(), min);
        if (e instanceof Expr.Cond c) return containsMinByMinusOne(c.condition(), min) || containsMinByMinusOne(c.whenTrue(), min)
                || containsMinByMinusOne(c.whenFalse(), min);
        if (e instanceof Expr.Cmp c) return containsMinByMinusOne(c.left(), min) || containsMinByMinusOne(c.right(), min);
        if (e instanceof Expr.Logic l) return containsMinByMinusOne(l.left(), min) || containsMinByMinusOne(l.right(), min);
        if (e instanceof Expr.Not n) return containsMinByMinusOne(n.operand(), min);
        return false;
    }

    /** The value of a literal, possibly behind id(); 0 for anything else (never MIN or -1 by accident). */
    private static long literal(Expr e) {
        if (e instanceof Expr.Opaque o) return literal(o.operand());
        return e instanceof Expr.Lit l ? l.value() : 0;
    }
}

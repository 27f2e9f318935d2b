package ostooc.frontend.attr;

import ostooc.frontend.model.ConstValue;
import ostooc.frontend.tree.Expr;
import ostooc.frontend.tree.JumpTarget;
import ostooc.frontend.tree.Stmt;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * JLS 14.22 "unreachable statements": decides which statements can complete normally, reports
 * {@code unreachable statement} (once per block) and, for a non-void method whose body can complete
 * normally, {@code missing return statement} at the closing brace. Requires an error-free attributed body.
 */
public final class Reachability {
    private final AttrContext ctx;
    /** Targets with a reachable break: a loop or labelled statement exited by break completes normally. */
    private final Set<JumpTarget> broken = new HashSet<>();
    private final Set<JumpTarget> continued = new HashSet<>();

    public Reachability(AttrContext ctx) { this.ctx = ctx; }

    /** Checks a method body; {@code needsReturn} for non-void methods. */
    public void check(Stmt.Block body, boolean needsReturn) {
        boolean completes = completes(body);
        if (needsReturn && completes) ctx.error(body.end(), "missing return statement");
    }

    /** Whether {@code s}, when reachable, can complete normally. */
    private boolean completes(Stmt s) {
        if (s instanceof Stmt.Block b) return sequence(b.stmts());
        if (s instanceof Stmt.If i) {
            boolean t = completes(i.then());
            return i.otherwise() == null || t | completes(i.otherwise());   // if-then always can (JLS special case)
        }
        if (s instanceof Stmt.While w) {
            if (isConstant(w.cond(), false)) { ctx.error(w.body().pos(), "unreachable statement"); return true; }
            completes(w.body());
            return !isConstant(w.cond(), true) || broken.contains(w.target());
        }
        if (s instanceof Stmt.DoWhile d) {
            boolean body = completes(d.body());
            return ((body || continued.contains(d.target())) && !isConstant(d.cond(), true)) || broken.contains(d.target());
        }
        if (s instanceof Stmt.For f) {
            if (f.cond() != null && isConstant(f.cond(), false)) { ctx.error(f.body().pos(), "unreachable statement"); return true; }
            completes(f.body());
            return (f.cond() != null && !isConstant(f.cond(), true)) || broken.contains(f.target());
        }
        if (s instanceof Stmt.Switch sw) return switchCompletes(sw);
        if (s instanceof Stmt.Labeled l) return completes(l.body()) | broken.contains(l.target());
        if (s instanceof Stmt.Break b) { broken.add(b.target()); return false; }
        if (s instanceof Stmt.Continue c) { continued.add(c.target()); return false; }
        if (s instanceof Stmt.Return || s instanceof Stmt.Yield) return false;
        return true;   // local declarations, expression statements
    }

    /** Statements in order: the first one after a statement that cannot complete normally is unreachable. */
    private boolean sequence(List<Stmt> stmts) {
        boolean reachable = true;
        for (Stmt s : stmts) {
            if (!reachable) { ctx.error(s.pos(), "unreachable statement"); return false; }
            reachable = completes(s);
        }
        return reachable;
    }

    /** Whether statements (an arm of a switch expression) can complete normally; reports unreachable ones. */
    public boolean completesNormally(List<Stmt> stmts) { return sequence(stmts); }

    private boolean switchCompletes(Stmt.Switch sw) {
        boolean lastCompletes = true, hasDefault = false, anyRuleCompletes = false;
        for (Stmt.Case c : sw.cases()) {
            hasDefault |= c.isDefault();
            lastCompletes = sequence(c.body());   // each group is reachable through its label
            anyRuleCompletes |= lastCompletes;
        }
        if (sw.rules()) return !hasDefault || anyRuleCompletes || broken.contains(sw.target());
        return sw.cases().isEmpty() || lastCompletes || !hasDefault || broken.contains(sw.target());
    }

    private static boolean isConstant(Expr cond, boolean value) {
        return cond == null ? value : cond instanceof Expr.Const c && c.value() instanceof ConstValue.Int i && (i.value() != 0) == value;
    }
}

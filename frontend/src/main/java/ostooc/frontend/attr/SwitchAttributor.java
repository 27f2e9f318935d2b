package ostooc.frontend.attr;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import ostooc.frontend.model.JType;
import ostooc.frontend.parse.Positions;
import ostooc.frontend.tree.Expr;
import ostooc.frontend.tree.JumpTarget;
import ostooc.frontend.tree.LocalVar;
import ostooc.frontend.tree.Pos;
import ostooc.frontend.tree.Stmt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Switch statements and switch expressions (JLS 14.11, 15.28) on int-like types, String and enums,
 * with {@code case L:} groups (fall through) or {@code case L1, L2 ->} rules (never fall through).
 * The selector becomes an int ({@link SwitchSelector}); labels are checked for constancy and duplicates.
 * A switch expression's arms end in {@link Stmt.Yield}s; its type is computed by {@link SwitchExprType}.
 * A colon-form switch block is one scope.
 */
final class SwitchAttributor {
    private final AttrContext ctx;
    private final ExprAttributor exprs;
    private final StmtAttributor stmts;

    SwitchAttributor(AttrContext ctx, ExprAttributor exprs, StmtAttributor stmts) {
        this.ctx = ctx; this.exprs = exprs; this.stmts = stmts;
    }

    /** What attributing a switch block gives: prelude + Switch, and whether it has a default or covers every value. */
    private record Built(List<Stmt> stmts, Stmt.Switch sw, boolean exhaustive, boolean ok) { }

    // SwitchStatement: switch ( Expression ) SwitchBlock
    Stmt switchStmt(SwitchStmt sw, MethodEnv env) {
        JumpTarget target = new JumpTarget(JumpTarget.Kind.SWITCH, null);
        Built b = build(Positions.start(env.file(), sw), sw.getSelector(), sw.getEntries(), target, false, env);
        return b.stmts.size() == 1 ? b.stmts.get(0) : new Stmt.Block(b.sw.pos(), b.stmts, b.sw.pos());
    }

    /**
     * SwitchExpression: switch ( Expression ) SwitchBlock   (every arm yields a value or does not complete).
     * {@code to}: the target type in an assignment context, where it is a poly expression (JLS 15.28.1): its
     * type is the target's and each arm's value must convert to it (so {@code byte b = switch ..  -> 1} and
     * {@code Object o = switch .. "s" .. new int[3]} hold); null when standalone (typed by its arms).
     */
    Expr switchExpr(SwitchExpr sw, JType to, MethodEnv env) {
        Pos p = Positions.start(env.file(), sw);
        JumpTarget target = new JumpTarget(JumpTarget.Kind.SWITCH_EXPR, null);
        int errorsBefore = ctx.errorCount();
        Built b = build(p, sw.getSelector(), sw.getEntries(), target, true, env);
        if (!b.ok) return null;
        if (sw.getEntries().isEmpty()) { ctx.error(p, "switch expression does not have any case clauses"); return null; }
        if (!b.exhaustive) { ctx.error(p, "the switch expression does not cover all possible input values"); return null; }
        if (ctx.errorCount() != errorsBefore) return null;
        if (!checkArmsYield(b.sw, sw.getEntries(), env)) return null;
        if (target.yields.contains(null)) return null;
        JType type = to != null ? to : SwitchExprType.of(target.yields, ctx.model);
        if (to != null && JType.isReference(to)) {
            for (Expr v : target.yields)
                if (v.type() instanceof JType.Prim) { ctx.error(v.pos(), "unsupported: boxing (a switch expression's " + v.type().javaName() + " arm for " + to.javaName() + ")"); return null; }
        }
        if (type == null) { ctx.error(p, "unsupported: a switch expression whose arms have types " + SwitchExprType.describe(target.yields)); return null; }
        for (int i = 0; i < target.yields.size(); i++) {
            Expr v = target.yields.get(i), c = ctx.boxing.assign(v, type);
            if (c == null) { ctx.error(v.pos(), Conversions.badType("switch", 1, v.type(), type)); return null; }
            target.yields.set(i, c);
        }
        target.result = new LocalVar("$switchResult", type, p, false);
        return new Expr.SwitchExpr(p, type, new Stmt.Block(p, b.stmts, p), target);
    }

    // YieldStatement: yield Expression ;
    Stmt yield(YieldStmt y, MethodEnv env) {
        Pos p = Positions.start(env.file(), y);
        JumpTarget target = env.scope().switchExpression();
        if (target == null) { ctx.error(p, "yield outside of switch expression"); return new Stmt.Block(p, List.of(), p); }
        target.yields.add(exprs.attribute(y.getExpression(), env));
        return new Stmt.Yield(p, target, target.yields.size() - 1);
    }

    private Built build(Pos p, Expression selectorNode, NodeList<SwitchEntry> entries, JumpTarget target, boolean isExpr, MethodEnv env) {
        Expr selector = exprs.attribute(selectorNode, env);
        SwitchSelector sel = selector == null ? null : SwitchSelector.of(ctx, selector, Positions.preferred(env.file(), selectorNode));
        env.scope().push();
        env.scope().pushTarget(target);
        List<Stmt.Case> cases = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        boolean sawDefault = false;
        Boolean rules = null;
        for (SwitchEntry entry : entries) {
            Pos at = Positions.start(env.file(), entry);
            boolean isRule = entry.getType() != SwitchEntry.Type.STATEMENT_GROUP;
            if (rules == null) rules = isRule;
            else if (rules != isRule) ctx.error(at, "different case kinds used in the switch");
            boolean isDefault = entry.getLabels().isEmpty();
            if (isDefault && sawDefault) ctx.error(at, "duplicate default label");
            sawDefault |= isDefault;
            List<Long> labels = new ArrayList<>();
            for (Expression l : entry.getLabels()) {
                Long v = sel == null ? null : sel.label(l, exprs, ctx, env);
                if (v == null) continue;
                if (!seen.add(v)) ctx.error(Positions.preferred(env.file(), l), "duplicate case label");
                labels.add(v);
            }
            cases.add(new Stmt.Case(labels, isDefault, armBody(entry, at, target, isExpr, env)));
        }
        env.scope().popTarget();
        env.scope().pop();
        boolean exhaustive = sawDefault || (sel != null && sel.valueCount() >= 0 && seen.size() == sel.valueCount());
        if (isExpr && !sawDefault && exhaustive && !cases.isEmpty()) {   // every value has a label: the last arm takes the rest (none)
            Stmt.Case last = cases.remove(cases.size() - 1);
            cases.add(new Stmt.Case(last.labels(), true, last.body()));
        }
        Stmt.Switch sw = new Stmt.Switch(p, target, sel == null ? null : sel.intSelector(ctx, p), cases, rules != null && rules);
        List<Stmt> out = new ArrayList<>(sel == null ? List.of() : sel.prelude(ctx, p, env.cls()));
        out.add(sw);
        return new Built(out, sw, exhaustive, sel != null);
    }

    // SwitchRule: SwitchLabel -> (Expression ; | Block | ThrowStatement) ;  SwitchBlockStatementGroup: SwitchLabels BlockStatements
    private List<Stmt> armBody(SwitchEntry entry, Pos at, JumpTarget target, boolean isExpr, MethodEnv env) {
        List<Stmt> body = new ArrayList<>();
        switch (entry.getType()) {
            case STATEMENT_GROUP -> { for (Statement s : entry.getStatements()) stmts.statement(s, env, body); }
            case BLOCK -> body.add(stmts.block((BlockStmt) entry.getStatements().get(0), env));
            case EXPRESSION -> {
                Expression e = ((ExpressionStmt) entry.getStatements().get(0)).getExpression();
                Pos p = Positions.start(env.file(), e);
                if (isExpr) {
                    target.yields.add(exprs.attribute(e, env));
                    body.add(new Stmt.Yield(p, target, target.yields.size() - 1));
                } else {
                    body.add(new Stmt.ExprStmt(p, exprs.attribute(e, env)));
                }
            }
            case THROWS_STATEMENT -> ctx.error(at, "unsupported: exceptions");
        }
        return body;
    }

    /** JLS 15.28.1: no arm of a switch expression may complete normally (it must yield or not complete). */
    private boolean checkArmsYield(Stmt.Switch sw, NodeList<SwitchEntry> entries, MethodEnv env) {
        Reachability r = new Reachability(ctx);
        for (int i = 0; i < sw.cases().size(); i++) {
            boolean completes = r.completesNormally(sw.cases().get(i).body());
            if (!completes) continue;
            if (sw.rules()) {
                ctx.error(Positions.end(env.file(), entries.get(i).getStatements().get(0)),
                        "switch rule completes without providing a value\n  (switch rules in switch expressions must either provide a value or throw)");
                return false;
            }
            if (i == sw.cases().size() - 1) {
                ctx.error(Positions.end(env.file(), entries.get(i).getParentNode().orElseThrow()),
                        "switch expression completes without providing a value\n  (switch expressions must either provide a value or throw for all possible input values)");
                return false;
            }
        }
        return true;
    }
}

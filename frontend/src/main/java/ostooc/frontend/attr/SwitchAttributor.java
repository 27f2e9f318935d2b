package ostooc.frontend.attr;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import ostooc.frontend.model.ConstValue;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.JType.Prim;
import ostooc.frontend.parse.Positions;
import ostooc.frontend.tree.Expr;
import ostooc.frontend.tree.JumpTarget;
import ostooc.frontend.tree.Pos;
import ostooc.frontend.tree.Stmt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Classic switch statements (JLS 14.11) on char, byte, short and int: constant case labels assignable to
 * the selector's type, no duplicates, at most one default. The whole switch block is one scope.
 */
final class SwitchAttributor {
    private final AttrContext ctx;
    private final ExprAttributor exprs;
    private final StmtAttributor stmts;

    SwitchAttributor(AttrContext ctx, ExprAttributor exprs, StmtAttributor stmts) {
        this.ctx = ctx; this.exprs = exprs; this.stmts = stmts;
    }

    // SwitchStatement: switch ( Expression ) { SwitchBlockStatementGroup* SwitchLabel* }
    Stmt switchStmt(SwitchStmt sw, MethodEnv env) {
        Pos p = Positions.start(env.file(), sw);
        Expr selector = exprs.attribute(sw.getSelector(), env);
        JType t = selector == null ? null : selector.type();
        if (t != null && !(t == Prim.INT || t == Prim.CHAR || t == Prim.SHORT || t == Prim.BYTE)) {
            ctx.error(Positions.preferred(env.file(), sw.getSelector()),
                    JType.isString(t) ? "unsupported: switch on strings" : "unsupported: switch on " + t.javaName());
            t = null;
        }
        JumpTarget target = new JumpTarget(JumpTarget.Kind.SWITCH, null);
        env.scope().push();
        env.scope().pushTarget(target);
        List<Stmt.Case> cases = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        boolean sawDefault = false;
        for (SwitchEntry entry : sw.getEntries()) {
            if (entry.getType() != SwitchEntry.Type.STATEMENT_GROUP) {
                ctx.error(Positions.start(env.file(), entry), "unsupported: switch rules ('case ->')");
                continue;
            }
            List<Long> labels = new ArrayList<>();
            boolean isDefault = entry.getLabels().isEmpty();
            if (isDefault && sawDefault) ctx.error(Positions.start(env.file(), entry), "duplicate default label");
            sawDefault |= isDefault;
            for (Expression l : entry.getLabels()) {
                Long v = label(l, t, env);
                if (v == null) continue;
                if (!seen.add(v)) ctx.error(Positions.preferred(env.file(), l), "duplicate case label");
                labels.add(v);
            }
            List<Stmt> body = new ArrayList<>();
            for (Statement s : entry.getStatements()) stmts.statement(s, env, body);
            cases.add(new Stmt.Case(labels, isDefault, body));
        }
        env.scope().popTarget();
        env.scope().pop();
        Expr promoted = selector == null ? null : Conversions.convert(selector, Prim.INT);
        return new Stmt.Switch(p, target, promoted, cases);
    }

    // SwitchLabel: case ConstantExpression :
    private Long label(Expression l, JType selectorType, MethodEnv env) {
        Expr e = exprs.attribute(l, env);
        if (e == null || selectorType == null) return null;
        if (!(e instanceof Expr.Const c) || !(c.value() instanceof ConstValue.Int)) {
            ctx.error(Positions.preferred(env.file(), l), "constant expression required");
            return null;
        }
        Expr converted = Conversions.assign(e, selectorType);
        if (converted == null) {
            ctx.error(Positions.preferred(env.file(), l), Conversions.assignError(e.type(), selectorType));
            return null;
        }
        return ((ConstValue.Int) ((Expr.Const) converted).value()).value();
    }
}

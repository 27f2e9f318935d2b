package ostooc.frontend.attr;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.*;
import ostooc.frontend.model.ConstValue;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.TypeResolver;
import ostooc.frontend.parse.Positions;
import ostooc.frontend.tree.Expr;
import ostooc.frontend.tree.JumpTarget;
import ostooc.frontend.tree.LocalVar;
import ostooc.frontend.tree.Pos;
import ostooc.frontend.tree.Stmt;

import java.util.ArrayList;
import java.util.List;

/**
 * Attributes statements (JLS 14): block scoping of locals, jump targets of break/continue, return types.
 * Switches are in {@link SwitchAttributor}. Statements whose expressions had errors keep a null there;
 * such a tree is never analysed further or lowered.
 */
public final class StmtAttributor {
    private final AttrContext ctx;
    private final ExprAttributor exprs;
    private final SwitchAttributor switches;
    private final ForEachAttributor forEach;

    public StmtAttributor(AttrContext ctx, ExprAttributor exprs) {
        this.ctx = ctx; this.exprs = exprs; this.switches = new SwitchAttributor(ctx, exprs, this);
        exprs.switches = switches;
        this.forEach = new ForEachAttributor(ctx, exprs, this);
    }

    private Pos pos(MethodEnv env, com.github.javaparser.ast.Node n) { return Positions.start(env.file(), n); }

    // Block: { BlockStatement* }
    public Stmt.Block block(BlockStmt b, MethodEnv env) {
        env.scope().push();
        List<Stmt> out = new ArrayList<>();
        for (Statement s : b.getStatements()) statement(s, env, out);
        env.scope().pop();
        return new Stmt.Block(pos(env, b), out, Positions.end(env.file(), b));
    }

    /** A statement in a position that is not a block (a loop body, an if branch): its own scope. */
    Stmt single(Statement s, MethodEnv env) {
        env.scope().push();
        List<Stmt> out = new ArrayList<>();
        statement(s, env, out);
        env.scope().pop();
        return out.size() == 1 ? out.get(0) : new Stmt.Block(pos(env, s), out, Positions.end(env.file(), s));
    }

    // BlockStatement: LocalVariableDeclarationStatement | Statement
    void statement(Statement s, MethodEnv env, List<Stmt> out) {
        Pos p = pos(env, s);
        if (s instanceof BlockStmt b) out.add(block(b, env));
        else if (s instanceof ExpressionStmt e && e.getExpression() instanceof VariableDeclarationExpr v) localDecl(v, env, out);
        else if (s instanceof ExpressionStmt e) out.add(new Stmt.ExprStmt(p, exprs.attribute(e.getExpression(), env)));
        else if (s instanceof IfStmt i) out.add(new Stmt.If(p, exprs.condition(i.getCondition(), env), single(i.getThenStmt(), env),
                i.getElseStmt().map(e -> single(e, env)).orElse(null)));
        else if (isLoop(s)) out.add(loop(s, null, env));
        else if (s instanceof SwitchStmt sw) out.add(switches.switchStmt(sw, env));
        else if (s instanceof YieldStmt y) out.add(switches.yield(y, env));
        else if (s instanceof LabeledStmt l) out.add(labeled(l, env));
        else if (s instanceof BreakStmt b) out.add(breakStmt(b, env));
        else if (s instanceof ContinueStmt c) out.add(continueStmt(c, env));
        else if (s instanceof ReturnStmt r) out.add(returnStmt(r, env));
        else if (s instanceof EmptyStmt) out.add(new Stmt.Block(p, List.of(), p));
        else unsupported(s, env);
    }

    // LocalVariableDeclaration: [final] Type VariableDeclarator {, VariableDeclarator}
    private void localDecl(VariableDeclarationExpr v, MethodEnv env, List<Stmt> out) {
        boolean isFinal = v.isFinal();
        for (VariableDeclarator d : v.getVariables()) {
            if (d.getType().isVarType()) { out.add(LocalVarInference.declare(ctx, exprs, d, v.isFinal(), env)); continue; }
            TypeResolver.Result t = ctx.types.resolve(d.getType(), env.cls(), false);
            if (t.error() != null) {   // declared all the same, erroneous: its uses are not 'cannot find symbol' too
                ctx.error(pos(env, d.getType()), t.error());
                LocalVar var = new LocalVar(d.getNameAsString(), JType.Null.NULL, pos(env, d.getName()), isFinal);
                var.erroneous = true;
                env.scope().declare(var);
                continue;
            }
            Expr init = d.getInitializer().map(i -> exprs.assignable(i, t.type(), env)).orElse(null);
            LocalVar var = new LocalVar(d.getNameAsString(), t.type(), pos(env, d.getName()), isFinal);
            if (isFinal && init instanceof Expr.Const c && c.value() != null && !(c.value() instanceof ConstValue.EnumConst)) var.constant = c.value();
            if (!env.scope().declare(var))
                ctx.error(var.pos, "variable " + var.name + " is already defined in " + env.ownerDescription());
            out.add(new Stmt.LocalDecl(var.pos, var, init));
        }
    }

    private static boolean isLoop(Statement s) {
        return s instanceof WhileStmt || s instanceof DoStmt || s instanceof ForStmt || s instanceof ForEachStmt;
    }

    // WhileStatement | DoStatement | BasicForStatement | EnhancedForStatement, with the label of an enclosing LabeledStatement
    private Stmt loop(Statement s, String label, MethodEnv env) {
        Pos p = pos(env, s);
        JumpTarget target = new JumpTarget(JumpTarget.Kind.LOOP, label);
        if (s instanceof ForEachStmt fe) return forEach.forEach(fe, target, env);
        if (s instanceof WhileStmt w) {
            Expr cond = exprs.condition(w.getCondition(), env);
            return new Stmt.While(p, target, cond, body(w.getBody(), target, env), Positions.tokenBefore(env.file(), w.getCondition()));
        }
        if (s instanceof DoStmt d) {
            Stmt body = body(d.getBody(), target, env);
            return new Stmt.DoWhile(p, target, body, exprs.condition(d.getCondition(), env), Positions.tokenBefore(env.file(), d.getCondition()));
        }
        ForStmt f = (ForStmt) s;
        env.scope().push();
        List<Stmt> init = new ArrayList<>();
        for (Expression e : f.getInitialization()) {
            if (e instanceof VariableDeclarationExpr v) localDecl(v, env, init);
            else init.add(new Stmt.ExprStmt(pos(env, e), exprs.attribute(e, env)));
        }
        Expr cond = f.getCompare().map(c -> exprs.condition(c, env)).orElse(null);
        List<Stmt> update = new ArrayList<>();
        for (Expression e : f.getUpdate()) update.add(new Stmt.ExprStmt(pos(env, e), exprs.attribute(e, env)));
        Stmt body = body(f.getBody(), target, env);
        env.scope().pop();
        return new Stmt.For(p, target, init, cond, update, body, f.getCompare().map(c -> exprs.mark(env, c)).orElse(null));
    }

    Stmt body(Statement s, JumpTarget target, MethodEnv env) {
        env.scope().pushTarget(target);
        Stmt b = single(s, env);
        env.scope().popTarget();
        return b;
    }

    // LabeledStatement: Identifier : Statement
    private Stmt labeled(LabeledStmt l, MethodEnv env) {
        String label = l.getLabel().asString();
        Statement s = l.getStatement();
        if (isLoop(s)) return loop(s, label, env);
        JumpTarget target = new JumpTarget(JumpTarget.Kind.LABELED, label);
        return new Stmt.Labeled(pos(env, l), target, body(s, target, env));
    }

    // BreakStatement: break [Identifier] ;
    private Stmt breakStmt(BreakStmt b, MethodEnv env) {
        Pos p = pos(env, b);
        String label = b.getLabel().map(n -> n.asString()).orElse(null);
        JumpTarget t = env.scope().findTarget(label, false);
        if (t == null) ctx.error(p, label == null ? "break outside switch or loop" : "undefined label: " + label);
        else if (t.kind == JumpTarget.Kind.SWITCH_EXPR) { ctx.error(p, "attempt to break out of a switch expression"); t = null; }
        return new Stmt.Break(p, t);
    }

    // ContinueStatement: continue [Identifier] ;
    private Stmt continueStmt(ContinueStmt c, MethodEnv env) {
        Pos p = pos(env, c);
        String label = c.getLabel().map(n -> n.asString()).orElse(null);
        JumpTarget t = env.scope().findTarget(label, true);
        if (t == null) ctx.error(p, label == null ? "continue outside of loop" : "undefined label: " + label);
        else if (t.kind == JumpTarget.Kind.SWITCH_EXPR) { ctx.error(p, "attempt to continue out of a switch expression"); t = null; }
        else if (t.kind != JumpTarget.Kind.LOOP) { ctx.error(p, "not a loop label: " + label); t = null; }
        return new Stmt.Continue(p, t);
    }

    // ReturnStatement: return [Expression] ;
    private Stmt returnStmt(ReturnStmt r, MethodEnv env) {
        Pos p = pos(env, r);
        if (env.method() == null) { ctx.error(p, "return outside method"); return new Stmt.Return(p, null); }
        if (r.getExpression().isEmpty()) {
            if (env.returnType() != JType.Prim.VOID) ctx.error(p, "missing return value");   // javac: error: missing return value
            return new Stmt.Return(p, null);
        }
        if (env.returnType() == JType.Prim.VOID) {
            ctx.error(Positions.preferred(env.file(), r.getExpression().get()), "incompatible types: unexpected return value");
            return new Stmt.Return(p, null);
        }
        return new Stmt.Return(p, exprs.assignable(r.getExpression().get(), env.returnType(), env));
    }

    private void unsupported(Statement s, MethodEnv env) {
        String what;
        if (s instanceof TryStmt || s instanceof ThrowStmt) what = "exceptions";
        else if (s instanceof SynchronizedStmt) what = "synchronized";
        else if (s instanceof AssertStmt) what = "assert";
        else if (s instanceof LocalClassDeclarationStmt || s instanceof LocalRecordDeclarationStmt) what = "local classes";
        else what = s.getClass().getSimpleName();
        ctx.error(pos(env, s), "unsupported: " + what);
    }
}

package ostooc.frontend.attr;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.stmt.ForEachStmt;
import ostooc.frontend.model.ConstValue;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.TypeResolver;
import ostooc.frontend.parse.Positions;
import ostooc.frontend.tree.CmpOp;
import ostooc.frontend.tree.Expr;
import ostooc.frontend.tree.JumpTarget;
import ostooc.frontend.tree.LocalVar;
import ostooc.frontend.tree.Pos;
import ostooc.frontend.tree.Stmt;

import java.util.List;

/**
 * The enhanced {@code for} over an array (JLS 14.14.2), desugared here so that lowering only sees a
 * basic {@code for}:
 * <pre>
 *   for (T x : e) S   =>   { E[] $a = e; for (int $i = 0; $i < $a.length; $i++) { T x = $a[$i]; S } }
 * </pre>
 * {@code e} is evaluated once; {@code continue} goes to {@code $i++}. Iterables need classes (later).
 */
final class ForEachAttributor {
    private final AttrContext ctx;
    private final ExprAttributor exprs;
    private final StmtAttributor stmts;

    ForEachAttributor(AttrContext ctx, ExprAttributor exprs, StmtAttributor stmts) {
        this.ctx = ctx; this.exprs = exprs; this.stmts = stmts;
    }

    // EnhancedForStatement: for ( {VariableModifier} LocalVariableType VariableDeclaratorId : Expression ) Statement
    Stmt forEach(ForEachStmt s, JumpTarget target, MethodEnv env) {
        Pos p = Positions.start(env.file(), s.getIterable());   // javac's Lower puts the whole desugaring there: its line entries too
        Expr iterable = exprs.attribute(s.getIterable(), env);
        VariableDeclarator d = s.getVariable().getVariables().get(0);
        JType.Array arrayType = null;
        if (iterable != null && !(iterable.type() instanceof JType.Array a)) {
            ctx.error(exprs.pos(env, s.getIterable()), "for-each not applicable to expression type\n  required: array or java.lang.Iterable\n  found:    "
                    + iterable.type().javaName());
        } else if (iterable != null) {
            arrayType = (JType.Array) iterable.type();
        }
        TypeResolver.Result t = d.getType().isVarType()   // for (var x : a): the element type
                ? (arrayType == null ? TypeResolver.Result.error("") : TypeResolver.Result.ok(arrayType.element()))
                : ctx.types.resolve(d.getType(), env.cls(), false);
        if (t.error() != null && !t.error().isEmpty()) ctx.error(Positions.start(env.file(), d.getType()), t.error());
        LocalVar array = new LocalVar("$array", arrayType == null ? JType.Null.NULL : arrayType, p, false);
        LocalVar index = new LocalVar("$index", JType.Prim.INT, p, false);
        Expr element = null;
        if (arrayType != null && t.error() == null) {
            Expr read = new Expr.ArrayElem(p, arrayType.element(), local(p, array), local(p, index));
            element = ctx.boxing.assign(read, t.type());
            if (element == null) ctx.error(exprs.pos(env, s.getIterable()), Conversions.assignError(arrayType.element(), t.type()));
        }

        env.scope().push();
        LocalVar var = new LocalVar(d.getNameAsString(), t.error() == null ? t.type() : JType.Prim.INT,
                Positions.start(env.file(), d.getName()), s.getVariable().isFinal());
        if (!env.scope().declare(var))
            ctx.error(var.pos, "variable " + var.name + " is already defined in " + env.ownerDescription());
        Stmt body = stmts.body(s.getBody(), target, env);
        env.scope().pop();

        Expr cond = new Expr.Compare(p, JType.Prim.BOOLEAN, CmpOp.LT, local(p, index),
                new Expr.ArrayLength(p, JType.Prim.INT, local(p, array)));
        Expr step = new Expr.IncDec(p, JType.Prim.INT, local(p, index), true, false, null, null);
        Stmt loopBody = new Stmt.Block(p, List.of(new Stmt.LocalDecl(var.pos, var, element), body), p);
        Stmt loop = new Stmt.For(p, target, List.of(new Stmt.LocalDecl(p, index, new Expr.Const(p, JType.Prim.INT, new ConstValue.Int(0)))),
                cond, List.of(new Stmt.ExprStmt(p, step)), loopBody, p);
        return new Stmt.Block(p, List.of(new Stmt.LocalDecl(p, array, iterable), loop), Positions.end(env.file(), s));
    }

    private static Expr local(Pos p, LocalVar v) { return new Expr.Local(p, v.type, v); }
}

package ostooc.frontend.attr;

import com.github.javaparser.ast.body.VariableDeclarator;
import ostooc.frontend.model.ConstValue;
import ostooc.frontend.model.JType;
import ostooc.frontend.parse.Positions;
import ostooc.frontend.tree.Expr;
import ostooc.frontend.tree.LocalVar;
import ostooc.frontend.tree.Pos;
import ostooc.frontend.tree.Stmt;

/**
 * {@code var} for locals (JLS 14.4.1): the local's type is its initializer's type. Without generics and
 * captures that is just the attributed initializer's type; javac's refusals are reproduced:
 * <pre>
 *   var x = e;    =>   LocalDecl(x : typeof(e), e)
 * </pre>
 */
final class LocalVarInference {
    private LocalVarInference() { }

    // LocalVariableDeclaration: [final] var Identifier = Expression
    static Stmt declare(AttrContext ctx, ExprAttributor exprs, VariableDeclarator d, boolean isFinal, MethodEnv env) {
        Pos p = Positions.start(env.file(), d.getName());   // JavaParser has rejected var without an initializer, with null, {..}, in compound declarations (parse.VarProblems)
        Expr init = exprs.attribute(d.getInitializer().get(), env);
        JType type = init == null ? JType.Null.NULL : init.type();
        if (type == JType.Prim.VOID || init != null && type == JType.Null.NULL) {   // null itself: (null), b ? null : null
            ctx.error(p, "cannot infer type for local variable " + d.getNameAsString() + "\n  (variable initializer is '" + (type == JType.Prim.VOID ? "void" : "null") + "')");
            init = null;
        }
        LocalVar var = new LocalVar(d.getNameAsString(), type, p, isFinal);
        var.erroneous = init == null;
        if (isFinal && init instanceof Expr.Const c && c.value() != null && !(c.value() instanceof ConstValue.EnumConst)) var.constant = c.value();
        if (!env.scope().declare(var)) ctx.error(var.pos, "variable " + var.name + " is already defined in " + env.ownerDescription());
        return new Stmt.LocalDecl(p, var, init);
    }
}

package ostooc.frontend.attr;

import com.github.javaparser.ast.ArrayCreationLevel;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.TypeResolver;
import ostooc.frontend.parse.Positions;
import ostooc.frontend.tree.Expr;
import ostooc.frontend.tree.Pos;

import java.util.ArrayList;
import java.util.List;

/**
 * Array expressions (JLS 15.10, 15.13, 10.6, 10.7): creation with dimension lengths or an initializer,
 * element access, {@code length} and {@code clone()}. Arrays are Objects and arrays of references are
 * covariant ({@code Conversions.isSubtype}); the store check that covariance needs is in ArrayLowerer.
 */
final class ArrayAttributor {
    private final ExprAttributor exprs;
    private final AttrContext ctx;

    ArrayAttributor(ExprAttributor exprs) { this.exprs = exprs; this.ctx = exprs.ctx; }

    // ArrayCreationExpression: new Type DimExpr {DimExpr} {[]}  |  new Type [] {[]} ArrayInitializer
    Expr creation(ArrayCreationExpr a, MethodEnv env) {
        Pos p = exprs.pos(env, a);
        TypeResolver.Result elem = ctx.types.resolve(a.getElementType(), env.cls(), false);
        if (elem.error() != null) { ctx.error(Positions.start(env.file(), a.getElementType()), elem.error()); return null; }
        JType t = elem.type();
        for (int i = 0; i < a.getLevels().size(); i++) t = new JType.Array(t);
        JType.Array type = (JType.Array) t;
        if (a.getInitializer().isPresent()) {
            if (a.getLevels().stream().anyMatch(l -> l.getDimension().isPresent())) {
                ctx.error(exprs.pos(env, a.getInitializer().get()), "array creation with both dimension expression and initialization is illegal");
                return null;
            }
            return initializer(a.getInitializer().get(), type, env);
        }
        List<Expr> lengths = new ArrayList<>();
        boolean failed = false, sawEmpty = false;
        for (ArrayCreationLevel level : a.getLevels()) {
            if (level.getDimension().isEmpty()) { sawEmpty = true; continue; }
            if (sawEmpty) { ctx.error(Positions.start(env.file(), level.getDimension().get()), "']' expected"); return null; }
            Expr n = intOperand(level.getDimension().get(), env);
            failed |= n == null;
            lengths.add(n);
        }
        if (lengths.isEmpty()) { ctx.error(p, "array dimension missing"); return null; }
        return failed ? null : new Expr.NewArray(p, type, lengths);
    }

    // ArrayInitializer: { [VariableInitializer {, VariableInitializer}] [,] }  for a target of array type
    Expr initializer(ArrayInitializerExpr init, JType to, MethodEnv env) {
        Pos p = exprs.pos(env, init);
        if (!(to instanceof JType.Array type)) { ctx.error(p, "illegal initializer for " + to.javaName()); return null; }
        List<Expr> elements = new ArrayList<>();
        boolean failed = false;
        for (Expression e : init.getValues()) {
            Expr x = e instanceof ArrayInitializerExpr nested ? initializer(nested, type.element(), env)
                    : exprs.assignable(e, type.element(), env);
            failed |= x == null;
            elements.add(x);
        }
        return failed ? null : new Expr.ArrayLiteral(p, type, elements);
    }

    // ArrayAccess: ExpressionName [ Expression ] | PrimaryNoNewArray [ Expression ]
    Expr access(ArrayAccessExpr a, MethodEnv env) {
        Pos p = exprs.pos(env, a);
        Expr array = exprs.attribute(a.getName(), env);
        Expr index = intOperand(a.getIndex(), env);
        if (array == null || index == null) return null;
        if (!(array.type() instanceof JType.Array t)) {
            ctx.error(p, "array required, but " + array.type().javaName() + " found");
            return null;
        }
        return new Expr.ArrayElem(p, t.element(), array, index);
    }

    /** {@code a.length} on an array-typed {@code array}. */
    Expr length(Pos p, Expr array) { return new Expr.ArrayLength(p, JType.Prim.INT, array); }

    /** {@code a.clone()} on an array-typed {@code array} (JLS 10.7: the result has the array's type). */
    Expr cloneOf(Pos p, Expr array) { return new Expr.ArrayClone(p, array.type(), array); }

    /** A dimension or an index: unary numeric promotion, then it must be an int (JLS 15.10.1, 15.13). */
    private Expr intOperand(Expression e, MethodEnv env) {
        Expr x = Boxing.unboxed(exprs.attribute(e, env));   // unary numeric promotion unboxes (JLS 5.6.1)
        if (x == null) return null;
        if (JType.isNumeric(x.type())) x = Conversions.convert(x, Conversions.unaryPromoted(x.type()));
        if (x.type() != JType.Prim.INT) {
            ctx.error(exprs.pos(env, e), Conversions.assignError(x.type(), JType.Prim.INT));
            return null;
        }
        return x;
    }
}

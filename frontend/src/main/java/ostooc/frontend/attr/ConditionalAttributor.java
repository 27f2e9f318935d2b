package ostooc.frontend.attr;

import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import ostooc.frontend.model.ConstValue;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.JType.Prim;
import ostooc.frontend.tree.Expr;
import ostooc.frontend.tree.Pos;

import java.util.List;

/**
 * {@code cond ? a : b} (JLS 15.25). Its kind comes from its operands: boolean when both are boolean or Boolean,
 * numeric when both are numeric or boxes of numbers, else a reference conditional (nested conditionals
 * classified the same way).
 * <ul>
 * <li>A reference conditional in an assignment context (initializer, assignment, return, array initializer) is a
 *     poly expression (15.25.3): the target type reaches each operand, which must convert to it
 *     ({@code I i = b ? new A() : new B();}), with javac's {@code bad type in conditional expression} at the
 *     operand that does not; its type is the target's.
 * <li>Elsewhere it is standalone: its type is {@code lub(A, B)} ({@link Lub}), the other operand's type when one
 *     is {@code null}. In an invocation context javac makes it a poly expression too; typing it by lub accepts
 *     the same calls (lub(A, B) converts to T exactly when A and B both do), with other messages for the rest.
 * <li>Boolean and numeric conditionals are standalone: of the operands' type when they have the same one (two
 *     Integers: an Integer), else unboxed (JLS 15.25.2: {@code b ? integerBox : 0} is an int, and a null box a
 *     NullPointerException), then binary numeric promotion with the byte/short/char rules.
 * <li>A primitive operand of a reference conditional is boxed ({@code b ? 1 : "x"} is lub(Integer, String)).
 * </ul>
 */
final class ConditionalAttributor {
    private final ExprAttributor exprs;
    private final AttrContext ctx;
    private final Lub lub;

    ConditionalAttributor(ExprAttributor exprs) {
        this.exprs = exprs;
        this.ctx = exprs.ctx;
        this.lub = new Lub(ctx.model);
    }

    /** An operand attributed once; a nested conditional keeps its parts, so a target type can still reach its operands. */
    private sealed interface Operand permits Leaf, Nested { }
    private record Leaf(Expr e) implements Operand { }
    /** The marks are javac's line-number positions of the three operands ({@code lower.LineMarks}). */
    private record Nested(Pos pos, Expr cond, Operand then, Operand otherwise, Pos condMark, Pos thenMark, Pos otherwiseMark) implements Operand { }

    /** NULL: a null literal, or conditionals of null literals only. */
    private enum Kind { BOOLEAN, NUMERIC, REFERENCE, NULL }

    /** A standalone conditional. */
    Expr standalone(ConditionalExpr c, MethodEnv env) {
        Nested n = parts(c, env);
        return n == null ? null : standalone(n);
    }

    /** A conditional in an assignment context with target type {@code to}, converted to it; null after an error. */
    Expr assignable(ConditionalExpr c, JType to, MethodEnv env) {
        Nested n = parts(c, env);
        if (n == null) return null;
        if (isReference(n)) return toTarget(n, to, 0);
        Expr x = standalone(n);
        if (x == null) return null;
        Expr converted = ctx.boxing.assign(x, to);
        if (converted == null) ctx.error(x.pos(), Conversions.assignError(x.type(), to));
        return converted;
    }

    // ConditionalExpression: ConditionalOrExpression ? Expression : (ConditionalExpression | LambdaExpression)
    private Nested parts(ConditionalExpr c, MethodEnv env) {
        Pos p = exprs.pos(env, c);
        Expr cond = exprs.condition(c.getCondition(), env);
        Operand a = operand(c.getThenExpr(), env), b = operand(c.getElseExpr(), env);
        return cond == null || a == null || b == null ? null : new Nested(p, cond, a, b,
                exprs.mark(env, c.getCondition()), exprs.mark(env, c.getThenExpr()), exprs.mark(env, c.getElseExpr()));
    }

    private Operand operand(Expression e, MethodEnv env) {
        Expression inner = e;
        while (inner instanceof EnclosedExpr p) inner = p.getInner();
        if (inner instanceof ConditionalExpr c) return parts(c, env);
        Expr x = exprs.attribute(e, env);
        return x == null ? null : new Leaf(x);
    }

    /**
     * The kind of a conditional operand as javac classifies it (Attr.isBooleanOrNumeric): a {@code null} literal is
     * neither, so it takes the kind of the other operand ({@code b ? null : longBox} is a numeric conditional, of
     * type Long by 15.25's table; javac counts the null literal in, where JLS 15.25 would make it a reference one).
     */
    private static Kind kind(Operand o) {
        if (o instanceof Leaf l) {
            if (l.e.type() == JType.Null.NULL) return Kind.NULL;
            JType t = Boxing.primitiveOf(l.e.type());
            return t == Prim.BOOLEAN ? Kind.BOOLEAN : t != null && JType.isNumeric(t) ? Kind.NUMERIC : Kind.REFERENCE;
        }
        Nested n = (Nested) o;
        Kind a = kind(n.then), b = kind(n.otherwise);
        return a == b ? a : a == Kind.NULL ? b : b == Kind.NULL ? a : Kind.REFERENCE;
    }

    /** A reference conditional: a poly expression in an assignment context (two nulls are one too). */
    private static boolean isReference(Operand o) { Kind k = kind(o); return k == Kind.REFERENCE || k == Kind.NULL; }

    /** The operands of a poly reference conditional, each converted to {@code to}; {@code depth}: conditionals around {@code o}. */
    private Expr toTarget(Operand o, JType to, int depth) {
        if (o instanceof Nested n && isReference(n)) {
            Expr a = toTarget(n.then, to, depth + 1), b = toTarget(n.otherwise, to, depth + 1);
            return a == null || b == null ? null : Folding.fold(new Expr.Conditional(n.pos, to, n.cond, a, b, n.condMark, n.thenMark, n.otherwiseMark));
        }
        Expr x = o instanceof Leaf l ? l.e : standalone((Nested) o);
        if (x == null) return null;
        Expr converted = ctx.boxing.assign(x, to);
        if (converted == null) ctx.error(x.pos(), Conversions.badType("conditional", depth, x.type(), to));
        return converted;
    }

    private Expr standalone(Nested n) {
        Expr a = n.then instanceof Leaf l ? l.e : standalone((Nested) n.then);
        Expr b = n.otherwise instanceof Leaf l ? l.e : standalone((Nested) n.otherwise);
        if (a == null || b == null) return null;
        if (!a.type().equals(b.type())) {
            boolean bothPrimitive = Boxing.primitiveOf(a.type()) != null && Boxing.primitiveOf(b.type()) != null;
            if (!isReference(n) && bothPrimitive) { a = Boxing.unboxed(a); b = Boxing.unboxed(b); }   // mixed boxes and primitives: unboxed
            else {   // a primitive operand of a reference conditional is boxed
                if (a.type() instanceof Prim && ctx.boxing.boxType(a.type()) != null) a = ctx.boxing.box(a);
                if (b.type() instanceof Prim && ctx.boxing.boxType(b.type()) != null) b = ctx.boxing.box(b);
            }
        }
        JType t = type(n.pos, a, b);
        if (t == null) return null;
        return Folding.fold(new Expr.Conditional(n.pos, t, n.cond, Conversions.convert(a, t), Conversions.convert(b, t),
                n.condMark, n.thenMark, n.otherwiseMark));
    }

    /** The type of a standalone conditional of {@code a} and {@code b}; null after reporting why there is none. */
    private JType type(Pos p, Expr a, Expr b) {
        JType at = a.type(), bt = b.type();
        if (at != Prim.VOID && bt != Prim.VOID) {
            if (at.equals(bt)) return at;
            if (JType.isNumeric(at) && JType.isNumeric(bt)) return numeric(a, b);
            if (at == JType.Null.NULL && JType.isNullable(bt)) return bt;
            if (bt == JType.Null.NULL && JType.isNullable(at)) return at;
            if (JType.isNullable(at) && JType.isNullable(bt)) {
                Lub.Result r = lub.of(List.of(at, bt));
                if (r.unsupported() != null) ctx.error(p, r.unsupported());
                return r.type();
            }
        }
        ctx.error(p, "incompatible types: bad type in conditional expression\n    " + bt.javaName() + " cannot be converted to " + at.javaName());
        return null;
    }

    // JLS 15.25.2, without boxing
    private static JType numeric(Expr a, Expr b) {
        JType at = a.type(), bt = b.type();
        if ((at == Prim.BYTE && bt == Prim.SHORT) || (at == Prim.SHORT && bt == Prim.BYTE)) return Prim.SHORT;
        if (fitsConstant(b, at)) return at;   // byte/short/char vs an int constant that fits
        if (fitsConstant(a, bt)) return bt;
        return Conversions.binaryPromoted(at, bt);
    }

    private static boolean fitsConstant(Expr e, JType t) {
        return (t == Prim.BYTE || t == Prim.SHORT || t == Prim.CHAR) && e.type() == Prim.INT
                && e instanceof Expr.Const c && c.value() instanceof ConstValue.Int i && ConstFolder.convert(t, i.value()) == i.value();
    }
}

package ostooc.frontend.attr;

import ostooc.frontend.model.ConstValue;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.JType.Prim;
import ostooc.frontend.tree.Expr;

/**
 * Java's conversions (JLS 5) made explicit as {@link Expr.Convert} nodes: widening and narrowing
 * primitive conversions, assignment conversion (with the implicit narrowing of constants), method
 * invocation conversion, casting, and unary/binary numeric promotion. Conversions of constants fold.
 */
public final class Conversions {
    private Conversions() { }

    /** JLS 5.1.2 widening primitive conversion, 5.1.5 widening reference conversion (upcasts), or identity. */
    public static boolean isWidening(JType from, JType to) {
        if (from.equals(to)) return true;
        if (JType.isNullable(from) && JType.isNullable(to)) return isSubtype(from, to);
        if (!(from instanceof Prim f) || !(to instanceof Prim t) || !f.isNumeric() || !t.isNumeric()) return false;
        if (t == Prim.DOUBLE) return true;                      // every numeric type widens to double
        if (t == Prim.FLOAT) return f != Prim.DOUBLE;           // int and long to float may round (JLS 5.1.2)
        return switch (f) {
            case BYTE -> t == Prim.SHORT || t == Prim.INT || t == Prim.LONG;
            case SHORT, CHAR -> t == Prim.INT || t == Prim.LONG;
            case INT -> t == Prim.LONG;
            default -> false;
        };
    }

    /** Method invocation conversion (JLS 5.3, strict and loose without boxing). */
    public static boolean isInvocationConvertible(JType from, JType to) {
        if (isWidening(from, to)) return true;
        return from == JType.Null.NULL && JType.isNullable(to);
    }

    /** Emits {@code (to) e}; identity returns {@code e}; constants fold. Caller has checked legality. */
    public static Expr convert(Expr e, JType to) {
        if (e.type().equals(to)) return e;
        if (e.type() == JType.Null.NULL) return new Expr.Const(e.pos(), to, null);
        if (e instanceof Expr.Const c && (c.value() instanceof ConstValue.Int || c.value() instanceof ConstValue.Real) && to instanceof Prim)
            return new Expr.Const(e.pos(), to, FloatFolder.convert(c.value(), e.type(), to));
        return new Expr.Convert(e.pos(), to, e);
    }

    /**
     * Assignment conversion (JLS 5.2) of {@code e} to {@code to}: widening, or narrowing of an int-like
     * constant that fits a byte/short/char target. Returns null when not allowed (see {@link #assignError}).
     */
    public static Expr assign(Expr e, JType to) {
        JType from = e.type();
        if (isInvocationConvertible(from, to)) return convert(e, to);
        if (e instanceof Expr.Const c && c.value() instanceof ConstValue.Int i && from instanceof Prim f
                && (f == Prim.INT || f == Prim.SHORT || f == Prim.CHAR || f == Prim.BYTE)
                && (to == Prim.BYTE || to == Prim.SHORT || to == Prim.CHAR)
                && ConstFolder.convert(to, i.value()) == i.value()) {
            return convert(e, to);
        }
        return null;
    }

    /** javac's message for a failed assignment conversion. */
    public static String assignError(JType from, JType to) { return badType(null, 0, from, to); }

    /**
     * javac's message for an operand of a poly conditional or switch expression ({@code what}: "conditional",
     * "switch") that does not convert to the target; null {@code what}: a plain assignment. {@code depth}: how deep
     * the operand is in nested poly conditionals (1: an operand of the outermost), one more line each:
     * <pre>
     *   incompatible types: bad type in conditional expression
     *       bad type in conditional expression
     *         B cannot be converted to T
     * </pre>
     */
    public static String badType(String what, int depth, JType from, JType to) {
        TypeNames n = new TypeNames();
        String detail = JType.isNumeric(from) && JType.isNumeric(to) ? "possible lossy conversion from " + from.javaName() + " to " + to.javaName()
                : n.of(from) + " cannot be converted to " + n.of(to);
        if (what == null) return n.where("incompatible types: " + detail);
        StringBuilder sb = new StringBuilder("incompatible types: bad type in " + what + " expression");
        for (int d = 2; d <= depth; d++) sb.append('\n').append(" ".repeat(2 + 2 * (d - 1))).append("bad type in ").append(what).append(" expression");
        return n.where(sb.append('\n').append(" ".repeat(2 + 2 * depth)).append(detail).toString());
    }

    /**
     * Subtyping among reference types (JLS 4.10.2, 4.10.3): every reference type is an Object;
     * classes and interfaces by their superclasses and superinterfaces; {@code S[] <: T[]} when S and T are
     * reference types and {@code S <: T} (covariance: stores into such arrays are checked, ArrayStoreException);
     * primitive arrays only to themselves; an intersection is below each of its components and above what is
     * below all of them. The runtime's enums (a {@code JType.Ref} without a class) are Enums.
     */
    public static boolean isSubtype(JType from, JType to) {
        if (from.equals(to) || to instanceof JType.Ref t && t.binaryName().equals(JType.OBJECT_NAME)) return true;
        if (to instanceof JType.Intersection t) return t.components().stream().allMatch(c -> isSubtype(from, c));
        if (from instanceof JType.Intersection f) return f.components().stream().anyMatch(c -> isSubtype(c, to));
        if (from instanceof JType.Array f && to instanceof JType.Array t)
            return JType.isNullable(f.element()) && JType.isNullable(t.element()) && isSubtype(f.element(), t.element());
        if (from instanceof JType.Ref f && f.cls() == null && !JType.isString(f) && to instanceof JType.Ref t)
            return t.binaryName().equals(ostooc.frontend.model.EnumModel.ENUM);
        return from instanceof JType.Ref f && to instanceof JType.Ref t && f.cls() != null && t.cls() != null && f.cls().isSubtypeOf(t.cls());
    }

    /**
     * Casting conversion (JLS 5.5): numeric to numeric, boolean to boolean, between references as
     * {@link CastRules} says (boxing and unboxing casts are not in the subset).
     */
    public static boolean isCastable(JType from, JType to) {
        if (from.equals(to)) return true;
        if (JType.isReference(from) && JType.isNullable(to)) return CastRules.isCastable(from, to);
        return JType.isNumeric(from) && JType.isNumeric(to);
    }

    /** Unary numeric promotion (JLS 5.6): byte, short, char to int. */
    public static JType unaryPromoted(JType t) {
        return t == Prim.BYTE || t == Prim.SHORT || t == Prim.CHAR ? Prim.INT : t;
    }

    /** Binary numeric promotion (JLS 5.6): double, else float, else long if either is one, else int. */
    public static JType binaryPromoted(JType a, JType b) {
        if (a == Prim.DOUBLE || b == Prim.DOUBLE) return Prim.DOUBLE;
        if (a == Prim.FLOAT || b == Prim.FLOAT) return Prim.FLOAT;
        return a == Prim.LONG || b == Prim.LONG ? Prim.LONG : Prim.INT;
    }
}

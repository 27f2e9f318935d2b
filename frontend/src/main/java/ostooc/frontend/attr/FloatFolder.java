package ostooc.frontend.attr;

import ostooc.frontend.model.ConstValue;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.JType.Prim;
import ostooc.frontend.tree.Expr;

/**
 * Constant folding of float and double expressions (JLS 15.29) and of primitive conversions involving them.
 * The host JVM computes with exactly Java's semantics (FP-strict since Java 17), so each operation is the
 * host's own operator in the operation's type: a float operation is done on {@code float}s, never in double
 * and rounded afterwards. Division by zero is a constant (an infinity or NaN); {@code %} is Java's fmod.
 */
final class FloatFolder {
    private FloatFolder() { }

    /** {@code e} folded when it is a float/double operator node with constant operands; otherwise {@code e}. */
    static Expr fold(Expr e) {
        if (e instanceof Expr.Unary u && JType.isFloating(u.type()) && real(u.operand()) != null)
            return constant(e, u.type() == Prim.FLOAT ? (double) -(float) (double) real(u.operand()) : -real(u.operand()));
        if (e instanceof Expr.Binary b && JType.isFloating(b.type()) && real(b.left()) != null && real(b.right()) != null)
            return constant(e, binary(b, real(b.left()), real(b.right())));
        if (e instanceof Expr.Compare c && real(c.left()) != null && real(c.right()) != null) {
            double x = real(c.left()), y = real(c.right());   // float values compare exactly as doubles
            boolean r = switch (c.op()) {
                case EQ -> x == y; case NE -> x != y; case LT -> x < y; case LE -> x <= y; case GT -> x > y; case GE -> x >= y;
            };
            return new Expr.Const(e.pos(), e.type(), new ConstValue.Int(r ? 1 : 0));
        }
        return e;
    }

    private static double binary(Expr.Binary b, double x, double y) {
        if (b.type() == Prim.FLOAT) {
            float fx = (float) x, fy = (float) y;
            return switch (b.op()) {
                case ADD -> fx + fy; case SUB -> fx - fy; case MUL -> fx * fy; case DIV -> fx / fy; case REM -> fx % fy;
                default -> throw new IllegalStateException("float " + b.op());
            };
        }
        return switch (b.op()) {
            case ADD -> x + y; case SUB -> x - y; case MUL -> x * y; case DIV -> x / y; case REM -> x % y;
            default -> throw new IllegalStateException("double " + b.op());
        };
    }

    /** The constant {@code v} of type {@code from} converted to {@code to} (JLS 5.1.2, 5.1.3: saturating, NaN to 0). */
    static ConstValue convert(ConstValue v, JType from, JType to) {
        if (v instanceof ConstValue.Int i) {
            if (to == Prim.FLOAT) return new ConstValue.Real(from == Prim.LONG ? (float) i.value() : (float) (int) i.value());
            if (to == Prim.DOUBLE) return new ConstValue.Real((double) i.value());
            return new ConstValue.Int(ConstFolder.convert(to, i.value()));
        }
        double d = ((ConstValue.Real) v).value();
        return switch ((Prim) to) {
            case FLOAT -> new ConstValue.Real((float) d);
            case DOUBLE -> new ConstValue.Real(d);
            case LONG -> new ConstValue.Int((long) d);
            default -> new ConstValue.Int(ConstFolder.convert(to, (int) d));   // to byte/short/char via int, as the JVM does
        };
    }

    private static Double real(Expr e) {
        return e instanceof Expr.Const c && c.value() instanceof ConstValue.Real r ? r.value() : null;
    }

    /**
     * A folded constant. A NaN is the canonical one ({@code 0x7ff8000000000000}): javac writes constants to the
     * class file through {@code doubleToLongBits}, so the JVM sees {@code 0.0 / 0.0} (and {@code Double.NaN}, which
     * the JDK defines so) as that NaN, not as the x86 division's negative one.
     */
    private static Expr constant(Expr at, double v) { return new Expr.Const(at.pos(), at.type(), new ConstValue.Real(v != v ? Double.NaN : v)); }
}

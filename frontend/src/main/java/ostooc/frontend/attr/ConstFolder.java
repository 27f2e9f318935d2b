package ostooc.frontend.attr;

import ostooc.frontend.model.JType;
import ostooc.frontend.tree.BinOp;
import ostooc.frontend.tree.CmpOp;
import ostooc.frontend.tree.UnOp;

/**
 * Constant folding with exactly Java's semantics (JLS 15.29 constant expressions): int arithmetic wraps
 * at 32 bits, long at 64, shifts mask their count by the promoted left type, {@code /} and {@code %}
 * truncate toward zero ({@code MIN_VALUE / -1 == MIN_VALUE}). Division by zero is not a constant
 * expression (it throws at run time), so it returns null. Values are longs normalised to their type.
 */
public final class ConstFolder {
    private ConstFolder() { }

    /** {@code a op b} in the promoted type {@code t} (INT, LONG, or BOOLEAN for & | ^); null when not constant. */
    public static Long binary(BinOp op, JType t, long a, long b) {
        if (t == JType.Prim.LONG) {
            return switch (op) {
                case ADD -> a + b; case SUB -> a - b; case MUL -> a * b;
                case DIV -> b == 0 ? null : a / b;
                case REM -> b == 0 ? null : a % b;
                case AND -> a & b; case OR -> a | b; case XOR -> a ^ b;
                case SHL -> a << b; case SHR -> a >> b; case USHR -> a >>> b;
            };
        }
        int x = (int) a, y = (int) b;
        Integer r = switch (op) {
            case ADD -> x + y; case SUB -> x - y; case MUL -> x * y;
            case DIV -> y == 0 ? null : x / y;
            case REM -> y == 0 ? null : x % y;
            case AND -> x & y; case OR -> x | y; case XOR -> x ^ y;
            case SHL -> x << y; case SHR -> x >> y; case USHR -> x >>> y;
        };
        return r == null ? null : (long) r;
    }

    /** {@code op a} in the promoted type. */
    public static long unary(UnOp op, JType t, long a) {
        boolean wide = t == JType.Prim.LONG;
        return switch (op) {
            case NEG -> wide ? -a : (long) -(int) a;
            case BITNOT -> wide ? ~a : (long) ~(int) a;
            case NOT -> a == 0 ? 1 : 0;
        };
    }

    /** Comparison of two normalised values of one type (signed order). */
    public static long compare(CmpOp op, long a, long b) {
        boolean r = switch (op) {
            case EQ -> a == b; case NE -> a != b; case LT -> a < b; case LE -> a <= b; case GT -> a > b; case GE -> a >= b;
        };
        return r ? 1 : 0;
    }

    /** A primitive conversion of a normalised value to {@code to}. */
    public static long convert(JType to, long v) {
        if (!(to instanceof JType.Prim p)) return v;
        return switch (p) {
            case BYTE -> (byte) v;
            case SHORT -> (short) v;
            case CHAR -> (char) v;
            case INT -> (int) v;
            case LONG, BOOLEAN, VOID, FLOAT, DOUBLE -> v;   // floats convert in FloatFolder
        };
    }

    /** Java's {@code String.valueOf} of a normalised constant of type {@code t} (for folded concatenation). */
    public static String toJavaString(JType t, long v) {
        if (t == JType.Prim.BOOLEAN) return v != 0 ? "true" : "false";
        if (t == JType.Prim.CHAR) return String.valueOf((char) v);
        return Long.toString(v);
    }
}

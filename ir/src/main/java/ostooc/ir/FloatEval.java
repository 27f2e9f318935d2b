package ostooc.ir;

/**
 * The meaning of the floating-point opcodes on bit patterns, computed with Java's own float and double
 * arithmetic, which makes the IR interpreter the reference for the back end. Values are held in a long
 * as {@link Eval} holds integers: f64 as its raw bits, f32 as its raw int bits sign-extended (so BITCAST
 * is the identity on the held value).
 */
public final class FloatEval {
    private FloatEval() { }

    public static double f64(long bits) { return Double.longBitsToDouble(bits); }
    public static float f32(long bits) { return Float.intBitsToFloat((int) bits); }
    public static long bits(double v) { return Double.doubleToRawLongBits(v); }
    public static long bits(float v) { return Float.floatToRawIntBits(v); }

    /** The held value of constant {@code v} at type {@code t}. */
    public static long constant(Type t, double v) { return t == Type.F32 ? bits((float) v) : bits(v); }

    public static Long binary(Op op, Type t, long a, long b) {
        if (t == Type.F32) {
            float x = f32(a), y = f32(b);
            return switch (op) {
                case FADD -> bits(x + y); case FSUB -> bits(x - y); case FMUL -> bits(x * y);
                case FDIV -> bits(x / y); case FREM -> bits(x % y);
                default -> null;
            };
        }
        double x = f64(a), y = f64(b);
        return switch (op) {
            case FADD -> bits(x + y); case FSUB -> bits(x - y); case FMUL -> bits(x * y);
            case FDIV -> bits(x / y); case FREM -> bits(x % y);
            default -> null;
        };
    }

    /** Unary float opcodes and conversions from type {@code from} to type {@code to}; null for others. */
    public static Long unary(Op op, Type to, Type from, long a) {
        return switch (op) {
            case FNEG -> to == Type.F32 ? bits(-f32(a)) : bits(-f64(a));
            case FSQRT -> to == Type.F32 ? bits((float) Math.sqrt(f32(a))) : bits(Math.sqrt(f64(a)));
            case SITOFP -> to == Type.F32 ? bits((float) a) : bits((double) a);   // i32 is held sign-extended
            case FPTOSI -> {
                double v = from == Type.F32 ? f32(a) : f64(a);               // float -> double is exact
                yield to == Type.I32 ? (long) (int) v : (long) v;           // Java's casts saturate
            }
            case FPEXT -> bits((double) f32(a));
            case FPTRUNC -> bits((float) f64(a));
            case BITCAST -> a;
            default -> null;
        };
    }

    public static long compare(Cond c, Type t, long a, long b) {
        double x = t == Type.F32 ? f32(a) : f64(a), y = t == Type.F32 ? f32(b) : f64(b);
        boolean r = switch (c) {
            case EQ -> x == y; case NE -> x != y; case LT -> x < y; case LE -> x <= y; case GT -> x > y; case GE -> x >= y;
            default -> throw new IllegalArgumentException("fcmp has no unsigned condition " + c.text());
        };
        return r ? 1 : 0;
    }

    /** True for the conditions FCMP accepts. */
    public static boolean isFloatCond(Cond c) {
        return c == Cond.EQ || c == Cond.NE || c == Cond.LT || c == Cond.LE || c == Cond.GT || c == Cond.GE;
    }
}

package ostooc.ir;

/**
 * The meaning of pure integer opcodes on constants, with Java semantics (see {@link Op}). Used by the
 * canonicalizer and by the IR interpreter in tests. Values of type i32 are kept sign-extended in a long.
 */
public final class Eval {
    private Eval() { }

    public static Long binary(Op op, Type t, long a, long b) {
        boolean wide = t == Type.I64;
        if (!wide) { a = (int) a; b = (int) b; }
        long r;
        switch (op) {
            case ADD: r = a + b; break;
            case SUB: r = a - b; break;
            case MUL: r = a * b; break;
            case SDIV: r = b == 0 ? 0 : wide ? a / b : (int) a / (int) b; break;
            case SREM: r = b == 0 ? 0 : wide ? a % b : (int) a % (int) b; break;
            case AND: r = a & b; break;
            case OR: r = a | b; break;
            case XOR: r = a ^ b; break;
            case SHL: r = wide ? a << b : (int) a << b; break;
            case SAR: r = wide ? a >> b : (int) a >> b; break;
            case SHR: r = wide ? a >>> b : (int) a >>> b; break;
            default: return null;
        }
        return wide ? r : (long) (int) r;
    }

    public static Long unary(Op op, Type t, long a) {
        switch (op) {
            case NEG: return t == Type.I64 ? -a : (long) (-(int) a);
            case SEXT: return (long) (int) a;
            case ZEXT: return a & 0xFFFF_FFFFL;
            case TRUNC: return (long) (int) a;
            case SX8: return (long) (byte) a;
            case ZX8: return a & 0xFF;
            case SX16: return (long) (short) a;
            case ZX16: return (long) (char) a;
            default: return null;
        }
    }

    public static long compare(Cond c, Type t, long a, long b) {
        if (t == Type.I32) {
            if (c == Cond.ULT || c == Cond.ULE || c == Cond.UGT || c == Cond.UGE) { a &= 0xFFFF_FFFFL; b &= 0xFFFF_FFFFL; }
            else { a = (int) a; b = (int) b; }
        }
        return c.holds(a, b) ? 1 : 0;
    }
}

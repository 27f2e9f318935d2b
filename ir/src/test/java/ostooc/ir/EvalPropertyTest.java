package ostooc.ir;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigInteger;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Eval and the Canonicalizer against Java arithmetic written independently (BigInteger wrap-around,
 * explicit shift masks, the documented total division), on edge values: MIN, MAX, 0, -1 and shift
 * counts at and beyond the width.
 */
class EvalPropertyTest {
    private static final Op[] BINARY = {Op.ADD, Op.SUB, Op.MUL, Op.SDIV, Op.SREM, Op.AND, Op.OR, Op.XOR, Op.SHL, Op.SAR, Op.SHR};

    @Provide Arbitrary<Integer> ints() {
        return Arbitraries.oneOf(Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1, 1, 31, 32, 33, 63, 64, 65, -32), Arbitraries.integers());
    }

    @Provide Arbitrary<Long> longs() {
        return Arbitraries.oneOf(Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L, 1L, 63L, 64L, (long) Integer.MIN_VALUE, 0xFFFF_FFFFL), Arbitraries.longs());
    }

    @Provide Arbitrary<Op> binaryOps() { return Arbitraries.of(BINARY); }

    /** Java's meaning of {@code a op b} at 32 bits, computed without sharing code with Eval. */
    static int javaInt(Op op, int a, int b) {
        BigInteger x = BigInteger.valueOf(a), y = BigInteger.valueOf(b);
        return switch (op) {
            case ADD -> x.add(y).intValue();
            case SUB -> x.subtract(y).intValue();
            case MUL -> x.multiply(y).intValue();
            case SDIV -> b == 0 ? 0 : a == Integer.MIN_VALUE && b == -1 ? Integer.MIN_VALUE : x.divide(y).intValue();
            case SREM -> b == 0 ? 0 : x.remainder(y).intValue();
            case AND -> a & b;
            case OR -> a | b;
            case XOR -> a ^ b;
            case SHL -> x.shiftLeft(b & 31).intValue();
            case SAR -> x.shiftRight(b & 31).intValue();
            case SHR -> BigInteger.valueOf(a & 0xFFFF_FFFFL).shiftRight(b & 31).intValue();
            default -> throw new IllegalArgumentException(op.text());
        };
    }

    static long javaLong(Op op, long a, long b) {
        BigInteger x = BigInteger.valueOf(a), y = BigInteger.valueOf(b);
        BigInteger unsignedA = x.signum() < 0 ? x.add(BigInteger.ONE.shiftLeft(64)) : x;
        return switch (op) {
            case ADD -> x.add(y).longValue();
            case SUB -> x.subtract(y).longValue();
            case MUL -> x.multiply(y).longValue();
            case SDIV -> b == 0 ? 0 : a == Long.MIN_VALUE && b == -1 ? Long.MIN_VALUE : x.divide(y).longValue();
            case SREM -> b == 0 ? 0 : x.remainder(y).longValue();
            case AND -> a & b;
            case OR -> a | b;
            case XOR -> a ^ b;
            case SHL -> x.shiftLeft((int) (b & 63)).longValue();
            case SAR -> x.shiftRight((int) (b & 63)).longValue();
            case SHR -> unsignedA.shiftRight((int) (b & 63)).longValue();
            default -> throw new IllegalArgumentException(op.text());
        };
    }

    @Property(tries = 2000)
    void i32ArithmeticIsJavas(@ForAll("binaryOps") Op op, @ForAll("ints") int a, @ForAll("ints") int b) {
        assertEquals((long) javaInt(op, a, b), Eval.binary(op, Type.I32, a, b));
    }

    @Property(tries = 2000)
    void i64ArithmeticIsJavas(@ForAll("binaryOps") Op op, @ForAll("longs") long a, @ForAll("longs") long b, @ForAll("ints") int count) {
        boolean shift = op == Op.SHL || op == Op.SAR || op == Op.SHR;
        long right = shift ? count : b;          // an i64 shift's count is an i32
        assertEquals(javaLong(op, a, right), Eval.binary(op, Type.I64, a, right));
    }

    @Property(tries = 1000)
    void conversionsAreJavas(@ForAll("ints") int a, @ForAll("longs") long l) {
        assertEquals((long) a, Eval.unary(Op.SEXT, Type.I64, a));
        assertEquals(Integer.toUnsignedLong(a), Eval.unary(Op.ZEXT, Type.I64, a));
        assertEquals((long) (int) l, Eval.unary(Op.TRUNC, Type.I32, l));
        assertEquals((long) (byte) a, Eval.unary(Op.SX8, Type.I32, a));
        assertEquals((long) (a & 0xFF), Eval.unary(Op.ZX8, Type.I32, a));
        assertEquals((long) (short) a, Eval.unary(Op.SX16, Type.I32, a));
        assertEquals((long) (char) a, Eval.unary(Op.ZX16, Type.I32, a));
        assertEquals((long) -a, Eval.unary(Op.NEG, Type.I32, a));
        assertEquals(-l, Eval.unary(Op.NEG, Type.I64, l));
    }

    @Property(tries = 1000)
    void comparisonsAreJavas(@ForAll("ints") int a, @ForAll("ints") int b, @ForAll("longs") long x, @ForAll("longs") long y) {
        for (Cond c : Cond.values()) {
            boolean i32 = switch (c) {
                case EQ -> a == b; case NE -> a != b; case LT -> a < b; case LE -> a <= b; case GT -> a > b; case GE -> a >= b;
                case ULT -> Integer.compareUnsigned(a, b) < 0; case ULE -> Integer.compareUnsigned(a, b) <= 0;
                case UGT -> Integer.compareUnsigned(a, b) > 0; case UGE -> Integer.compareUnsigned(a, b) >= 0;
            };
            boolean i64 = switch (c) {
                case EQ -> x == y; case NE -> x != y; case LT -> x < y; case LE -> x <= y; case GT -> x > y; case GE -> x >= y;
                case ULT -> Long.compareUnsigned(x, y) < 0; case ULE -> Long.compareUnsigned(x, y) <= 0;
                case UGT -> Long.compareUnsigned(x, y) > 0; case UGE -> Long.compareUnsigned(x, y) >= 0;
            };
            assertEquals(i32 ? 1L : 0L, Eval.compare(c, Type.I32, a, b), c.text());
            assertEquals(i64 ? 1L : 0L, Eval.compare(c, Type.I64, x, y), c.text());
            assertEquals(Eval.compare(c.negate(), Type.I32, a, b), 1 - Eval.compare(c, Type.I32, a, b), "negate " + c.text());
            assertEquals(Eval.compare(c.swap(), Type.I32, b, a), Eval.compare(c, Type.I32, a, b), "swap " + c.text());
        }
    }

    private static Instr value(Type t) { return new Instr(Op.PARAM, t, List.of()); }

    private static Instr constant(Type t, long v) {
        Instr c = new Instr(Op.ICONST, t, List.of());
        c.imm = v;
        return c;
    }

    /** Whatever the canonicalizer answers for {@code x op k} (or {@code k op x}) must mean what Eval says. */
    @Property(tries = 3000)
    void canonicalizerAgreesWithEval(@ForAll("binaryOps") Op op, @ForAll boolean wide, @ForAll boolean constantLeft,
                                     @ForAll("longs") long x, @ForAll("longs") long k) {
        Type t = wide ? Type.I64 : Type.I32;
        boolean shift = op == Op.SHL || op == Op.SAR || op == Op.SHR;
        if (!wide) { x = (int) x; k = (int) k; }
        Instr xv = value(t), kv = constant(shift && !constantLeft ? Type.I32 : t, shift && !constantLeft ? (int) k : k);
        Instr left = constantLeft ? kv : xv, right = constantLeft ? xv : kv;
        long l = constantLeft ? kv.imm : x, r = constantLeft ? x : kv.imm;
        if (shift && constantLeft) r = (int) r;
        Canonicalizer.Result res = Canonicalizer.binary(op, t, left, right);
        if (res == null) return;
        long folded = res.value() == xv ? (constantLeft ? r : l) : res.value() != null ? res.value().imm : res.constant();
        assertEquals(Eval.binary(op, t, l, r), folded, op.text() + " " + l + ", " + r);
        // both constants: the canonicalizer folds exactly like Eval
        Canonicalizer.Result both = Canonicalizer.binary(op, t, constant(t, l), constant(shift ? Type.I32 : t, r));
        assertEquals(Eval.binary(op, t, l, r), both.constant());
    }
}

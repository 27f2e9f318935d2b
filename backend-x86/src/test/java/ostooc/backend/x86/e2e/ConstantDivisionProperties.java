package ostooc.backend.x86.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Division and remainder by constants (Divisions: shifts for ±2^k, magic multiplies otherwise, the total
 * semantics for 0, 1, -1), checked natively against Java's own {@code /} and {@code %}. Each try compiles
 * one executable: a function {@code x / c} and one {@code x % c} per random divisor c, run on 16 dividends
 * (MIN, MAX, 0, ±1, and c - 1, c, -c, c + 1 for some of the divisors, plus random ones) — 12 divisors × 2
 * ops × 16 dividends = 384 cases per executable.
 */
class ConstantDivisionProperties {
    private static final int DIVISORS = 12, DIVIDENDS = 16;

    @Property(tries = 25)
    void i32(@ForAll("divisors32") List<Long> cs, @ForAll("randoms") List<Long> rnd) { check("i32", cs, rnd); }

    @Property(tries = 25)
    void i64(@ForAll("divisors64") List<Long> cs, @ForAll("randoms") List<Long> rnd) { check("i64", cs, rnd); }

    @Provide Arbitrary<List<Long>> divisors32() { return divisors(32).list().ofSize(DIVISORS); }
    @Provide Arbitrary<List<Long>> divisors64() { return divisors(64).list().ofSize(DIVISORS); }
    @Provide Arbitrary<List<Long>> randoms() { return Arbitraries.longs().list().ofSize(DIVIDENDS); }

    private static Arbitrary<Long> divisors(int bits) {
        long min = bits == 32 ? Integer.MIN_VALUE : Long.MIN_VALUE, max = bits == 32 ? Integer.MAX_VALUE : Long.MAX_VALUE;
        Arbitrary<Long> special = Arbitraries.of(0L, 1L, -1L, 2L, -2L, 3L, -3L, 5L, 6L, 7L, -7L, 10L, 641L, 1000L, 6700417L, min, max, min + 1);
        Arbitrary<Long> powers = Arbitraries.integers().between(1, bits - 1).flatMap(k -> Arbitraries.of(1L << k, -(1L << k)));
        Arbitrary<Long> small = Arbitraries.longs().between(-5000, 5000);
        Arbitrary<Long> any = bits == 32 ? Arbitraries.integers().map(i -> (long) i) : Arbitraries.longs();
        return Arbitraries.frequencyOf(Tuple.of(3, special), Tuple.of(3, powers), Tuple.of(2, small), Tuple.of(2, any))
                .map(v -> bits == 32 ? (long) (int) (long) v : v);       // 2^31 is MIN as an int
    }

    /** {@code x % ±2^k == 0} and {@code != 0}, as a value and as a branch, test the low bits (Divisions.lowBitsMask). */
    @Property(tries = 10)
    void remainderTestedAgainstZero(@ForAll("randoms") List<Long> rnd) {
        long[] cs = {2, -2, 4, 1L << 31, -(1L << 20), 1L << 40};
        long[] vals = new long[DIVIDENDS];
        for (int k = 0; k < DIVIDENDS; k++) vals[k] = k < 6 ? new long[] {Long.MIN_VALUE, -4, -3, -2, 0, 6}[k] : rnd.get(k);
        StringBuilder ir = new StringBuilder();
        List<String> fns = new ArrayList<>();
        for (int k = 0; k < cs.length; k++) {
            for (String cond : new String[] {"eq", "ne"}) {
                String head = "(i64, i64) i32 {\nb0:\n  %0:i64 = param 0\n  %1:i64 = iconst " + cs[k] + "\n  %2:i64 = srem %0, %1\n"
                        + "  %3:i64 = iconst 0\n  %4:i32 = cmp " + cond + " %2, %3\n";
                ir.append("func @set_").append(cond).append(k).append(head).append("  ret %4\n}\n");
                ir.append("func @br_").append(cond).append(k).append(head)
                        .append("  brif %4, b1, b2\nb1:\n  %5:i32 = iconst 1\n  ret %5\nb2:\n  %6:i32 = iconst 0\n  ret %6\n}\n");
                fns.add("set_" + cond + k);
                fns.add("br_" + cond + k);
            }
        }
        ir.append(Programs.pairLoop("i64", vals, fns));
        NativeRunner.Result r = NativeRunner.run(ir.toString());
        assertEquals(0, r.exitCode());
        ByteBuffer out = ByteBuffer.wrap(r.stdout()).order(ByteOrder.LITTLE_ENDIAN);
        for (int idx = 0; idx < vals.length * vals.length; idx++) {
            long x = vals[idx / vals.length];
            for (long c : cs) {
                for (int j = 0; j < 4; j++) {
                    boolean eq = j < 2;
                    assertEquals((x % c == 0) == eq ? 1 : 0, out.getLong(), x + " % " + c + (eq ? " == 0" : " != 0"));
                }
            }
        }
    }

    private static void check(String t, List<Long> cs, List<Long> rnd) {
        boolean i32 = t.equals("i32");
        long min = i32 ? Integer.MIN_VALUE : Long.MIN_VALUE, max = i32 ? Integer.MAX_VALUE : Long.MAX_VALUE;
        List<Long> xs = new ArrayList<>(List.of(min, max, 0L, -1L, 1L, min + 1));
        for (int k = 0; xs.size() < DIVIDENDS - 3 && k < cs.size(); k++) { long c = cs.get(k); xs.addAll(List.of(c - 1, -c, c + 1)); }
        for (int k = 0; xs.size() < DIVIDENDS; k++) xs.add(rnd.get(k));
        long[] vals = xs.stream().mapToLong(v -> i32 ? (int) (long) v : v).toArray();
        StringBuilder ir = new StringBuilder();
        List<String> fns = new ArrayList<>();
        String[] ops = {"sdiv", "srem"};
        for (int k = 0; k < cs.size(); k++) {
            for (String op : ops) {
                String name = op + k;
                ir.append("func @").append(name).append('(').append(t).append(", ").append(t).append(") ").append(t)
                        .append(" {\nb0:\n  %0:").append(t).append(" = param 0\n  %1:").append(t).append(" = iconst ").append(cs.get(k))
                        .append("\n  %2:").append(t).append(" = ").append(op).append(" %0, %1\n  ret %2\n}\n");
                fns.add(name);
            }
        }
        ir.append(Programs.pairLoop(t, vals, fns));
        NativeRunner.Result r = NativeRunner.run(ir.toString());
        assertEquals(0, r.exitCode());
        ByteBuffer out = ByteBuffer.wrap(r.stdout()).order(ByteOrder.LITTLE_ENDIAN);
        int n = vals.length;
        assertEquals(8 * n * n * fns.size(), r.stdout().length, "output size");
        for (int idx = 0; idx < n * n; idx++) {
            long x = vals[idx / n];
            for (int k = 0; k < cs.size(); k++) {
                for (String op : ops) {
                    long c = cs.get(k);
                    long expected = i32 ? Oracle.i32(op, (int) x, (int) c) : Oracle.i64(op, x, c);
                    long got = out.getLong();
                    assertEquals(expected, got, () -> t + " " + x + (op.equals("sdiv") ? " / " : " % ") + c);
                }
            }
        }
    }
}

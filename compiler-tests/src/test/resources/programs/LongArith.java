/** long arithmetic at the edges, int-to-long promotion and long literals. */
public class LongArith {
    static long min = Long.MIN_VALUE;
    static long max = Long.MAX_VALUE;
    static long zero = 0L;
    static long minusOne = -1L;
    static int imax = Integer.MAX_VALUE;
    static int imin = Integer.MIN_VALUE;

    static long id(long x) { return x; }

    static void show(String label, long v) {
        System.out.println(label + " = " + v);
    }

    public static void main(String[] args) {
        show("max + 1", max + 1);
        show("min - 1", min - 1);
        show("-min", -min);
        show("min * -1", min * minusOne);
        show("max * max", max * max);
        show("max * 3", max * 3);
        show("0 - min", zero - min);
        show("imax + 1 (int)", imax + 1);
        show("imax + 1L", imax + 1L);
        show("imin - 1L", imin - 1L);
        show("imax * imax (int)", imax * imax);
        show("(long) imax * imax", (long) imax * imax);
        show("imin * 2L", imin * 2L);
        show("1L << 40", 1L << id(40));
        long a = id(9_000_000_000L);
        long b = id(-123_456_789_012L);
        show("a + b", a + b);
        show("a - b", a - b);
        show("a * b", a * b);
        show("a / b", a / b);
        show("b / a", b / a);
        show("a % b", a % b);
        show("b % a", b % a);
        show("a * a", a * a);
        long fnv = 0xcbf29ce484222325L;
        for (int i = 0; i < 50; i++) {
            fnv ^= i;
            fnv *= 0x100000001b3L;
        }
        show("fnv", fnv);
        long fact = 1;
        for (int i = 1; i <= 25; i++) {
            fact *= i;
            show("fact " + i, fact);
        }
        int small = (int) id(7);
        long mixed = small * 1000000000L + small;
        show("mixed", mixed);
        show("int * int promoted late", (long) (small * 1000000000));
        show("Long.MIN_VALUE", Long.MIN_VALUE);
        show("Long.MAX_VALUE", Long.MAX_VALUE);
        show("0x8000000000000000L", 0x8000000000000000L);
        show("0xffffffffffffffffL", 0xffffffffffffffffL);
        show("0xffffffffL", 0xffffffffL);
        show("0xffffffff (int) widened", 0xffffffff);
        show("-2147483648L", -2147483648L);
        long c = id(-1);
        show("c >>> 1", c >>> 1);
        show("c * c", c * c);
        show("compare", (a > b ? 1L : 0L) + (b < zero ? 10L : 0L));
    }
}

package ostoo.shim;

/**
 * Just enough unsigned big-integer arithmetic for the exact paths of {@link DoubleDigits} (printing) and
 * {@link DecimalToBinary} (parsing): little-endian arrays of 32-bit limbs, of a size the caller picks
 * ({@link #make()}: 64 limbs, 2048 bits, enough for printing any double). Operands of one operation have
 * the same size and results must fit (no overflow checks). Every operation touches all limbs: simple,
 * and fast enough for the rare values that need it.
 */
final class BigNat {
    static final int LIMBS = 64;
    private static final long MASK = 0xFFFFFFFFL;

    private BigNat() { }

    static int[] make() { return new int[LIMBS]; }
    static int[] make(int limbs) { return new int[limbs]; }

    /** {@code a = v * 5^p5 * 2^p2}, v >= 0. */
    static void setPow52(int[] a, long v, int p5, int p2) {
        for (int i = 0; i < a.length; i++) a[i] = 0;
        a[0] = (int) v;
        a[1] = (int) (v >>> 32);
        while (p5 >= 13) { mulSmall(a, 1220703125); p5 -= 13; }   // 5^13 fits an unsigned 32-bit limb
        int f = 1;
        while (p5 > 0) { f = f * 5; p5--; }
        mulSmall(a, f);
        shiftLeft(a, p2);
    }

    /** {@code a *= m}, m an unsigned 32-bit factor. */
    static void mulSmall(int[] a, int m) {
        long carry = 0, mm = m & MASK;
        for (int i = 0; i < a.length; i++) {
            long v = (a[i] & MASK) * mm + carry;
            a[i] = (int) v;
            carry = v >>> 32;
        }
    }

    /** {@code a <<= n}. */
    static void shiftLeft(int[] a, int n) {
        int words = n >> 5, bits = n & 31;
        for (int i = a.length - 1; i >= 0; i--) {
            int from = i - words;
            long hi = from >= 0 ? a[from] & MASK : 0, lo = from >= 1 ? a[from - 1] & MASK : 0;
            a[i] = bits == 0 ? (int) hi : (int) ((hi << bits) | (lo >>> (32 - bits)));
        }
    }

    /** Sign of {@code a - b}. */
    static int cmp(int[] a, int[] b) {
        for (int i = a.length - 1; i >= 0; i--) {
            long x = a[i] & MASK, y = b[i] & MASK;
            if (x != y) return x < y ? -1 : 1;
        }
        return 0;
    }

    /** {@code a -= b}, a >= b. */
    static void sub(int[] a, int[] b) {
        long borrow = 0;
        for (int i = 0; i < a.length; i++) {
            long v = (a[i] & MASK) - (b[i] & MASK) - borrow;
            a[i] = (int) v;
            borrow = v < 0 ? 1 : 0;
        }
    }

    /** {@code dst = a + b}. */
    static void add(int[] dst, int[] a, int[] b) {
        long carry = 0;
        for (int i = 0; i < a.length; i++) {
            long v = (a[i] & MASK) + (b[i] & MASK) + carry;
            dst[i] = (int) v;
            carry = v >>> 32;
        }
    }

    /** {@code dst = a}; dst may be longer (its upper limbs are left alone). */
    static void copy(int[] dst, int[] a) { for (int i = 0; i < a.length; i++) dst[i] = a[i]; }

    /** {@code a += v}, v an unsigned 32-bit value. */
    static void addSmall(int[] a, int v) {
        long carry = v & MASK;
        for (int i = 0; i < a.length && carry != 0; i++) {
            long sum = (a[i] & MASK) + carry;
            a[i] = (int) sum;
            carry = sum >>> 32;
        }
    }

    /** {@code a *= 10^p}: 5^p in 32-bit steps, then the shift. */
    static void mulPow10(int[] a, int p) {
        for (int k = p; k > 0; k -= 13) {
            int f = 1;
            for (int j = k < 13 ? k : 13; j > 0; j--) f = f * 5;
            mulSmall(a, f);
        }
        shiftLeft(a, p);
    }

    /** The number of significant bits of {@code a} (0 for zero). */
    static int bitLength(int[] a) {
        for (int i = a.length - 1; i >= 0; i--)
            if (a[i] != 0) return 32 * i + 32 - Integers.numberOfLeadingZeros(a[i]);
        return 0;
    }

    static boolean isZero(int[] a) {
        for (int i = 0; i < a.length; i++) if (a[i] != 0) return false;
        return true;
    }

    /** One digit of long division: returns {@code q = b / s} (below 10 here), and sets {@code b = 10 * (b % s)}. */
    static int quoRem(int[] b, int[] s) {
        int q = 0;
        while (cmp(b, s) >= 0) { sub(b, s); q++; }
        mulSmall(b, 10);
        return q;
    }
}

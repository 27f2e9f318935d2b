package ostoo.shim;

/**
 * Just enough unsigned big-integer arithmetic for {@link DoubleDigits}'s exact path: fixed-size
 * little-endian arrays of 32-bit limbs (64 limbs, 2048 bits: the scaled values of any double stay below
 * 2^1300). Every operation touches all limbs: simple, and fast enough for the rare values that need it.
 */
final class BigNat {
    static final int LIMBS = 64;
    private static final long MASK = 0xFFFFFFFFL;

    private BigNat() { }

    static int[] make() { return new int[LIMBS]; }

    /** {@code a = v * 5^p5 * 2^p2}, v >= 0. */
    static void setPow52(int[] a, long v, int p5, int p2) {
        for (int i = 0; i < LIMBS; i++) a[i] = 0;
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
        for (int i = 0; i < LIMBS; i++) {
            long v = (a[i] & MASK) * mm + carry;
            a[i] = (int) v;
            carry = v >>> 32;
        }
    }

    /** {@code a <<= n}. */
    static void shiftLeft(int[] a, int n) {
        int words = n >> 5, bits = n & 31;
        for (int i = LIMBS - 1; i >= 0; i--) {
            int from = i - words;
            long hi = from >= 0 ? a[from] & MASK : 0, lo = from >= 1 ? a[from - 1] & MASK : 0;
            a[i] = bits == 0 ? (int) hi : (int) ((hi << bits) | (lo >>> (32 - bits)));
        }
    }

    /** Sign of {@code a - b}. */
    static int cmp(int[] a, int[] b) {
        for (int i = LIMBS - 1; i >= 0; i--) {
            long x = a[i] & MASK, y = b[i] & MASK;
            if (x != y) return x < y ? -1 : 1;
        }
        return 0;
    }

    /** {@code a -= b}, a >= b. */
    static void sub(int[] a, int[] b) {
        long borrow = 0;
        for (int i = 0; i < LIMBS; i++) {
            long v = (a[i] & MASK) - (b[i] & MASK) - borrow;
            a[i] = (int) v;
            borrow = v < 0 ? 1 : 0;
        }
    }

    /** {@code dst = a + b}. */
    static void add(int[] dst, int[] a, int[] b) {
        long carry = 0;
        for (int i = 0; i < LIMBS; i++) {
            long v = (a[i] & MASK) + (b[i] & MASK) + carry;
            dst[i] = (int) v;
            carry = v >>> 32;
        }
    }

    static void copy(int[] dst, int[] a) { for (int i = 0; i < LIMBS; i++) dst[i] = a[i]; }

    static boolean isZero(int[] a) {
        for (int i = 0; i < LIMBS; i++) if (a[i] != 0) return false;
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

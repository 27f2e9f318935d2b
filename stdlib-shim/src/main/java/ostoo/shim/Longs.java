package ostoo.shim;

/** {@code Long}'s static methods (boxed Longs themselves are not supported). */
public final class Longs {
    private Longs() { }

    public static String toHexString(long v) { return Radix.unsigned(v, 4, 64); }
    public static String toOctalString(long v) { return Radix.unsigned(v, 3, 64); }
    public static String toBinaryString(long v) { return Radix.unsigned(v, 1, 64); }
    public static String toString(long v) { return Strings.valueOf(v); }
    public static String toString(long v, int radix) { return Radix.format(v, radix); }

    public static long parseLong(String s) { return Radix.parse(s, 10, Long.MIN_VALUE, Long.MAX_VALUE, "Long.parseLong"); }
    public static long parseLong(String s, int radix) { return Radix.parse(s, radix, Long.MIN_VALUE, Long.MAX_VALUE, "Long.parseLong"); }

    public static int compare(long a, long b) { return a < b ? -1 : a == b ? 0 : 1; }
    public static int signum(long v) { return (int) ((v >> 63) | (-v >>> 63)); }
    public static long sum(long a, long b) { return a + b; }
    public static long max(long a, long b) { return a >= b ? a : b; }
    public static long min(long a, long b) { return a <= b ? a : b; }
    public static int hashCode(long v) { return (int) (v ^ (v >>> 32)); }

    public static int bitCount(long v) {
        int n = 0;
        for (; v != 0; v &= v - 1) n++;
        return n;
    }

    public static long reverse(long v) {
        long r = 0;
        for (int i = 0; i < 64; i++) r |= ((v >>> i) & 1) << (63 - i);
        return r;
    }

    public static long reverseBytes(long v) {
        long r = 0;
        for (int i = 0; i < 8; i++) r |= ((v >>> (8 * i)) & 0xff) << (56 - 8 * i);
        return r;
    }

    public static int numberOfLeadingZeros(long v) {
        int n = 0;
        for (int bit = 63; bit >= 0 && ((v >>> bit) & 1) == 0; bit--) n++;
        return n;
    }

    public static int numberOfTrailingZeros(long v) {
        int n = 0;
        for (int bit = 0; bit < 64 && ((v >>> bit) & 1) == 0; bit++) n++;
        return n;
    }

    public static long highestOneBit(long v) { return v & (Long.MIN_VALUE >>> numberOfLeadingZeros(v)); }
    public static long lowestOneBit(long v) { return v & -v; }
    public static long rotateLeft(long v, int distance) { return (v << distance) | (v >>> -distance); }
    public static long rotateRight(long v, int distance) { return (v >>> distance) | (v << -distance); }
}

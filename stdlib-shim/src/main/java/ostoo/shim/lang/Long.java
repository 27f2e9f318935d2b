package ostoo.shim.lang;

import ostoo.rt.annotation.JdkClass;
import ostoo.shim.Longs;

/** {@code java.lang.Long}: the box of {@code long} ({@link #valueOf} caches -128..127, as the JDK's LongCache) and the JDK's static methods, in {@link Longs}. */
@JdkClass("java.lang.Long")
public final class Long extends Number {
    public static final long MIN_VALUE = 0x8000000000000000L;
    public static final long MAX_VALUE = 0x7fffffffffffffffL;
    public static final int SIZE = 64;
    public static final int BYTES = 8;

    private static Long[] cache;
    private final long value;

    public Long(long value) { this.value = value; }

    public static Long valueOf(long l) {
        if (l < -128 || l > 127) return new Long(l);
        if (cache == null) cache = new Long[256];
        int k = (int) l + 128;
        Long c = cache[k];
        if (c == null) { c = new Long(l); cache[k] = c; }
        return c;
    }

    public static Long valueOf(String s) { return valueOf(parseLong(s)); }
    public static Long valueOf(String s, int radix) { return valueOf(parseLong(s, radix)); }

    public int intValue() { return (int) value; }
    public long longValue() { return value; }
    public float floatValue() { return value; }
    public double doubleValue() { return value; }
    public byte byteValue() { return (byte) value; }
    public short shortValue() { return (short) value; }

    public boolean equals(Object o) { return o instanceof Long l && l.value == value; }
    public int hashCode() { return Longs.hashCode(value); }
    public String toString() { return Longs.toString(value); }
    public int compareTo(Long other) { return compare(value, other.value); }

    public static String toHexString(long v) { return Longs.toHexString(v); }
    public static String toOctalString(long v) { return Longs.toOctalString(v); }
    public static String toBinaryString(long v) { return Longs.toBinaryString(v); }
    public static String toString(long v) { return Longs.toString(v); }
    public static String toString(long v, int radix) { return Longs.toString(v, radix); }
    public static long parseLong(String s) { return Longs.parseLong(s); }
    public static long parseLong(String s, int radix) { return Longs.parseLong(s, radix); }
    public static int compare(long a, long b) { return Longs.compare(a, b); }
    public static int signum(long v) { return Longs.signum(v); }
    public static long sum(long a, long b) { return Longs.sum(a, b); }
    public static long max(long a, long b) { return Longs.max(a, b); }
    public static long min(long a, long b) { return Longs.min(a, b); }
    public static int hashCode(long v) { return Longs.hashCode(v); }
    public static int bitCount(long v) { return Longs.bitCount(v); }
    public static long reverse(long v) { return Longs.reverse(v); }
    public static long reverseBytes(long v) { return Longs.reverseBytes(v); }
    public static int numberOfLeadingZeros(long v) { return Longs.numberOfLeadingZeros(v); }
    public static int numberOfTrailingZeros(long v) { return Longs.numberOfTrailingZeros(v); }
    public static long highestOneBit(long v) { return Longs.highestOneBit(v); }
    public static long lowestOneBit(long v) { return Longs.lowestOneBit(v); }
    public static long rotateLeft(long v, int distance) { return Longs.rotateLeft(v, distance); }
    public static long rotateRight(long v, int distance) { return Longs.rotateRight(v, distance); }

    public static int compareUnsigned(long a, long b) { return compare(a + MIN_VALUE, b + MIN_VALUE); }
    public static String toUnsignedString(long v) { return Longs.toUnsignedString(v, 10); }
    public static String toUnsignedString(long v, int radix) { return Longs.toUnsignedString(v, radix); }
    public static long parseUnsignedLong(String s) { return Longs.parseUnsignedLong(s, 10); }
    public static long parseUnsignedLong(String s, int radix) { return Longs.parseUnsignedLong(s, radix); }

    /** The JDK's algorithm (Hacker's Delight 9-3): no 128-bit division needed; by zero, {@code /}'s ArithmeticException. */
    public static long divideUnsigned(long dividend, long divisor) {
        if (divisor < 0) return compareUnsigned(dividend, divisor) < 0 ? 0 : 1;
        if (dividend >= 0) return dividend / divisor;
        long q = ((dividend >>> 1) / divisor) << 1;
        long r = dividend - q * divisor;
        return q + (compareUnsigned(r, divisor) >= 0 ? 1 : 0);
    }

    public static long remainderUnsigned(long dividend, long divisor) { return dividend - divideUnsigned(dividend, divisor) * divisor; }
}

package ostoo.shim.lang;

import ostoo.rt.annotation.JdkClass;
import ostoo.shim.Integers;

/**
 * {@code java.lang.Integer}: the box of {@code int} (its value, {@link #valueOf} caching -128..127 exactly as
 * the JDK's IntegerCache does, so {@code ==} on boxes is what the JVM gives) and the JDK's static methods,
 * implemented in {@link Integers}.
 */
@JdkClass("java.lang.Integer")
public final class Integer extends Number {
    public static final int MIN_VALUE = 0x80000000;
    public static final int MAX_VALUE = 0x7fffffff;
    public static final int SIZE = 32;
    public static final int BYTES = 4;

    private static Integer[] cache;
    private final int value;

    /** Deprecated in the JDK, which still has it: a new box, never a cached one. */
    public Integer(int value) { this.value = value; }

    public static Integer valueOf(int i) {
        if (i < -128 || i > 127) return new Integer(i);
        if (cache == null) cache = new Integer[256];
        Integer c = cache[i + 128];
        if (c == null) { c = new Integer(i); cache[i + 128] = c; }
        return c;
    }

    public static Integer valueOf(String s) { return valueOf(parseInt(s)); }
    public static Integer valueOf(String s, int radix) { return valueOf(parseInt(s, radix)); }

    public int intValue() { return value; }
    public long longValue() { return value; }
    public float floatValue() { return value; }
    public double doubleValue() { return value; }
    public byte byteValue() { return (byte) value; }
    public short shortValue() { return (short) value; }

    public boolean equals(Object o) { return o instanceof Integer i && i.value == value; }
    public int hashCode() { return value; }
    public String toString() { return Integers.toString(value); }
    public int compareTo(Integer other) { return compare(value, other.value); }

    public static String toHexString(int v) { return Integers.toHexString(v); }
    public static String toOctalString(int v) { return Integers.toOctalString(v); }
    public static String toBinaryString(int v) { return Integers.toBinaryString(v); }
    public static String toString(int v) { return Integers.toString(v); }
    public static String toString(int v, int radix) { return Integers.toString(v, radix); }
    public static String toUnsignedString(int v) { return Integers.toUnsignedString(v); }
    public static int parseInt(String s) { return Integers.parseInt(s); }
    public static int parseInt(String s, int radix) { return Integers.parseInt(s, radix); }
    public static int compare(int a, int b) { return Integers.compare(a, b); }
    public static int signum(int v) { return Integers.signum(v); }
    public static int sum(int a, int b) { return Integers.sum(a, b); }
    public static int max(int a, int b) { return Integers.max(a, b); }
    public static int min(int a, int b) { return Integers.min(a, b); }
    public static int hashCode(int v) { return Integers.hashCode(v); }
    public static int bitCount(int v) { return Integers.bitCount(v); }
    public static int reverse(int v) { return Integers.reverse(v); }
    public static int reverseBytes(int v) { return Integers.reverseBytes(v); }
    public static int numberOfLeadingZeros(int v) { return Integers.numberOfLeadingZeros(v); }
    public static int numberOfTrailingZeros(int v) { return Integers.numberOfTrailingZeros(v); }
    public static int highestOneBit(int v) { return Integers.highestOneBit(v); }
    public static int lowestOneBit(int v) { return Integers.lowestOneBit(v); }
    public static int rotateLeft(int v, int distance) { return Integers.rotateLeft(v, distance); }
    public static int rotateRight(int v, int distance) { return Integers.rotateRight(v, distance); }

    public static long toUnsignedLong(int v) { return v & 0xffffffffL; }
    public static String toUnsignedString(int v, int radix) { return Long.toString(v & 0xffffffffL, radix); }
    public static int compareUnsigned(int a, int b) { return compare(a + MIN_VALUE, b + MIN_VALUE); }
    /** Division by zero is the JDK's ArithmeticException, as {@code /} makes it. */
    public static int divideUnsigned(int dividend, int divisor) { return (int) ((dividend & 0xffffffffL) / (divisor & 0xffffffffL)); }
    public static int remainderUnsigned(int dividend, int divisor) { return (int) ((dividend & 0xffffffffL) % (divisor & 0xffffffffL)); }
    public static int parseUnsignedInt(String s) { return Integers.parseUnsignedInt(s, 10); }
    public static int parseUnsignedInt(String s, int radix) { return Integers.parseUnsignedInt(s, radix); }
}

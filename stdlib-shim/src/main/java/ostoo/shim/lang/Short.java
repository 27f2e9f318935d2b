package ostoo.shim.lang;

import ostoo.rt.annotation.JdkClass;
import ostoo.shim.Integers;
import ostoo.shim.ShortsAndBytes;

/** {@code java.lang.Short}: the box of {@code short} ({@link #valueOf} caches -128..127, as the JDK does) and its static methods. */
@JdkClass("java.lang.Short")
public final class Short extends Number {
    public static final short MIN_VALUE = -32768;
    public static final short MAX_VALUE = 32767;
    public static final int SIZE = 16;
    public static final int BYTES = 2;

    private static Short[] cache;
    private final short value;

    public Short(short value) { this.value = value; }

    public static Short valueOf(short v) {
        if (v < -128 || v > 127) return new Short(v);
        if (cache == null) cache = new Short[256];
        Short c = cache[v + 128];
        if (c == null) { c = new Short(v); cache[v + 128] = c; }
        return c;
    }

    public static Short valueOf(String s) { return valueOf(parseShort(s)); }
    public static Short valueOf(String s, int radix) { return valueOf(parseShort(s, radix)); }

    public int intValue() { return value; }
    public long longValue() { return value; }
    public float floatValue() { return value; }
    public double doubleValue() { return value; }
    public byte byteValue() { return (byte) value; }
    public short shortValue() { return (short) value; }

    public boolean equals(Object o) { return o instanceof Short b && b.value == value; }
    public int hashCode() { return value; }
    public static int hashCode(short v) { return v; }
    public String toString() { return Integers.toString(value); }
    public static String toString(short v) { return Integers.toString(v); }
    public int compareTo(Short other) { return compare(value, other.value); }
    public static int compare(short a, short b) { return a - b; }
    public static int toUnsignedInt(short v) { return v & 0xffff; }
    public static long toUnsignedLong(short v) { return v & 0xffffL; }

    public static short parseShort(String s) { return ShortsAndBytes.parseShort(s); }
    public static short parseShort(String s, int radix) { return ShortsAndBytes.parseShort(s, radix); }
}

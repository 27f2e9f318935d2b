package ostoo.shim.lang;

import ostoo.rt.annotation.JdkClass;
import ostoo.shim.Integers;
import ostoo.shim.ShortsAndBytes;

/** {@code java.lang.Byte}: the box of {@code byte} ({@link #valueOf} caches -128..127, as the JDK does) and its static methods. */
@JdkClass("java.lang.Byte")
public final class Byte extends Number {
    public static final byte MIN_VALUE = -128;
    public static final byte MAX_VALUE = 127;
    public static final int SIZE = 8;
    public static final int BYTES = 1;

    private static Byte[] cache;
    private final byte value;

    public Byte(byte value) { this.value = value; }

    public static Byte valueOf(byte v) {
        if (v < -128 || v > 127) return new Byte(v);
        if (cache == null) cache = new Byte[256];
        Byte c = cache[v + 128];
        if (c == null) { c = new Byte(v); cache[v + 128] = c; }
        return c;
    }

    public static Byte valueOf(String s) { return valueOf(parseByte(s)); }
    public static Byte valueOf(String s, int radix) { return valueOf(parseByte(s, radix)); }

    public int intValue() { return value; }
    public long longValue() { return value; }
    public float floatValue() { return value; }
    public double doubleValue() { return value; }
    public byte byteValue() { return (byte) value; }
    public short shortValue() { return (short) value; }

    public boolean equals(Object o) { return o instanceof Byte b && b.value == value; }
    public int hashCode() { return value; }
    public static int hashCode(byte v) { return v; }
    public String toString() { return Integers.toString(value); }
    public static String toString(byte v) { return Integers.toString(v); }
    public int compareTo(Byte other) { return compare(value, other.value); }
    public static int compare(byte a, byte b) { return a - b; }
    public static int toUnsignedInt(byte v) { return v & 0xff; }
    public static long toUnsignedLong(byte v) { return v & 0xffL; }

    public static byte parseByte(String s) { return ShortsAndBytes.parseByte(s); }
    public static byte parseByte(String s, int radix) { return ShortsAndBytes.parseByte(s, radix); }
}

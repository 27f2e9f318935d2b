package ostoo.shim;

import ostoo.rt.Panic;

/** {@code Short.parseShort} and {@code Byte.parseByte}: an int parse, then the JDK's range message. */
public final class ShortsAndBytes {
    private ShortsAndBytes() { }

    public static short parseShort(String s) { return parseShort(s, 10); }
    public static short parseShort(String s, int radix) { return (short) inRange(s, radix, -32768, 32767, "Short.parseShort"); }

    public static byte parseByte(String s) { return parseByte(s, 10); }
    public static byte parseByte(String s, int radix) { return (byte) inRange(s, radix, -128, 127, "Byte.parseByte"); }

    private static int inRange(String s, int radix, int min, int max, String where) {
        int v = (int) Radix.parse(s, radix, Integer.MIN_VALUE, Integer.MAX_VALUE, where);
        if (v < min || v > max) Panic.panic(Radix.NFE + "Value out of range. Value:\"" + s + "\" Radix:" + radix, where);
        return v;
    }
}

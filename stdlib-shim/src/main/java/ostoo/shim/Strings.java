package ostoo.shim;

import ostoo.rt.Layout;
import ostoo.rt.Mem;
import ostoo.rt.Panic;
import ostoo.rt.StringUnits;

/**
 * The String operations the compiler maps Java onto: concatenation ({@code a + b}), {@code String.valueOf},
 * {@code length()}, {@code charAt()}. Strings are immutable objects laid out per {@link Layout}, their
 * chars Latin-1 or UTF-16 in canonical form ({@link StringUnits}); every result is a fresh heap string.
 */
public final class Strings {
    private Strings() { }

    /*
     * String concatenation (JLS 15.18.1): the compiler turns a chain {@code a + b + ...} into one call of
     * concat with up to four pieces (a longer chain nests: its first piece is a full inner concat). Each
     * piece is already a String: an operand of another type went through valueOf at its place in the
     * chain, so conversions happen left to right as on the JVM; a null piece reads "null". The result is
     * always a new string, made in one allocation. Fewer than four pieces are padded with "" (four fit
     * the callee-saved registers, so the one real body needs no stack). The result is Latin-1 when every
     * piece is: canonical pieces make a canonical result.
     */
    public static String concat(String a, String b) { return concat(a, b, "", ""); }
    public static String concat(String a, String b, String c) { return concat(a, b, c, ""); }

    public static String concat(String a, String b, String c, String d) {
        long words = piece(a) + piece(b) + piece(c) + piece(d);   // the lengths' sum, and the coders' above bit 32
        long r = StringUnits.allocate((int) words, (words >>> 32) == 0 ? StringUnits.LATIN1 : StringUnits.UTF16);
        put(r, put(r, put(r, put(r, 0, a), b), c), d);
        return Mem.stringAt(r);
    }

    /**
     * A piece's length and coder as one word, {@code length | coder << 32}: how the layout keeps them at
     * +8 and +12 (the 3 bytes after the coder are 0). A null piece reads "null".
     */
    private static long piece(String s) {
        if (s == null) s = "null";
        return Mem.loadLong(Mem.addressOf(s) + Layout.STRING_LENGTH);
    }

    /** Copies the chars of piece {@code s} ("null" for null) to index {@code at} of the string at {@code r}; returns the index after them. */
    private static int put(long r, int at, String s) {
        if (s == null) s = "null";
        int n = Mem.loadInt(Mem.addressOf(s) + Layout.STRING_LENGTH);
        return n == 0 ? at : StringUnits.copy(s, 0, n, r, at);   // the padding "" pieces cost no call
    }

    public static String valueOf(String s) { return s == null ? "null" : s; }
    public static String valueOf(boolean b) { return b ? "true" : "false"; }
    public static String valueOf(int v) { return valueOf((long) v); }

    public static String valueOf(double d) { return DoubleToString.toString(d); }
    public static String valueOf(float f) { return DoubleToString.toString(f); }

    /** One char: as two bytes whatever the coder (a Latin-1 char's high byte 0 lands in the padding). */
    public static String valueOf(char c) {
        long r = StringUnits.allocate(1, c > 0xFF ? StringUnits.UTF16 : StringUnits.LATIN1);
        Mem.storeChar(r + Layout.STRING_CHARS, c);
        return Mem.stringAt(r);
    }

    /** The decimal digits, ASCII, formatted straight into a Latin-1 string. */
    public static String valueOf(long v) {
        long r = StringUnits.allocate(Numbers.digits(v), StringUnits.LATIN1);
        Numbers.formatLong(v, r + Layout.STRING_CHARS);
        return Mem.stringAt(r);
    }

    /** {@code String.valueOf(Object)} and the implicit {@code toString()} of concatenation: "null" or {@code o.toString()}. */
    public static String valueOf(Object o) { return o == null ? "null" : o.toString(); }

    /** {@code String.equals}: same chars. */
    public static boolean equals(String s, Object o) {
        return o instanceof String && StringUnits.same(s, (String) o);
    }

    /** {@code String.hashCode}: the JVM's {@code s[0]*31^(n-1) + ... + s[n-1]} (not cached: literals are read-only). */
    public static int hashCode(String s) { return StringUnits.hash(s); }

    /** {@code String.toString}: itself. */
    public static String toString(String s) { return s; }

    /** {@code Objects.equals(a, b)} for strings: both null, or the same chars. */
    public static boolean equalsOrBothNull(String a, String b) {
        if (a == b) return true;
        if (a == null || b == null) return false;
        return StringUnits.same(a, b);
    }

    /** {@code s.toCharArray()}: a new char[] with the string's chars. */
    public static char[] toCharArray(String s) {
        int n = length(s);
        char[] r = new char[n];
        StringChars.copyTo(s, r, 0);
        return r;
    }

    public static int length(String s) {
        return Mem.loadInt(Mem.addressOf(s) + Layout.STRING_LENGTH);
    }

    public static char charAt(String s, int index) {
        int length = length(s);
        if (index < 0 || index >= length)
            Panic.panic("java.lang.StringIndexOutOfBoundsException: String index out of range: " + index, "String.charAt");
        return StringUnits.at(s, index);
    }
}

package ostoo.shim;

import ostoo.rt.Layout;
import ostoo.rt.Mem;
import ostoo.rt.Panic;

/**
 * The String operations the compiler maps Java onto: concatenation ({@code a + b}), {@code String.valueOf},
 * {@code length()}, {@code charAt()}. Strings are immutable UTF-16 objects laid out per {@link Layout};
 * every result is a fresh heap string.
 */
public final class Strings {
    private Strings() { }

    /*
     * String concatenation (JLS 15.18.1): the compiler turns a chain {@code a + b + ...} into one call of
     * concat with up to four pieces (a longer chain nests: its first piece is a full inner concat). Each
     * piece is already a String: an operand of another type went through valueOf at its place in the
     * chain, so conversions happen left to right as on the JVM; a null piece reads "null". The result is
     * always a new string, made in one allocation. Fewer than four pieces are padded with "" (four fit
     * the callee-saved registers, so the one real body needs no stack).
     */
    public static String concat(String a, String b) { return concat(a, b, "", ""); }
    public static String concat(String a, String b, String c) { return concat(a, b, c, ""); }

    public static String concat(String a, String b, String c, String d) {
        long r = allocate(pieceLength(a) + pieceLength(b) + pieceLength(c) + pieceLength(d));
        put(put(put(put(r + Layout.STRING_CHARS, a), b), c), d);
        return Mem.stringAt(r);
    }

    /** The length of a concatenation piece: a null piece reads "null". */
    private static int pieceLength(String s) { return s == null ? 4 : Mem.loadInt(Mem.addressOf(s) + Layout.STRING_LENGTH); }

    /** Copies the chars of piece {@code s} ("null" for null) to {@code at}; returns the address after them. */
    private static long put(long at, String s) {
        if (s == null) s = "null";
        long from = Mem.addressOf(s) + Layout.STRING_CHARS;
        long end = at + 2L * Mem.loadInt(Mem.addressOf(s) + Layout.STRING_LENGTH);
        for (; at < end; at += 2, from += 2) Mem.storeChar(at, Mem.loadChar(from));
        return end;
    }

    public static String valueOf(String s) { return s == null ? "null" : s; }
    public static String valueOf(boolean b) { return b ? "true" : "false"; }
    public static String valueOf(int v) { return valueOf((long) v); }

    public static String valueOf(double d) { return DoubleToString.toString(d); }
    public static String valueOf(float f) { return DoubleToString.toString(f); }

    public static String valueOf(char c) {
        long r = allocate(1);
        Mem.storeChar(r + Layout.STRING_CHARS, c);
        return Mem.stringAt(r);
    }

    public static String valueOf(long v) {
        int n = Numbers.digits(v);
        long r = allocate(n);
        long tmp = r + Layout.STRING_CHARS + n;   // format as ASCII bytes into the upper half of the char area ...
        Numbers.formatLong(v, tmp);
        for (int i = 0; i < n; i++)               // ... then widen them in place, low to high (never overlapping)
            Mem.storeChar(r + Layout.STRING_CHARS + 2L * i, (char) Mem.loadByte(tmp + i));
        return Mem.stringAt(r);
    }

    /** {@code String.valueOf(Object)} and the implicit {@code toString()} of concatenation: "null" or {@code o.toString()}. */
    public static String valueOf(Object o) { return o == null ? "null" : o.toString(); }

    /** {@code String.equals}: same chars. */
    public static boolean equals(String s, Object o) {
        if (!(o instanceof String)) return false;
        String t = (String) o;
        int n = length(s);
        if (n != length(t)) return false;
        long ps = Mem.addressOf(s) + Layout.STRING_CHARS, pt = Mem.addressOf(t) + Layout.STRING_CHARS;
        for (int i = 0; i < n; i++) if (Mem.loadChar(ps + 2L * i) != Mem.loadChar(pt + 2L * i)) return false;
        return true;
    }

    /** {@code String.hashCode}: the JVM's {@code s[0]*31^(n-1) + ... + s[n-1]} (not cached: literals are read-only). */
    public static int hashCode(String s) {
        int h = 0, n = length(s);
        long p = Mem.addressOf(s) + Layout.STRING_CHARS;
        for (int i = 0; i < n; i++) h = 31 * h + Mem.loadChar(p + 2L * i);
        return h;
    }

    /** {@code String.toString}: itself. */
    public static String toString(String s) { return s; }

    /** {@code Objects.equals(a, b)} for strings: both null, or the same chars. */
    public static boolean equalsOrBothNull(String a, String b) {
        if (a == b) return true;
        if (a == null || b == null) return false;
        int n = length(a);
        if (n != length(b)) return false;
        long pa = Mem.addressOf(a) + Layout.STRING_CHARS, pb = Mem.addressOf(b) + Layout.STRING_CHARS;
        for (int i = 0; i < n; i++) if (Mem.loadChar(pa + 2L * i) != Mem.loadChar(pb + 2L * i)) return false;
        return true;
    }

    /** {@code s.toCharArray()}: a new char[] with the string's chars. */
    public static char[] toCharArray(String s) {
        int n = length(s);
        char[] r = new char[n];
        long p = Mem.addressOf(s) + Layout.STRING_CHARS;
        for (int i = 0; i < n; i++) r[i] = Mem.loadChar(p + 2L * i);
        return r;
    }

    public static int length(String s) {
        return Mem.loadInt(Mem.addressOf(s) + Layout.STRING_LENGTH);
    }

    public static char charAt(String s, int index) {
        int length = length(s);
        if (index < 0 || index >= length)
            Panic.panic("java.lang.StringIndexOutOfBoundsException: String index out of range: " + index, "String.charAt");
        return Mem.loadChar(Mem.addressOf(s) + Layout.STRING_CHARS + 2L * index);
    }

    /** A new string object of {@code length} chars, its chars still zero. */
    private static long allocate(int length) {
        long r = Mem.allocate(Layout.stringSize(length));
        Mem.storeInt(r + Layout.STRING_LENGTH, length);
        return r;
    }
}

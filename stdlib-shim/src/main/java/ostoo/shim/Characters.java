package ostoo.shim;

import ostoo.rt.StringUnits;
import ostoo.rt.Mem;

/**
 * {@code Character}'s static methods. Exact for U+0000..U+00FF (Latin-1), where the JDK uses its own
 * table; above it the shim has no Unicode tables, so: letters and digits of other scripts are not
 * letters or digits here, case mapping leaves them alone (except {@code Ÿ}/{@code Μ}/{@code μ}, the case
 * partners of Latin-1 letters), {@code isWhitespace} and the surrogate tests are exact everywhere.
 */
public final class Characters {
    private Characters() { }

    public static boolean isDigit(char c) { return c >= '0' && c <= '9'; }
    public static boolean isDigit(int c) { return c >= '0' && c <= '9'; }

    public static boolean isLetter(char c) { return isUpperCase(c) || isLowerCase(c); }   // ª º are Lo, and lower case here
    public static boolean isLetter(int c) { return c >= 0 && c <= 0xFFFF && isLetter((char) c); }

    public static boolean isLetterOrDigit(char c) { return isLetter(c) || isDigit(c); }
    public static boolean isLetterOrDigit(int c) { return isLetter(c) || isDigit(c); }

    public static boolean isUpperCase(char c) { return c >= 'A' && c <= 'Z' || c >= '\u00c0' && c <= '\u00de' && c != '\u00d7' || c == '\u0178' || c == '\u039c'; }
    public static boolean isUpperCase(int c) { return c >= 0 && c <= 0xFFFF && isUpperCase((char) c); }

    /** Lower-case letters, and ª º (Other_Lowercase, as the JDK counts them). */
    public static boolean isLowerCase(char c) {
        return c >= 'a' && c <= 'z' || c >= '\u00df' && c <= '\u00ff' && c != '\u00f7' || c == '\u00aa' || c == '\u00b5' || c == '\u00ba' || c == '\u03bc';
    }
    public static boolean isLowerCase(int c) { return c >= 0 && c <= 0xFFFF && isLowerCase((char) c); }

    /** Unicode whitespace that is not a no-break space, and the ASCII controls \t \n \u000B \f \r and U+001C..U+001F. */
    public static boolean isWhitespace(char c) {
        if (c <= ' ') return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001c';
        return c == '\u1680' || c >= '\u2000' && c <= '\u200a' && c != '\u2007' || c == '\u2028' || c == '\u2029' || c == '\u205f' || c == '\u3000';
    }
    public static boolean isWhitespace(int c) { return c >= 0 && c <= 0xFFFF && isWhitespace((char) c); }

    /** Space separators (Zs, Zl, Zp): unlike isWhitespace, the no-break spaces count and the controls do not. */
    public static boolean isSpaceChar(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u1680' || c >= '\u2000' && c <= '\u200a' || c == '\u2028' || c == '\u2029'
                || c == '\u202f' || c == '\u205f' || c == '\u3000';
    }

    public static char toUpperCase(char c) {
        if (c >= 'a' && c <= 'z' || c >= '\u00e0' && c <= '\u00fe' && c != '\u00f7') return (char) (c - 32);
        if (c == '\u00ff') return '\u0178';
        if (c == '\u00b5' || c == '\u03bc') return '\u039c';
        return c;
    }
    public static int toUpperCase(int c) { return c >= 0 && c <= 0xFFFF ? toUpperCase((char) c) : c; }

    public static char toLowerCase(char c) {
        if (c >= 'A' && c <= 'Z' || c >= '\u00c0' && c <= '\u00de' && c != '\u00d7') return (char) (c + 32);
        if (c == '\u0178') return '\u00ff';
        if (c == '\u039c') return '\u03bc';
        return c;
    }
    public static int toLowerCase(int c) { return c >= 0 && c <= 0xFFFF ? toLowerCase((char) c) : c; }

    /** The value of {@code c} as a digit in {@code radix} (2..36), or -1. */
    public static int digit(char c, int radix) { return digit((int) c, radix); }
    public static int digit(int c, int radix) {
        if (radix < 2 || radix > 36) return -1;
        int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : -1;
        return v < radix ? v : -1;
    }

    /** Digits and letters (a = 10 .. z = 35), the superscripts ¹²³, -2 for the fractions ¼½¾, else -1. */
    public static int getNumericValue(char c) {
        int d = digit(c, 36);
        if (d >= 0) return d;
        if (c == '\u00b9') return 1;
        if (c == '\u00b2' || c == '\u00b3') return c - '\u00b0';
        if (c >= '\u00bc' && c <= '\u00be') return -2;
        return -1;
    }
    public static int getNumericValue(int c) { return c >= 0 && c <= 0xFFFF ? getNumericValue((char) c) : -1; }

    public static char forDigit(int digit, int radix) {
        if (digit >= radix || digit < 0 || radix < 2 || radix > 36) return '\0';
        return (char) (digit < 10 ? '0' + digit : 'a' - 10 + digit);
    }

    public static boolean isHighSurrogate(char c) { return c >= '\ud800' && c <= '\udbff'; }
    public static boolean isLowSurrogate(char c) { return c >= '\udc00' && c <= '\udfff'; }
    public static boolean isSurrogate(char c) { return c >= '\ud800' && c <= '\udfff'; }

    public static int compare(char a, char b) { return a - b; }
    public static int hashCode(char c) { return c; }

    public static String toString(char c) { return Strings.valueOf(c); }

    /** {@code Character.toString(codePoint)}: one char, or the surrogate pair of a supplementary code point. */
    public static String toString(int cp) {
        if (cp < 0x10000) return Strings.valueOf((char) cp);
        long r = StringUnits.allocate(2, StringUnits.UTF16);   // surrogates are above 0xFF
        StringUnits.put(r, 0, (char) (0xD7C0 + (cp >>> 10)));
        StringUnits.put(r, 1, (char) (0xDC00 + (cp & 0x3FF)));
        return Mem.stringAt(r);
    }
}

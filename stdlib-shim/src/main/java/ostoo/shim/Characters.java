package ostoo.shim;

import ostoo.rt.StringUnits;
import ostoo.rt.Layout;
import ostoo.rt.Mem;

/**
 * {@code Character}'s static methods, equal to the JDK's for every code point (and every int outside
 * 0..0x10FFFF, which is no letter, digit or case and maps to itself): letters, upper and lower case
 * (Other_Uppercase/Other_Lowercase included, so ª º count as lower case), simple case mapping, digit
 * values of every script and {@code getNumericValue} come from {@link CharacterTables}, generated from
 * the JDK's own {@code Character} (each table is a String literal, read-only data, linked in only by a
 * program calling a method that reads it); ASCII is answered before any table lookup.
 * {@code isWhitespace}, {@code isSpaceChar} (no space separator lies above U+3000) and the surrogate
 * tests need no table. {@code digit} is what {@code Integer.parseInt} uses, so it too takes the digits of
 * every script, as the JDK's does.
 */
public final class Characters {
    private Characters() { }

    public static boolean isDigit(char c) { return isDigit((int) c); }
    /** Nd: exactly the code points of digit value 0..9 (the Latin letters, also digits, are 10..35). */
    public static boolean isDigit(int c) {
        if (c < 0x80) return c >= '0' && c <= '9';
        int d = digitValue(c);
        return d >= 0 && d < 10;
    }

    public static boolean isLetter(char c) { return isLetter((int) c); }
    public static boolean isLetter(int c) { return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : inSet(CharacterTables.LETTERS, c); }

    public static boolean isLetterOrDigit(char c) { return isLetterOrDigit((int) c); }
    public static boolean isLetterOrDigit(int c) { return isLetter(c) || isDigit(c); }

    public static boolean isUpperCase(char c) { return isUpperCase((int) c); }
    public static boolean isUpperCase(int c) { return c < 0x80 ? c >= 'A' && c <= 'Z' : inRuns(CharacterTables.UPPER_CASE, c); }

    public static boolean isLowerCase(char c) { return isLowerCase((int) c); }
    public static boolean isLowerCase(int c) { return c < 0x80 ? c >= 'a' && c <= 'z' : inRuns(CharacterTables.LOWER_CASE, c); }

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
    public static boolean isSpaceChar(int c) { return c >= 0 && c <= 0xFFFF && isSpaceChar((char) c); }

    public static char toUpperCase(char c) { return (char) toUpperCase((int) c); }   // no case mapping leaves its plane
    public static int toUpperCase(int c) { return c < 0x80 ? c >= 'a' && c <= 'z' ? c - 32 : c : mapCase(CharacterTables.TO_UPPER_CASE, c); }

    public static char toLowerCase(char c) { return (char) toLowerCase((int) c); }
    public static int toLowerCase(int c) { return c < 0x80 ? c >= 'A' && c <= 'Z' ? c + 32 : c : mapCase(CharacterTables.TO_LOWER_CASE, c); }

    /** The value of {@code c} as a digit in {@code radix} (2..36), or -1. */
    public static int digit(char c, int radix) { return digit((int) c, radix); }
    public static int digit(int c, int radix) {
        if (radix < 2 || radix > 36) return -1;
        int v = c < 0x80 ? c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? (c | 0x20) - 'a' + 10 : -1 : digitValue(c);
        return v < radix ? v : -1;
    }

    /** Digit values (0..35), else the numeric value of numbers, fractions (-2) and the rest (-1). */
    public static int getNumericValue(char c) { return getNumericValue((int) c); }
    public static int getNumericValue(int c) {
        int d = digit(c, 36);
        if (d >= 0) return d;
        int e = entry(CharacterTables.NUMBERS, c, 3);
        if (e < 0) return -1;
        String t = CharacterTables.NUMBERS;
        int off = (c & 0xFFFF) - at(t, e), span = at(t, e + 1), code = at(t, e + 2);
        if (off > span >> 1) return -1;
        if (code == 0xFFFE) return -2;
        int v = code >>> 4;
        for (int k = code & 15; k > 0; k--) v *= 10;
        return (span & 1) != 0 ? v + off : v;
    }

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

    /** {@code digit(c, 36)} above ASCII: 0..9 after a zero of the table, 10..35 for the fullwidth Latin letters, else -1. */
    private static int digitValue(int c) {
        String t = CharacterTables.DIGIT_ZEROS;
        int e = entry(t, c, 1), off = e < 0 ? 10 : (c & 0xFFFF) - at(t, e);
        if (off < 10) return off;
        int l = c - (0xFF21 - 'A') | 0x20;   // Ａ..Ｚ, ａ..ｚ as A..Z, a..z
        return c >= 0xFF21 && c <= 0xFF5A && l >= 'a' && l <= 'z' ? l - 'a' + 10 : -1;
    }

    /** {@code c} mapped by a case table: {@code c} plus the delta of the run holding it, within its plane. */
    private static int mapCase(String t, int c) {
        int e = entry(t, c, 3);
        return inRun(t, e, c) ? c & 0x1F0000 | (c + at(t, e + 2)) & 0xFFFF : c;
    }

    /** Whether a table of runs (2 chars an entry) holds {@code c}. */
    private static boolean inRuns(String t, int c) { return inRun(t, entry(t, c, 2), c); }

    /** Whether {@code c} is one of the code points of the run at {@code e} (-1: none), given as start, {@code (last - start) << 1 | stride2}. */
    private static boolean inRun(String t, int e, int c) {
        if (e < 0) return false;
        int off = (c & 0xFFFF) - at(t, e), span = at(t, e + 1);
        return off <= span >> 1 && (span & off & 1) == 0;   // not past the run, nor between the points of a stride-2 run
    }

    /** Whether a set table holds {@code c}: the number of flips at or below it is odd. */
    private static boolean inSet(String t, int c) {
        int p = c >>> 16;
        return p < 17 && (search(t, c & 0xFFFF, at(t, p), at(t, p + 1), 1) & 1) != 0;
    }

    /** The index of the first char of the last entry of {@code c}'s plane starting at or below {@code c}, or -1 (none, or no plane). */
    private static int entry(String t, int c, int width) {
        int p = c >>> 16;
        if (p >= 17) return -1;
        int first = at(t, p), k = search(t, c & 0xFFFF, first, at(t, p + 1), width) - 1;
        return k < first ? -1 : 18 + k * width;
    }

    /** The number of entries before {@code to} starting at or below {@code low}, by binary search of entries {@code [from, to)}. */
    private static int search(String t, int low, int from, int to, int width) {
        while (from < to) {
            int mid = (from + to) >>> 1;
            if (at(t, 18 + mid * width) <= low) from = mid + 1;
            else to = mid;
        }
        return from;
    }

    /** Char {@code i} of a table: every table is a UTF-16 literal ({@code CharacterTablesSource} makes sure). */
    private static char at(String t, int i) { return Mem.loadChar(Mem.addressOf(t) + Layout.STRING_CHARS + 2L * i); }
}

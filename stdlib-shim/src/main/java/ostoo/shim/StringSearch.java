package ostoo.shim;

import ostoo.rt.StringUnits;

/**
 * String's search methods ({@code s.indexOf(...)} is {@code StringSearch.indexOf(s, ...)}), with the
 * JDK's answers at the edges: a {@code from} past either end is clamped, the empty string is found at
 * {@code from}, and {@code indexOf(int)} finds a supplementary code point as its surrogate pair.
 */
public final class StringSearch {
    private StringSearch() { }

    public static boolean isEmpty(String s) { return StringChars.length(s) == 0; }

    public static int indexOf(String s, int ch) { return indexOf(s, ch, 0); }

    public static int indexOf(String s, int ch, int from) {
        if (ch >= 0x10000) return indexOf(s, Characters.toString(ch), from);
        int n = StringChars.length(s);
        for (int i = from < 0 ? 0 : from; i < n; i++) if (StringUnits.at(s, i) == ch) return i;
        return -1;
    }

    public static int indexOf(String s, String t) { return indexOf(s, t, 0); }

    public static int indexOf(String s, String t, int from) {
        int n = StringChars.length(s);
        if (from >= n) return StringChars.length(t) == 0 ? n : -1;
        return StringChars.find(s, t, from);
    }

    public static int lastIndexOf(String s, int ch) { return lastIndexOf(s, ch, StringChars.length(s) - 1); }

    public static int lastIndexOf(String s, int ch, int from) {
        if (ch >= 0x10000) return lastIndexOf(s, Characters.toString(ch), from);
        int n = StringChars.length(s);
        for (int i = from >= n ? n - 1 : from; i >= 0; i--) if (StringUnits.at(s, i) == ch) return i;
        return -1;
    }

    public static int lastIndexOf(String s, String t) { return lastIndexOf(s, t, StringChars.length(s)); }

    public static int lastIndexOf(String s, String t, int from) {
        int n = StringChars.length(s), m = StringChars.length(t);
        int i = from > n - m ? n - m : from;
        for (; i >= 0; i--) if (regionMatches(s, i, t)) return i;
        return -1;
    }

    public static boolean contains(String s, String t) { return StringChars.find(s, t, 0) >= 0; }

    public static boolean startsWith(String s, String prefix) { return startsWith(s, prefix, 0); }

    public static boolean startsWith(String s, String prefix, int offset) {
        return offset >= 0 && offset <= StringChars.length(s) - StringChars.length(prefix) && regionMatches(s, offset, prefix);
    }

    public static boolean endsWith(String s, String suffix) { return startsWith(s, suffix, StringChars.length(s) - StringChars.length(suffix)); }

    /** Whether {@code t} occurs in {@code s} at {@code at} (which leaves room for it). */
    static boolean regionMatches(String s, int offset, String t) {
        int m = StringChars.length(t);
        for (int j = 0; j < m; j++) if (StringUnits.at(s, offset + j) != StringUnits.at(t, j)) return false;
        return true;
    }
}

package ostoo.shim;

import ostoo.rt.Mem;
import ostoo.rt.Panic;
import ostoo.rt.StringUnits;

/**
 * String's methods that make a new string from an old one: substrings, replacements, trimming and
 * stripping, {@code concat}, {@code repeat}. As in the JDK, a call that would change nothing returns the
 * receiver itself.
 */
public final class StringTransform {
    private StringTransform() { }

    public static String substring(String s, int begin) { return substring(s, begin, StringChars.length(s)); }

    public static String substring(String s, int begin, int end) {
        int n = StringChars.length(s);
        StringChars.checkRange(begin, end, n, "String.substring");
        if (begin == 0 && end == n) return s;
        return StringChars.range(s, begin, end);
    }

    public static String replace(String s, char from, char to) {
        if (from == to || StringSearch.indexOf(s, from) < 0) return s;
        char[] a = Strings.toCharArray(s);
        for (int i = 0; i < a.length; i++) if (a[i] == from) a[i] = to;
        return StringUnits.of(a, 0, a.length);
    }

    /**
     * {@code s.replace(target, replacement)}: every non-overlapping occurrence, left to right; an empty
     * target matches before every char and at the end. Two passes, as the JDK's: one finds the result's
     * length and coder, the other fills the one new string (concatenating piece by piece would copy the
     * growing result again per occurrence: quadratic).
     */
    public static String replace(String s, String target, String replacement) {
        if (target == null || replacement == null) StringChars.nullPointer("String.replace");
        int n = StringChars.length(s), m = StringChars.length(target), k = StringChars.length(replacement);
        if (m > 0 && StringChars.find(s, target, 0) < 0) return s;
        // the kept chars and the replacements: their number and their coder (kept ranges on their own,
        // so that a UTF-16 string whose wide chars are all replaced gives a Latin-1 result)
        long length = 0;
        int coder = StringUnits.coder(replacement), from = 0;
        for (int i = m == 0 ? 0 : StringChars.find(s, target, 0); i >= 0; i = next(s, target, i + m, n)) {
            length += i - from + k;
            coder |= StringUnits.coderOf(s, from, i - from);
            from = i + m;
        }
        length += n - from;
        coder |= StringUnits.coderOf(s, from, n - from);
        long r = StringUnits.allocate(StringChars.checkLength(length, "String.replace"), coder);
        int at = 0;
        from = 0;
        for (int i = m == 0 ? 0 : StringChars.find(s, target, 0); i >= 0; i = next(s, target, i + m, n)) {
            at = StringUnits.copy(s, from, i - from, r, at);
            at = StringUnits.copy(replacement, 0, k, r, at);
            from = i + m;
        }
        StringUnits.copy(s, from, n - from, r, at);
        return Mem.stringAt(r);
    }

    /**
     * The match after one that ended at {@code from} ({@code from} = its index + the target's length), or
     * -1. An empty target matches at every index 0..n, so after i comes i + 1.
     */
    private static int next(String s, String target, int from, int n) {
        if (StringChars.length(target) > 0) return StringChars.find(s, target, from);
        return from + 1 <= n ? from + 1 : -1;
    }

    /** {@code trim()}: without the leading and trailing chars up to U+0020. */
    public static String trim(String s) {
        int n = StringChars.length(s), b = 0, e = n;
        while (b < e && StringUnits.at(s, b) <= ' ') b++;
        while (e > b && StringUnits.at(s, e - 1) <= ' ') e--;
        return b == 0 && e == n ? s : StringChars.range(s, b, e);
    }

    /** {@code strip()}: without the leading and trailing {@link Characters#isWhitespace(char)} chars. */
    public static String strip(String s) { return stripTrailing(stripLeading(s)); }

    public static String stripLeading(String s) {
        int b = leadingWhitespace(s);
        return b == 0 ? s : StringChars.range(s, b, StringChars.length(s));
    }

    /** The number of {@link Characters#isWhitespace(char)} chars {@code s} starts with. */
    private static int leadingWhitespace(String s) {
        int n = StringChars.length(s), b = 0;
        while (b < n && Characters.isWhitespace(StringUnits.at(s, b))) b++;
        return b;
    }

    public static String stripTrailing(String s) {
        int n = StringChars.length(s), e = n;
        while (e > 0 && Characters.isWhitespace(StringUnits.at(s, e - 1))) e--;
        return e == n ? s : StringChars.range(s, 0, e);
    }

    /** Without building the stripped string (no collector: a query should not allocate). */
    public static boolean isBlank(String s) { return leadingWhitespace(s) == StringChars.length(s); }

    /** {@code s.concat(t)}: unlike {@code +}, a null {@code t} is a NullPointerException. */
    public static String concat(String s, String t) {
        if (t == null) StringChars.nullPointer("String.concat");
        return StringChars.length(t) == 0 ? s : Strings.concat(s, t);
    }

    public static String repeat(String s, int count) {
        if (count < 0) Panic.panic("java.lang.IllegalArgumentException: count is negative: " + count, "String.repeat");
        if (count == 1) return s;
        int n = StringChars.length(s);
        char[] a = new char[n * count];
        for (int k = 0; k < count; k++) StringChars.copyTo(s, a, k * n);
        return StringUnits.of(a, 0, a.length);
    }
}

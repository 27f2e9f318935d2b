package ostoo.shim;

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

    /** {@code s.replace(target, replacement)}: every non-overlapping occurrence, left to right; an empty target matches between all chars. */
    public static String replace(String s, String target, String replacement) {
        if (target == null || replacement == null) StringChars.nullPointer("String.replace");
        int n = StringChars.length(s), m = StringChars.length(target);
        if (m == 0) {
            String r = replacement;
            for (int i = 0; i < n; i++) r = r + StringUnits.at(s, i) + replacement;
            return r;
        }
        int i = StringChars.find(s, target, 0);
        if (i < 0) return s;
        String r = "";
        int from = 0;
        while (i >= 0) {
            r = r + StringChars.range(s, from, i) + replacement;
            from = i + m;
            i = StringChars.find(s, target, from);
        }
        return r + StringChars.range(s, from, n);
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
        int n = StringChars.length(s), b = 0;
        while (b < n && Characters.isWhitespace(StringUnits.at(s, b))) b++;
        return b == 0 ? s : StringChars.range(s, b, n);
    }

    public static String stripTrailing(String s) {
        int n = StringChars.length(s), e = n;
        while (e > 0 && Characters.isWhitespace(StringUnits.at(s, e - 1))) e--;
        return e == n ? s : StringChars.range(s, 0, e);
    }

    public static boolean isBlank(String s) { return StringChars.length(stripLeading(s)) == 0; }

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

package ostoo.shim;

import ostoo.rt.Panic;
import ostoo.rt.StringUnits;

/**
 * {@code s.split(regex)} for regexes that are literal text: no metacharacter of {@code .$|()[]{}^?*+\}, or
 * a backslash-escaped single non-alphanumeric char ({@code "\\."}), which is what the JDK's own fast path
 * covers. Anything else is a regex, unsupported: a panic naming it. The JDK's results: no match gives
 * {@code {s}}; trailing empty strings are removed; the empty delimiter splits between chars.
 */
public final class StringSplit {
    private StringSplit() { }

    public static String[] split(String s, String regex) { return split(s, regex, 0); }

    /**
     * {@code s.split(regex, limit)}: {@code limit > 0} gives at most that many pieces, the last one the rest of
     * {@code s}; 0 removes trailing empty strings; a negative limit keeps them.
     */
    public static String[] split(String s, String regex, int limit) {
        String delim = literal(regex);
        if (delim == null) Panic.panic("unsupported: String.split with the regex \"" + regex + "\"", "String.split");
        int n = StringChars.length(s), m = StringChars.length(delim);
        if (n == 0) return new String[] {s};
        if (m == 0) return chars(s, limit);
        // the pieces: between occurrences, left to right (at most limit - 1 cuts when limit > 0)
        int count = 1;
        for (int i = StringChars.find(s, delim, 0); i >= 0 && (limit <= 0 || count < limit); i = StringChars.find(s, delim, i + m)) count++;
        if (count == 1) return new String[] {s};
        String[] parts = new String[count];
        int from = 0, k = 0;
        for (int i = StringChars.find(s, delim, 0); k < count - 1; i = StringChars.find(s, delim, i + m)) {
            parts[k++] = StringChars.range(s, from, i);
            from = i + m;
        }
        parts[k] = StringChars.range(s, from, n);
        int keep = count;
        if (limit == 0) while (keep > 0 && StringChars.length(parts[keep - 1]) == 0) keep--;
        if (keep == count) return parts;
        String[] r = new String[keep];
        for (int i = 0; i < keep; i++) r[i] = parts[i];
        return r;
    }

    /** The text {@code regex} matches literally, or null when it is a real regex. */
    private static String literal(String regex) {
        int m = StringChars.length(regex);
        if (m == 2 && StringUnits.at(regex, 0) == '\\') {
            char c = StringUnits.at(regex, 1);
            boolean alnum = c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            return alnum || Characters.isHighSurrogate(c) || Characters.isLowSurrogate(c) ? null : Strings.valueOf(c);
        }
        for (int i = 0; i < m; i++) if (StringSearch.indexOf(".$|()[]{}^?*+\\", StringUnits.at(regex, i)) >= 0) return null;
        return regex;
    }

    /** {@code s.split("")}: one string per char (the JDK's empty regex matches between the halves of a surrogate pair too). */
    private static String[] chars(String s, int limit) {
        int n = StringChars.length(s);
        // the empty regex matches before every char and at the end: n + 1 pieces, the last one empty (removed by limit 0)
        int pieces = limit == 0 ? n : limit < 0 || limit > n ? n + 1 : limit;
        String[] r = new String[pieces];
        for (int i = 0; i < pieces - 1; i++) r[i] = StringChars.range(s, i, i + 1);
        r[pieces - 1] = StringChars.range(s, pieces - 1, limit == 0 ? pieces : n);
        return r;
    }
}

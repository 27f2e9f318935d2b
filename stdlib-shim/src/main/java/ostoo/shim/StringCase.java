package ostoo.shim;

import ostoo.rt.StringUnits;

/**
 * {@code String.toUpperCase()}/{@code toLowerCase()} (the root locale's rules): char by char through
 * a Latin-1 mapping of its own, plus the one Latin-1 special case, {@code ß} upper-casing to {@code SS}.
 * Limit: letters above U+00FF (Greek, Cyrillic, ...) are left as they are, except {@code Ÿ} and
 * {@code Μ}, the partners of Latin-1's {@code ÿ} and {@code µ}: {@code Character}'s full tables alone would
 * not make it the JDK's (which also maps final sigma, expands {@code İ} and most of SpecialCasing, and maps
 * supplementary code points), and would cost every program that lower-cases a string ~1 KiB.
 */
public final class StringCase {
    private StringCase() { }

    public static String toUpperCase(String s) {
        int n = StringChars.length(s), extra = 0;
        for (int i = 0; i < n; i++) if (StringUnits.at(s, i) == '\u00df') extra++;
        char[] a = new char[n + extra];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = StringUnits.at(s, i);
            if (c == '\u00df') { a[k++] = 'S'; a[k++] = 'S'; } else a[k++] = upper(c);
        }
        return same(s, a) ? s : StringUnits.of(a, 0, a.length);
    }

    public static String toLowerCase(String s) {
        int n = StringChars.length(s);
        char[] a = new char[n];
        for (int i = 0; i < n; i++) a[i] = lower(StringUnits.at(s, i));
        return same(s, a) ? s : StringUnits.of(a, 0, n);
    }

    /** Whether the conversion changed nothing (the JDK then returns the receiver itself). */
    private static boolean same(String s, char[] a) {
        if (a.length != StringChars.length(s)) return false;
        for (int i = 0; i < a.length; i++) if (a[i] != StringUnits.at(s, i)) return false;
        return true;
    }

    private static char upper(char c) {
        if (c >= 'a' && c <= 'z' || c >= '\u00e0' && c <= '\u00fe' && c != '\u00f7') return (char) (c - 32);
        if (c == '\u00ff') return '\u0178';
        if (c == '\u00b5' || c == '\u03bc') return '\u039c';
        return c;
    }

    private static char lower(char c) {
        if (c >= 'A' && c <= 'Z' || c >= '\u00c0' && c <= '\u00de' && c != '\u00d7') return (char) (c + 32);
        if (c == '\u0178') return '\u00ff';
        if (c == '\u039c') return '\u03bc';
        return c;
    }
}

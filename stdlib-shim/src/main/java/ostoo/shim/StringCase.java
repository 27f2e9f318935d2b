package ostoo.shim;

import ostoo.rt.StringUnits;

/**
 * {@code String.toUpperCase()}/{@code toLowerCase()} (the root locale's rules): char by char through
 * {@link Characters}, plus the one Latin-1 special case, {@code ß} upper-casing to {@code SS}.
 * Limit: letters above U+00FF (Greek, Cyrillic, ...) are left as they are, except {@code Ÿ} and
 * {@code Μ}, the partners of Latin-1's {@code ÿ} and {@code µ}.
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
            if (c == '\u00df') { a[k++] = 'S'; a[k++] = 'S'; } else a[k++] = Characters.toUpperCase(c);
        }
        return same(s, a) ? s : StringUnits.of(a, 0, a.length);
    }

    public static String toLowerCase(String s) {
        int n = StringChars.length(s);
        char[] a = new char[n];
        for (int i = 0; i < n; i++) a[i] = Characters.toLowerCase(StringUnits.at(s, i));
        return same(s, a) ? s : StringUnits.of(a, 0, n);
    }

    /** Whether the conversion changed nothing (the JDK then returns the receiver itself). */
    private static boolean same(String s, char[] a) {
        if (a.length != StringChars.length(s)) return false;
        for (int i = 0; i < a.length; i++) if (a[i] != StringUnits.at(s, i)) return false;
        return true;
    }
}

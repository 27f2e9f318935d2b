package ostoo.shim;

import ostoo.rt.StringUnits;

/**
 * String's orderings and case-insensitive equality, char by char as the JDK compares them (the case
 * folding is {@link Characters#toUpperCase(char)} then {@link Characters#toLowerCase(char)}, so it shares
 * their Latin-1 limit).
 */
public final class StringCompare {
    private StringCompare() { }

    /** {@code s.compareTo(t)}: the first differing char's difference, else the length difference. */
    public static int compareTo(String s, String t) {
        int n = StringChars.length(s), m = StringChars.length(t), lim = n < m ? n : m;
        for (int k = 0; k < lim; k++) {
            char a = StringUnits.at(s, k), b = StringUnits.at(t, k);
            if (a != b) return a - b;
        }
        return n - m;
    }

    public static int compareToIgnoreCase(String s, String t) {
        int n = StringChars.length(s), m = StringChars.length(t), lim = n < m ? n : m;
        for (int k = 0; k < lim; k++) {
            char a = StringUnits.at(s, k), b = StringUnits.at(t, k);
            if (a == b) continue;
            a = Characters.toUpperCase(a);
            b = Characters.toUpperCase(b);
            if (a == b) continue;
            a = Characters.toLowerCase(a);
            b = Characters.toLowerCase(b);
            if (a != b) return a - b;
        }
        return n - m;
    }

    /** {@code s.equalsIgnoreCase(t)}: same length, and each pair of chars equal after upper- or lower-casing. */
    public static boolean equalsIgnoreCase(String s, String t) {
        if (t == null) return false;
        int n = StringChars.length(s);
        if (n != StringChars.length(t)) return false;
        for (int k = 0; k < n; k++) {
            char a = StringUnits.at(s, k), b = StringUnits.at(t, k);
            if (a == b) continue;
            char ua = Characters.toUpperCase(a), ub = Characters.toUpperCase(b);
            if (ua == ub) continue;
            if (Characters.toLowerCase(ua) != Characters.toLowerCase(ub)) return false;
        }
        return true;
    }
}

package ostoo.shim;

import ostoo.rt.Layout;
import ostoo.rt.Mem;
import ostoo.rt.Panic;
import ostoo.rt.StringUnits;

/**
 * A String's chars (Latin-1 or UTF-16, see {@link StringUnits}) for the String and StringBuilder classes
 * of the shim: substrings in canonical form (Latin-1 when every char is at most 0xFF), copies into char
 * arrays, searching, and the JVM's StringIndexOutOfBoundsException messages (unchecked reads and strings
 * of char[] ranges are {@link StringUnits#at} and {@link StringUnits#of}).
 * Package-private: the compiler maps no Java method here.
 */
public final class StringChars {
    private StringChars() { }

    public static final String SIOOBE = "java.lang.StringIndexOutOfBoundsException: ";

    public static int length(String s) { return Mem.loadInt(Mem.addressOf(s) + Layout.STRING_LENGTH); }

    /** A new string of {@code s[begin .. end)} (checked by the caller). */
    public static String range(String s, int begin, int end) {
        int n = end - begin;
        long r = StringUnits.allocate(n, StringUnits.coderOf(s, begin, n));
        StringUnits.copy(s, begin, n, r, 0);
        return Mem.stringAt(r);
    }

    /** Copies the chars of {@code s} into {@code a} from {@code at}. */
    public static void copyTo(String s, char[] a, int at) {
        int n = length(s);
        for (int i = 0; i < n; i++) a[at + i] = StringUnits.at(s, i);
    }

    /** The JVM's message for a bad {@code substring}/{@code subSequence} range. */
    public static void checkRange(int begin, int end, int length, String where) {
        if (begin < 0 || begin > end || end > length)
            Panic.panic(SIOOBE + "begin " + begin + ", end " + end + ", length " + length, where);
    }

    /** A new string's length, which the JDK's limit bounds as it does an array's: past it, its OutOfMemoryError. */
    public static int checkLength(long length, String where) {
        if (length > Integer.MAX_VALUE) Panic.panic("java.lang.OutOfMemoryError", where);
        return (int) length;
    }

    /** The JVM's message for a null receiver or argument. */
    public static void nullPointer(String where) { Panic.panic("java.lang.NullPointerException", where); }

    /** The index of {@code t} in {@code s} at or after {@code from}, or -1 (the JDK's naive search). */
    public static int find(String s, String t, int from) {
        int n = length(s), m = length(t);
        if (from < 0) from = 0;
        for (int i = from; i <= n - m; i++) {
            int j = 0;
            while (j < m && StringUnits.at(s, i + j) == StringUnits.at(t, j)) j++;
            if (j == m) return i;
        }
        return -1;
    }
}

package ostoo.shim;

import ostoo.rt.Panic;
import ostoo.rt.StringUnits;

/**
 * String's static methods beyond {@code valueOf} of primitives (which {@link Strings} has) and its
 * constructors from chars: {@code new String(a)} is {@code StringStatics.newString(a)}.
 * {@code String.join} takes an array (varargs are not supported).
 */
public final class StringStatics {
    private StringStatics() { }

    public static String newString(char[] a) { return StringUnits.of(a, 0, a.length); }

    /** {@code String.format}: java.util.Formatter's conversions, byte for byte ({@link Formatter}). */
    public static String format(String format, Object... args) { return Formatter.format(format, args); }

    /** {@code new String(s)}: a new string object equal to {@code s} ({@code != s}, as on the JVM). */
    public static String newString(String s) {
        if (s == null) StringChars.nullPointer("new String");
        return Strings.concat(s, "");
    }

    /** {@code new String(sb)}: the builder's current chars. */
    public static String newString(StringBuilder b) { return b.toString(); }

    public static String newString(char[] a, int offset, int count) {
        checkOffsetCount(offset, count, a.length);
        return StringUnits.of(a, offset, count);
    }

    public static String valueOf(char[] a) { return newString(a); }
    public static String valueOf(char[] a, int offset, int count) { return newString(a, offset, count); }
    public static String copyValueOf(char[] a) { return newString(a); }
    public static String copyValueOf(char[] a, int offset, int count) { return newString(a, offset, count); }

    /** {@code String.join(delimiter, elements)}: null elements read "null". */
    public static String join(String delimiter, String... elements) {
        if (delimiter == null) StringChars.nullPointer("String.join");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) b.append(delimiter);
            b.append(elements[i]);
        }
        return b.toString();
    }

    private static void checkOffsetCount(int offset, int count, int length) {
        if (offset < 0 || count < 0 || offset > length - count)
            Panic.panic(StringChars.SIOOBE + "offset " + offset + ", count " + count + ", length " + length, "new String");
    }
}

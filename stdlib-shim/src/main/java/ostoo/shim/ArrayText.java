package ostoo.shim;

import ostoo.rt.Layout;
import ostoo.rt.Mem;
import ostoo.rt.StringUnits;

/**
 * The text of {@code Arrays.toString}, {@code "[" + e0 + ", " + e1 + ... + "]"}, built in one allocation
 * after one pass that sums the lengths (a running {@code s = s + ", " + e} copies the prefix again per
 * element: quadratic time and, with no collector, quadratic memory). Integers are formatted straight
 * into the result ({@link #openNumbers}, {@link #number}, {@link #close}: no string per element); other
 * elements come as their strings ({@link #list}). The result is canonical: Latin-1 exactly when every
 * piece is. Package-private: the compiler maps no Java method here.
 */
final class ArrayText {
    private ArrayText() { }

    /** The list of {@code parts} (none null), e.g. {@code [1, 2]}; {@code []} when there are none. */
    static String list(String[] parts) {
        int n = parts.length;
        if (n == 0) return "[]";
        long length = 2L * n;   // "[" and "]", and ", " between parts
        int coder = StringUnits.LATIN1;
        for (int i = 0; i < n; i++) {
            length += StringChars.length(parts[i]);
            coder |= StringUnits.coder(parts[i]);
        }
        long r = StringUnits.allocate(StringChars.checkLength(length, "Arrays.toString"), coder);
        int at = StringUnits.copy("[", 0, 1, r, 0);
        for (int i = 0; i < n; i++) {
            if (i > 0) at = StringUnits.copy(", ", 0, 2, r, at);
            at = StringUnits.copy(parts[i], 0, StringChars.length(parts[i]), r, at);
        }
        StringUnits.copy("]", 0, 1, r, at);
        return Mem.stringAt(r);
    }

    /** A Latin-1 string of {@code length} chars for a list of integers, its {@code '['} stored. */
    static long openNumbers(long length) {
        long r = StringUnits.allocate(StringChars.checkLength(length, "Arrays.toString"), StringUnits.LATIN1);
        Mem.storeByte(r + Layout.STRING_CHARS, (byte) '[');
        return r;
    }

    /** Stores element {@code i}, {@code v}, at char {@code at} of the list at {@code r}, after {@code ", "} unless it is the first; returns the index after it. */
    static int number(long r, int at, int i, long v) {
        if (i > 0) {
            Mem.storeByte(r + Layout.STRING_CHARS + at++, (byte) ',');
            Mem.storeByte(r + Layout.STRING_CHARS + at++, (byte) ' ');
        }
        return at + Numbers.formatLong(v, r + Layout.STRING_CHARS + at);
    }

    /** Stores the closing {@code ']'} at char {@code at}, the last, and gives the string. */
    static String close(long r, int at) {
        Mem.storeByte(r + Layout.STRING_CHARS + at, (byte) ']');
        return Mem.stringAt(r);
    }
}

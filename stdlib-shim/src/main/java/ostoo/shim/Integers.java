package ostoo.shim;

/** {@code Integer}'s static methods (boxed Integers themselves are not supported). */
public final class Integers {
    private Integers() { }

    public static String toHexString(int v) { return Radix.unsigned(v, 4, 32); }
    public static String toOctalString(int v) { return Radix.unsigned(v, 3, 32); }
    public static String toBinaryString(int v) { return Radix.unsigned(v, 1, 32); }
    public static String toString(int v) { return Strings.valueOf(v); }
    public static String toString(int v, int radix) { return Radix.format(v, radix); }
    public static String toUnsignedString(int v) { return Strings.valueOf(v & 0xFFFFFFFFL); }

    public static int parseInt(String s) { return (int) Radix.parse(s, 10, Integer.MIN_VALUE, Integer.MAX_VALUE, "Integer.parseInt"); }
    public static int parseInt(String s, int radix) { return (int) Radix.parse(s, radix, Integer.MIN_VALUE, Integer.MAX_VALUE, "Integer.parseInt"); }

    public static int compare(int a, int b) { return a < b ? -1 : a == b ? 0 : 1; }
    public static int signum(int v) { return (v >> 31) | (-v >>> 31); }
    public static int sum(int a, int b) { return a + b; }
    public static int max(int a, int b) { return a >= b ? a : b; }
    public static int min(int a, int b) { return a <= b ? a : b; }
    public static int hashCode(int v) { return v; }

    public static int bitCount(int v) {
        int n = 0;
        for (; v != 0; v &= v - 1) n++;
        return n;
    }

    public static int reverse(int v) {
        int r = 0;
        for (int i = 0; i < 32; i++) r |= ((v >>> i) & 1) << (31 - i);
        return r;
    }

    public static int reverseBytes(int v) { return (v << 24) | ((v & 0xff00) << 8) | ((v >>> 8) & 0xff00) | (v >>> 24); }

    public static int numberOfLeadingZeros(int v) {
        int n = 0;
        for (int bit = 31; bit >= 0 && ((v >>> bit) & 1) == 0; bit--) n++;
        return n;
    }

    public static int numberOfTrailingZeros(int v) {
        int n = 0;
        for (int bit = 0; bit < 32 && ((v >>> bit) & 1) == 0; bit++) n++;
        return n;
    }

    public static int highestOneBit(int v) { return v & (Integer.MIN_VALUE >>> numberOfLeadingZeros(v)); }
    public static int lowestOneBit(int v) { return v & -v; }
    public static int rotateLeft(int v, int distance) { return (v << distance) | (v >>> -distance); }
    public static int rotateRight(int v, int distance) { return (v >>> distance) | (v << -distance); }

    /** {@code Integer.parseUnsignedInt}: the JDK's checks (no minus sign; short strings as parseInt, longer ones through a long). */
    public static int parseUnsignedInt(String s, int radix) {
        if (s == null) ostoo.rt.Panic.panic(Radix.NFE + "Cannot parse null string: null", "Integer.parseUnsignedInt");
        int n = StringChars.length(s);
        if (n == 0) Radix.badInput(s, radix, "Integer.parseUnsignedInt");
        if (s.charAt(0) == '-') ostoo.rt.Panic.panic(Radix.NFE + "Illegal leading minus sign on unsigned string " + s + ".", "Integer.parseUnsignedInt");
        if (n <= 5 || radix == 10 && n <= 9) return (int) Radix.parse(s, radix, Integer.MIN_VALUE, Integer.MAX_VALUE, "Integer.parseUnsignedInt");
        long l = Radix.parse(s, radix, Long.MIN_VALUE, Long.MAX_VALUE, "Integer.parseUnsignedInt");
        if ((l & 0xffffffff00000000L) != 0) ostoo.rt.Panic.panic(Radix.NFE + "String value " + s + " exceeds range of unsigned int.", "Integer.parseUnsignedInt");
        return (int) l;
    }
}

package ostoo.shim;

/** {@code Long}'s static methods (boxed Longs themselves are not supported). */
public final class Longs {
    private Longs() { }

    public static String toHexString(long v) { return Radix.unsigned(v, 4, 64); }
    public static String toOctalString(long v) { return Radix.unsigned(v, 3, 64); }
    public static String toBinaryString(long v) { return Radix.unsigned(v, 1, 64); }
    public static String toString(long v) { return Strings.valueOf(v); }
    public static String toString(long v, int radix) { return Radix.format(v, radix); }

    public static long parseLong(String s) { return Radix.parse(s, 10, Long.MIN_VALUE, Long.MAX_VALUE, "Long.parseLong"); }
    public static long parseLong(String s, int radix) { return Radix.parse(s, radix, Long.MIN_VALUE, Long.MAX_VALUE, "Long.parseLong"); }

    public static int compare(long a, long b) { return a < b ? -1 : a == b ? 0 : 1; }
    public static int signum(long v) { return (int) ((v >> 63) | (-v >>> 63)); }
    public static long sum(long a, long b) { return a + b; }
    public static long max(long a, long b) { return a >= b ? a : b; }
    public static long min(long a, long b) { return a <= b ? a : b; }
    public static int hashCode(long v) { return (int) (v ^ (v >>> 32)); }

    public static int bitCount(long v) {
        int n = 0;
        for (; v != 0; v &= v - 1) n++;
        return n;
    }

    public static long reverse(long v) {
        long r = 0;
        for (int i = 0; i < 64; i++) r |= ((v >>> i) & 1) << (63 - i);
        return r;
    }

    public static long reverseBytes(long v) {
        long r = 0;
        for (int i = 0; i < 8; i++) r |= ((v >>> (8 * i)) & 0xff) << (56 - 8 * i);
        return r;
    }

    public static int numberOfLeadingZeros(long v) {
        int n = 0;
        for (int bit = 63; bit >= 0 && ((v >>> bit) & 1) == 0; bit--) n++;
        return n;
    }

    public static int numberOfTrailingZeros(long v) {
        int n = 0;
        for (int bit = 0; bit < 64 && ((v >>> bit) & 1) == 0; bit++) n++;
        return n;
    }

    public static long highestOneBit(long v) { return v & (Long.MIN_VALUE >>> numberOfLeadingZeros(v)); }
    public static long lowestOneBit(long v) { return v & -v; }
    public static long rotateLeft(long v, int distance) { return (v << distance) | (v >>> -distance); }
    public static long rotateRight(long v, int distance) { return (v >>> distance) | (v << -distance); }

    /** {@code Long.toUnsignedString(v, radix)}: digits of the unsigned value (radix 10 when out of range, as BigInteger does). */
    public static String toUnsignedString(long v, int radix) {
        if (v >= 0) return Radix.format(v, radix);
        if (radix < 2 || radix > 36) radix = 10;
        char[] digits = new char[64];
        int at = 64;
        long q = ostoo.shim.lang.Long.divideUnsigned(v, radix);   // the first step is unsigned; the quotient is then non-negative
        digits[--at] = Characters.forDigit((int) (v - q * radix), radix);
        for (; q > 0; q /= radix) digits[--at] = Characters.forDigit((int) (q % radix), radix);
        return new String(digits, at, 64 - at);
    }

    /** {@code Long.parseUnsignedLong}: the JDK's algorithm (all but the last digit as a long, then one unsigned step with its guard). */
    public static long parseUnsignedLong(String s, int radix) {
        String where = "Long.parseUnsignedLong";
        if (s == null) ostoo.rt.Panic.panic(Radix.NFE + "Cannot parse null string: null", where);
        int n = StringChars.length(s);
        if (n == 0) Radix.badInput(s, radix, where);
        if (s.charAt(0) == '-') ostoo.rt.Panic.panic(Radix.NFE + "Illegal leading minus sign on unsigned string " + s + ".", where);
        if (n <= 12 || radix == 10 && n <= 18) return Radix.parse(s, radix, Long.MIN_VALUE, Long.MAX_VALUE, where);
        long first = Radix.parse(s.substring(0, n - 1), radix, Long.MIN_VALUE, Long.MAX_VALUE, where);
        int second = Characters.digit(s.charAt(n - 1), radix);
        if (second < 0) ostoo.rt.Panic.panic(Radix.NFE + "Bad digit at end of " + s, where);
        long result = first * radix + second;
        int guard = radix * (int) (first >>> 57);
        if (guard >= 128 || result >= 0 && guard >= 128 - 36)
            ostoo.rt.Panic.panic(Radix.NFE + "String value " + s + " exceeds range of unsigned long.", where);
        return result;
    }
}

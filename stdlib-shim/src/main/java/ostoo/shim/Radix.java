package ostoo.shim;

import ostoo.rt.Panic;
import ostoo.rt.StringUnits;

/**
 * Integer text in any radix 2..36, shared by Integer, Long, Short and Byte: parsing with the JDK's
 * algorithm and NumberFormatException messages (digits of every script, as {@code Character.digit}
 * has them: "١٢٣" is 123), and formatting, signed or as the unsigned bits of hex/octal/binary.
 */
final class Radix {
    private Radix() { }

    static final String NFE = "java.lang.NumberFormatException: ";

    /**
     * {@code s} as a number within {@code [min, max]} ({@code max} is {@code -min - 1}): the JDK's loop,
     * accumulating negatively so that the most negative value parses.
     */
    static long parse(String s, int radix, long min, long max, String where) {
        if (s == null) Panic.panic(NFE + "Cannot parse null string", where);
        if (radix < 2) Panic.panic(NFE + "radix " + radix + " less than Character.MIN_RADIX", where);
        if (radix > 36) Panic.panic(NFE + "radix " + radix + " greater than Character.MAX_RADIX", where);
        int n = StringChars.length(s), i = 0;
        if (n == 0) badInput(s, radix, where);
        boolean negative = false;
        long limit = -max;
        char first = StringUnits.at(s, 0);
        if (first < '0') {
            if (first == '-') { negative = true; limit = min; }
            else if (first != '+') badInput(s, radix, where);
            if (n == 1) badInput(s, radix, where);
            i++;
        }
        long multmin = limit / radix, result = 0;
        for (; i < n; i++) {
            int digit = Characters.digit(StringUnits.at(s, i), radix);
            if (digit < 0 || result < multmin) badInput(s, radix, where);
            result *= radix;
            if (result < limit + digit) badInput(s, radix, where);
            result -= digit;
        }
        return negative ? result : -result;
    }

    static void badInput(String s, int radix, String where) {
        Panic.panic(NFE + "For input string: \"" + s + "\"" + (radix == 10 ? "" : " under radix " + radix), where);
    }

    /** {@code v} signed in {@code radix} (10 when out of range, as {@code Integer.toString(v, radix)} does). */
    static String format(long v, int radix) {
        if (radix < 2 || radix > 36) radix = 10;
        if (radix == 10) return Strings.valueOf(v);
        char[] buf = new char[65];
        int p = 65;
        long q = v < 0 ? v : -v;   // negative, so that MIN_VALUE needs no special case
        do {
            p--;
            buf[p] = Characters.forDigit((int) -(q % radix), radix);
            q = q / radix;
        } while (q != 0);
        if (v < 0) buf[--p] = '-';
        return StringUnits.of(buf, p, 65 - p);
    }

    /** The low {@code bits} of {@code v} as an unsigned number in base {@code 1 << shift}, without leading zeros. */
    static String unsigned(long v, int shift, int bits) {
        if (bits < 64) v = v & ((1L << bits) - 1);
        char[] buf = new char[64];
        int p = 64, mask = (1 << shift) - 1;
        do {
            buf[--p] = Characters.forDigit((int) (v & mask), 1 << shift);
            v = v >>> shift;
        } while (v != 0);
        return StringUnits.of(buf, p, 64 - p);
    }
}

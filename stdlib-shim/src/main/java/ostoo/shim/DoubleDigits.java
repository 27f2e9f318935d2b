package ostoo.shim;

/**
 * The decimal digits of a positive finite double or float exactly as JDK 17's
 * {@code Double.toString}/{@code Float.toString} choose them (jdk.internal.math.FloatingDecimal, the
 * Steele-White style generator: digits of B/S until the remainder is within M, half an ulp, of either
 * neighbour; then a final rounding). Its quirks are reproduced on purpose, since the JVM prints them:
 * an exponent estimate corrected by dropping a leading zero, at least two digits in E-form, the
 * long-integer shortcut for integers below 2^63 (which rounds away "insignificant" digits), int and long
 * variants of the generator whose overflow behaviour differs (reproduced by wrapping), and a {@code >=}
 * instead of {@code >} in the big-integer variant's high test. The big-integer variant uses {@link BigNat}.
 */
final class DoubleDigits {
    /** Indices into the state array: the first digit, the number of digits, and e for 0.d1d2d3... * 10^e. */
    static final int FIRST = 0, COUNT = 1, DEC_EXPONENT = 2;

    private DoubleDigits() { }

    /**
     * Fills {@code digits} (20 chars) and {@code st} (FIRST, COUNT, DEC_EXPONENT). {@code fractBits}: the
     * significand with its leading one at bit 52; {@code binExp}: the unbiased exponent. (Static with
     * arrays, not an object: the shim's classes are not instantiated.)
     */
    static void generate(char[] digits, int[] st, int binExp, long fractBits, int nSignificantBits) {
        generate(digits, st, binExp, fractBits, nSignificantBits, true);
    }

    /**
     * {@code compatible} is FloatingDecimal's isCompatibleFormat: true for Double.toString; false for
     * java.util.Formatter, which always asks the generators for a second digit (not only in E-form).
     */
    static void generate(char[] digits, int[] st, int binExp, long fractBits, int nSignificantBits, boolean compatible) {
        int tailZeros = trailingZeros(fractBits);
        int nFractBits = 53 - tailZeros;
        int nTinyBits = max0(nFractBits - binExp - 1);
        if (binExp <= 62 && binExp >= -21 && nTinyBits == 0) {   // an integer below 2^63
            int insignificant = binExp > nSignificantBits ? insignificantDigitsForPow2(binExp - nSignificantBits - 1) : 0;
            fractBits = binExp >= 52 ? fractBits << (binExp - 52) : fractBits >>> (52 - binExp);
            longDigits(digits, st, fractBits, insignificant);
            return;
        }
        // d = B / S * 10^decExp with 1 <= B/S < 10; M is half an ulp, scaled like B
        int decExp = estimateDecExp(fractBits, binExp);
        int b5 = max0(-decExp), b2 = b5 + nTinyBits + binExp;
        int s5 = max0(decExp), s2 = s5 + nTinyBits;
        int m5 = b5, m2 = b2 - nSignificantBits;
        fractBits = fractBits >>> tailZeros;
        b2 -= nFractBits - 1;
        int common = b2 < s2 ? b2 : s2;
        b2 -= common; s2 -= common; m2 -= common;
        if (nFractBits == 1) m2 -= 1;   // a power of two: the neighbour below is half as far (symmetric test kept)
        if (m2 < 0) { b2 -= m2; s2 -= m2; m2 = 0; }
        int bBits = nFractBits + b2 + (b5 < 27 ? pow5Bits(b5) : b5 * 3);
        int tenSBits = s2 + 1 + (s5 + 1 < 27 ? pow5Bits(s5 + 1) : (s5 + 1) * 3);
        if (bBits < 64 && tenSBits < 64) {
            boolean narrow = bBits < 32 && tenSBits < 32;
            long b = narrow ? (long) ((int) ((int) fractBits * (int) pow5(b5)) << b2) : (fractBits * pow5(b5)) << b2;
            long s = narrow ? (long) ((int) pow5(s5) << s2) : pow5(s5) << s2;
            long m = narrow ? (long) ((int) pow5(m5) << m2) : pow5(m5) << m2;
            generate(digits, st, decExp, b, s, m, narrow, compatible);
        } else {
            generateBig(digits, st, decExp, fractBits, b5, b2, s5, s2, m5, m2, compatible);
        }
    }

    /** The int (narrow) and long generators: one loop, int overflow reproduced by wrapping. */
    private static void generate(char[] digits, int[] st, int decExp, long b, long s, long m, boolean narrow, boolean compatible) {
        long tens = wrap(s * 10, narrow);
        int n = 0;
        int q = (int) (b / s);
        b = 10 * (b % s);
        m = wrap(m * 10, narrow);
        boolean low = b < m, high = wrap(b + m, narrow) > tens;
        if (q == 0 && !high) decExp--;   // the estimate was one too high: drop the leading zero
        else digits[n++] = (char) ('0' + q);
        if (!compatible || decExp < -3 || decExp >= 8) { high = false; low = false; }   // E-form (or Formatter) needs a second digit
        while (!low && !high) {
            q = (int) (b / s);
            b = 10 * (b % s);
            m = wrap(m * 10, narrow);
            if (m > 0) {
                low = b < m;
                high = wrap(b + m, narrow) > tens;
            } else {   // m overflowed: stop
                low = true;
                high = true;
            }
            digits[n++] = (char) ('0' + q);
        }
        finish(digits, st, decExp, n, low, high, wrap(wrap(b << 1, narrow) - tens, narrow));
    }

    private static void generateBig(char[] digits, int[] st, int decExp, long fractBits, int b5, int b2, int s5, int s2, int m5, int m2, boolean compatible) {
        int[] b = BigNat.make(), s = BigNat.make(), m = BigNat.make(), tenS = BigNat.make(), t = BigNat.make();
        BigNat.setPow52(s, 1, s5, s2);
        BigNat.setPow52(b, fractBits, b5, b2);
        BigNat.setPow52(m, 1, m5 + 1, m2 + 1);   // 10 * M
        BigNat.setPow52(tenS, 1, s5 + 1, s2 + 1);
        int n = 0;
        int q = BigNat.quoRem(b, s);
        boolean low = BigNat.cmp(b, m) < 0;
        BigNat.add(t, b, m);
        boolean high = BigNat.cmp(tenS, t) <= 0;
        if (q == 0 && !high) decExp--;
        else digits[n++] = (char) ('0' + q);
        if (!compatible || decExp < -3 || decExp >= 8) { high = false; low = false; }
        while (!low && !high) {
            q = BigNat.quoRem(b, s);
            BigNat.mulSmall(m, 10);
            low = BigNat.cmp(b, m) < 0;
            BigNat.add(t, b, m);
            high = BigNat.cmp(tenS, t) <= 0;
            digits[n++] = (char) ('0' + q);
        }
        long lowDigitDifference = 0;
        if (high && low) {
            BigNat.shiftLeft(b, 1);
            lowDigitDifference = BigNat.cmp(b, tenS);
        }
        finish(digits, st, decExp, n, low, high, lowDigitDifference);
    }

    /** The last digit is rounded by the stopping condition: up when only high holds, or when both do and 2B > 10S (a tie goes to even). */
    private static void finish(char[] digits, int[] st, int decExp, int n, boolean low, boolean high, long lowDigitDifference) {
        st[DEC_EXPONENT] = decExp + 1;
        st[FIRST] = 0;
        st[COUNT] = n;
        if (high && (!low || lowDigitDifference > 0 || (lowDigitDifference == 0 && (digits[n - 1] & 1) != 0))) roundUp(digits, st);
    }

    private static void roundUp(char[] digits, int[] st) {
        int first = st[FIRST];
        int i = first + st[COUNT] - 1;
        char q = digits[i];
        if (q == '9') {
            while (q == '9' && i > first) { digits[i] = '0'; q = digits[--i]; }
            if (q == '9') { st[DEC_EXPONENT] += 1; digits[first] = '1'; return; }   // carry out: 1 followed by zeros
        }
        digits[i] = (char) (q + 1);
    }

    /** An integer: its digits with trailing zeros dropped, after rounding away {@code insignificant} low digits. */
    private static void longDigits(char[] digits, int[] st, long v, int insignificant) {
        int exp = 0;
        if (insignificant != 0) {
            long pow10 = pow5(insignificant) << insignificant;
            long residue = v % pow10;
            v = v / pow10;
            exp += insignificant;
            if (residue >= (pow10 >> 1)) v++;
        }
        int i = digits.length - 1;
        int c = (int) (v % 10);
        v = v / 10;
        while (c == 0) { exp++; c = (int) (v % 10); v = v / 10; }
        while (v != 0) {
            digits[i--] = (char) (c + '0');
            exp++;
            c = (int) (v % 10);
            v = v / 10;
        }
        digits[i] = (char) (c + '0');
        st[DEC_EXPONENT] = exp + 1;
        st[FIRST] = i;
        st[COUNT] = digits.length - i;
    }

    /** floor(log10(d)), estimated from the bits in double arithmetic (may be one too high; the generator corrects it). */
    private static int estimateDecExp(long fractBits, int binExp) {
        double d2 = Double.longBitsToDouble(0x3ff0000000000000L | (fractBits & 0x000FFFFFFFFFFFFFL));
        double d = (d2 - 1.5) * 0.289529654 + 0.176091259 + (double) binExp * 0.301029995663981;
        int r = (int) d;
        return d < r ? r - 1 : r;
    }

    /** The number of decimal digits of 2^p2 minus one, for 1 < p2 < 64; 0 otherwise. */
    private static int insignificantDigitsForPow2(int p2) {
        if (p2 <= 1 || p2 >= 64) return 0;
        long v = 1L << p2;
        int i = 0;
        while (v >= 10) { v = v / 10; i++; }
        return i;
    }

    static long pow5(int n) {
        long r = 1;
        while (n-- > 0) r = r * 5;
        return r;
    }

    /** Bits needed for 5^n (n < 27). */
    private static int pow5Bits(int n) {
        long v = pow5(n);
        int bits = 0;
        while (v != 0) { bits++; v = v >>> 1; }
        return bits;
    }

    private static int trailingZeros(long v) {
        int n = 0;
        while ((v & 1) == 0) { v = v >>> 1; n++; }
        return n;
    }

    private static int max0(int v) { return v > 0 ? v : 0; }

    private static long wrap(long v, boolean narrow) { return narrow ? (long) (int) v : v; }
}

package ostoo.shim;

import ostoo.rt.FloatBits;

/**
 * Decimal to binary floating point, correctly rounded (to nearest, ties to even): the value
 * 0.d1d2...dn * 10^decExp (n >= 1 significant digits, the last non-zero) becomes the nearest double or
 * float, as the JDK's FloatingDecimal computes it. Short inputs take Clinger's fast path (an exact integer
 * times or divided by an exact power of ten: one rounding). The others are exact: with D the digits as
 * an integer and q = decExp - n, the value is N / M (N = D * 10^max(q, 0), M = 10^max(-q, 0)); its binary
 * exponent e and the quantum 2^u of the result (u = max(e - p + 1, minimum)) give the p-bit quotient
 * Q = floor(N / (M * 2^u)), found by long division ({@link BigNat}), and the remainder rounds it.
 * Beyond 800 digits the rest only says "a little more" (a sticky digit): a halfway point between two
 * doubles has at most 767 significant digits, so that cannot change the rounding.
 */
final class DecimalToBinary {
    private DecimalToBinary() { }

    private static final int MAX_DIGITS = 800;

    static double toDouble(char[] d, int n, int decExp) {
        int q = decExp - n;
        if (n <= 15 && q >= -22 && q <= 22) {   // D < 10^15 and 10^|q| are exact doubles
            double v = (double) digitsValue(d, n);
            return q >= 0 ? v * pow10(q) : v / pow10(-q);
        }
        if (decExp > 310) return Double.POSITIVE_INFINITY;   // >= 10^309
        if (decExp < -323) return 0.0;                       // < 10^-324, below half of Double.MIN_VALUE
        return FloatBits.longBitsToDouble(bits(d, n, decExp, 53, -1074, 1023));
    }

    static float toFloat(char[] d, int n, int decExp) {
        int q = decExp - n;
        if (n <= 7 && q >= -10 && q <= 10) {   // D < 10^7 and 10^|q| are exact floats
            float v = (float) digitsValue(d, n);
            float p = (float) pow10(q >= 0 ? q : -q);
            return q >= 0 ? v * p : v / p;
        }
        if (decExp > 40) return Float.POSITIVE_INFINITY;   // >= 10^39
        if (decExp < -45) return 0.0f;                     // < 10^-46, below half of Float.MIN_VALUE
        return FloatBits.intBitsToFloat((int) bits(d, n, decExp, 24, -149, 127));
    }

    private static long digitsValue(char[] d, int n) {
        long v = 0;
        for (int i = 0; i < n; i++) v = v * 10 + (d[i] - '0');
        return v;
    }

    /** 10^k, exact for k <= 22. */
    private static double pow10(int k) {
        double p = 1.0;
        for (int i = 0; i < k; i++) p = p * 10.0;
        return p;
    }

    /**
     * The bits of the nearest binary value with a p-bit significand, quantum at least 2^minU and binary
     * exponent at most maxE (beyond: infinity's bits): {@code (u - minU) << (p - 1)} plus Q, which carries
     * into the exponent field when Q rounds up to 2^p and gives a subnormal's bits when u is minU.
     */
    private static long bits(char[] d, int n, int decExp, int p, int minU, int maxE) {
        boolean sticky = n > MAX_DIGITS;
        if (sticky) n = MAX_DIGITS;
        int q = decExp - n;
        // sizes: D < 10^n, the powers of ten, and the shifts by u (bounded through e ~ decExp * log2(10))
        int eLow = (decExp - 1) * 3321 / 1000 - 2, eHigh = decExp * 3322 / 1000 + 2;
        int negU = IntMath.min(-minU, IntMath.max(0, p - 1 - eLow)), posU = IntMath.max(0, eHigh - p + 1);
        int bits = IntMath.max(bits10(n) + bits10(IntMath.max(q, 0)) + negU, bits10(IntMath.max(-q, 0)) + posU + p) + 4;
        int limbs = bits / 32 + 2;

        int[] num = BigNat.make(limbs), den = BigNat.make(limbs), t = BigNat.make(limbs);
        int i = 0;
        while (i < n) {   // D, nine digits at a time
            int chunk = 0, scale = 1;
            for (int j = 0; j < 9 && i < n; j++) { chunk = chunk * 10 + (d[i++] - '0'); scale = scale * 10; }
            BigNat.mulSmall(num, scale);
            BigNat.addSmall(num, chunk);
        }
        BigNat.mulPow10(num, IntMath.max(q, 0));
        den[0] = 1;
        BigNat.mulPow10(den, IntMath.max(-q, 0));

        return nearest(num, den, t, sticky, p, minU, maxE);
    }

    /**
     * The bits of the p-bit binary value nearest to num / den (plus a little when sticky), as
     * {@link #bits} describes them. num, den and t (scratch) have one size, room for 2^(p+1) times
     * the larger of num and den * 2^u. Destroys num and den.
     */
    static long nearest(int[] num, int[] den, int[] t, boolean sticky, int p, int minU, int maxE) {
        // e = floor(log2(N / M)) is k or k - 1
        int k = BigNat.bitLength(num) - BigNat.bitLength(den);
        if (k >= 0) { BigNat.copy(t, den); BigNat.shiftLeft(t, k); if (BigNat.cmp(num, t) < 0) k--; }
        else { BigNat.copy(t, num); BigNat.shiftLeft(t, -k); if (BigNat.cmp(t, den) < 0) k--; }
        if (k > maxE) return maxE == 1023 ? 0x7ff0000000000000L : 0x7f800000L;
        int u = IntMath.max(k - p + 1, minU);
        if (u < 0) BigNat.shiftLeft(num, -u); else BigNat.shiftLeft(den, u);

        // Q = floor(num / den) < 2^p, a bit per step against den * 2^(p-1); num ends as 2^p * remainder
        BigNat.shiftLeft(den, p - 1);
        long quotient = 0;
        for (int step = 0; step < p; step++) {
            quotient = quotient << 1;
            if (BigNat.cmp(num, den) >= 0) { BigNat.sub(num, den); quotient++; }
            BigNat.shiftLeft(num, 1);
        }
        int half = BigNat.cmp(num, den);   // sign of (2 * remainder - divisor)
        if (half > 0 || half == 0 && (sticky || (quotient & 1) != 0)) quotient++;
        return ((long) (u - minU) << (p - 1)) + quotient;
    }

    /** An upper bound of the bits of 10^k (log2(10) < 3.322). */
    private static int bits10(int k) { return k * 3322 / 1000 + 1; }
}

package ostoo.shim;

import ostoo.rt.FloatBits;
import ostoo.rt.StringUnits;

/**
 * {@code Double.toString} and {@code Float.toString} as JDK 17 prints them: NaN, Infinity, -Infinity,
 * 0.0, -0.0; plain notation for 10^-3 <= |d| < 10^7 with at least one digit after the point
 * ({@code 100.0}, {@code 0.001}); otherwise computerized scientific notation ({@code 1.0E7},
 * {@code 1.234E-5}). The digits come from {@link DoubleDigits}.
 */
public final class DoubleToString {
    private DoubleToString() { }

    public static String toString(double d) {
        long bits = FloatBits.doubleToRawLongBits(d);
        boolean negative = bits < 0;
        long fract = bits & 0x000FFFFFFFFFFFFFL;
        int exp = (int) (bits >>> 52) & 0x7ff;
        if (exp == 0x7ff) return fract != 0 ? "NaN" : negative ? "-Infinity" : "Infinity";
        if (exp == 0 && fract == 0) return negative ? "-0.0" : "0.0";
        int nSignificantBits = 53;
        if (exp != 0) {
            fract = fract | (1L << 52);
        } else {   // subnormal: normalise so the leading one is at bit 52
            int lz = leadingZeros(fract);
            int shift = lz - 11;
            fract = fract << shift;
            exp = 1 - shift;
            nSignificantBits = 64 - lz;
        }
        return format(negative, exp - 1023, fract, nSignificantBits);
    }

    public static String toString(float f) {
        int bits = FloatBits.floatToRawIntBits(f);
        boolean negative = bits < 0;
        int fract = bits & 0x7FFFFF;
        int exp = (bits >> 23) & 0xff;
        if (exp == 0xff) return fract != 0 ? "NaN" : negative ? "-Infinity" : "Infinity";
        if (exp == 0 && fract == 0) return negative ? "-0.0" : "0.0";
        int nSignificantBits = 24;
        if (exp != 0) {
            fract = fract | (1 << 23);
        } else {
            int lz = leadingZeros(fract & 0xFFFFFFFFL) - 32;
            int shift = lz - 8;
            fract = fract << shift;
            exp = 1 - shift;
            nSignificantBits = 32 - lz;
        }
        return format(negative, exp - 127, (long) fract << 29, nSignificantBits);
    }

    /** Lays the digits out: d.ddd for exponents 1..7, 0.0ddd for -2..0, else d.dddE±n. */
    private static String format(boolean negative, int binExp, long fractBits, int nSignificantBits) {
        char[] d = new char[20];
        int[] st = new int[3];
        DoubleDigits.generate(d, st, binExp, fractBits, nSignificantBits);
        char[] out = new char[26];
        int i = 0;
        if (negative) out[i++] = '-';
        int e = st[DoubleDigits.DEC_EXPONENT], n = st[DoubleDigits.COUNT];
        int f = st[DoubleDigits.FIRST];
        if (e > 0 && e < 8) {
            int intDigits = n < e ? n : e;
            for (int k = 0; k < intDigits; k++) out[i++] = d[f + k];
            if (intDigits < e) {   // trailing integer zeros, then ".0"
                for (int k = intDigits; k < e; k++) out[i++] = '0';
                out[i++] = '.';
                out[i++] = '0';
            } else {
                out[i++] = '.';
                if (intDigits < n) for (int k = intDigits; k < n; k++) out[i++] = d[f + k];
                else out[i++] = '0';
            }
        } else if (e <= 0 && e > -3) {
            out[i++] = '0';
            out[i++] = '.';
            for (int k = e; k < 0; k++) out[i++] = '0';
            for (int k = 0; k < n; k++) out[i++] = d[f + k];
        } else {
            out[i++] = d[f];
            out[i++] = '.';
            if (n > 1) for (int k = 1; k < n; k++) out[i++] = d[f + k];
            else out[i++] = '0';
            out[i++] = 'E';
            int x;
            if (e <= 0) { out[i++] = '-'; x = -e + 1; } else x = e - 1;
            if (x > 99) { out[i++] = (char) ('0' + x / 100); x = x % 100; out[i++] = (char) ('0' + x / 10); }
            else if (x > 9) out[i++] = (char) ('0' + x / 10);
            out[i++] = (char) ('0' + x % 10);
        }
        return string(out, i);
    }

    private static String string(char[] chars, int length) { return StringUnits.of(chars, 0, length); }

    private static int leadingZeros(long v) {
        int n = 0;
        while (n < 64 && v >= 0) { v = v << 1; n++; }
        return n;
    }
}

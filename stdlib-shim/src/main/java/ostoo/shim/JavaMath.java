package ostoo.shim;

import ostoo.rt.FloatBits;

/**
 * {@code java.lang.Math}'s sqrt, abs, min, max, floor and ceil. min/max follow Java, not the SSE
 * instructions: NaN if either operand is NaN, and -0.0 is smaller than 0.0. floor/ceil work on the bits
 * (SSE2 has no roundsd): clear the fraction bits below the binary point, stepping the magnitude first
 * when rounding away from zero.
 */
public final class JavaMath {
    private JavaMath() { }

    public static double sqrt(double a) { return FloatBits.sqrt(a); }

    public static double abs(double a) { return FloatBits.longBitsToDouble(FloatBits.doubleToRawLongBits(a) & 0x7FFFFFFFFFFFFFFFL); }
    public static float abs(float a) { return FloatBits.intBitsToFloat(FloatBits.floatToRawIntBits(a) & 0x7FFFFFFF); }


    public static double min(double a, double b) {
        if (a != a) return a;
        if (a == 0.0 && b == 0.0 && FloatBits.doubleToRawLongBits(b) < 0) return b;   // min(0.0, -0.0) is -0.0
        return a <= b ? a : b;
    }

    public static double max(double a, double b) {
        if (a != a) return a;
        if (a == 0.0 && b == 0.0 && FloatBits.doubleToRawLongBits(a) < 0) return b;   // max(-0.0, 0.0) is 0.0
        return a >= b ? a : b;
    }

    public static float min(float a, float b) { return (float) min((double) a, (double) b); }   // exact both ways
    public static float max(float a, float b) { return (float) max((double) a, (double) b); }

    public static double floor(double a) { return round(a, false); }
    public static double ceil(double a) { return round(a, true); }

    /** floor (up = false) or ceil (up = true) on the bits. */
    private static double round(double a, boolean up) {
        long bits = FloatBits.doubleToRawLongBits(a);
        int e = ((int) (bits >>> 52) & 0x7ff) - 1023;
        if (e >= 52) return a;                           // an integer already, infinite or NaN
        boolean negative = bits < 0;
        if (e < 0) {                                     // |a| < 1
            if ((bits & 0x7FFFFFFFFFFFFFFFL) == 0) return a;   // keeps the sign of zero
            if (up) return negative ? -0.0 : 1.0;
            return negative ? -1.0 : 0.0;
        }
        long fraction = (1L << (52 - e)) - 1;
        if ((bits & fraction) == 0) return a;
        if (negative != up) bits = bits + (1L << (52 - e));   // away from zero: one more unit (may carry into the exponent)
        return FloatBits.longBitsToDouble(bits & ~fraction);
    }
}

package ostoo.shim;

import ostoo.rt.FloatBits;

/**
 * {@code java.lang.Math}'s (and StrictMath's) floating-point methods: sqrt, abs, min, max, floor, ceil,
 * rint, round, signum, copySign, hypot ({@link FdlibmHypot}), atan and atan2 ({@link FdlibmAtan}), exp, log,
 * log10 and pow. min/max follow Java, not the SSE
 * instructions: NaN if either operand is NaN, and -0.0 is smaller than 0.0. floor/ceil work on the bits
 * (SSE2 has no roundsd): clear the fraction bits below the binary point, stepping the magnitude first
 * when rounding away from zero. rint and round are the JDK's algorithms, so ties and huge values agree.
 */
public final class JavaMath {
    private JavaMath() { }

    public static double sqrt(double a) { return FloatBits.sqrt(a); }
    public static double hypot(double x, double y) { return FdlibmHypot.hypot(x, y); }
    public static double atan(double x) { return FdlibmAtan.atan(x); }
    public static double atan2(double y, double x) { return FdlibmAtan.atan2(y, x); }

    /** Correctly rounded ({@link ExpLogPow}), as HotSpot's x86-64 intrinsic nearly always is; fdlibm where undecided. */
    public static double exp(double x) {
        double r = ExpLogPow.exp(x);
        return r == r ? r : FdlibmExpLog.exp(x);
    }

    /** Correctly rounded ({@link ExpLogPow}), as HotSpot's x86-64 intrinsic nearly always is; fdlibm where undecided. */
    public static double log(double x) {
        double r = ExpLogPow.log(x);
        return r == r ? r : FdlibmExpLog.log(x);
    }

    /** Correctly rounded ({@link ExpLogPow}), as HotSpot's x86-64 intrinsic nearly always is; fdlibm where undecided. */
    public static double log10(double x) {
        double r = ExpLogPow.log10(x);
        return r == r ? r : FdlibmExpLog.log10(x);
    }
    /**
     * Correctly rounded, as HotSpot's x86-64 Math.pow nearly always is: integer exponents by
     * {@link IntegerPow}, others (x > 0) by {@link ExpLogPow}. Special operands, the trivial exponents
     * (0, ±1, 2, 0.5: exact or one correctly rounded operation) and the cases those cannot decide are
     * fdlibm's, as StrictMath.
     */
    public static double pow(double a, double b) {
        boolean trivial = b == 0.0 || b == 1.0 || b == -1.0 || b == 2.0 || b == 0.5 || a == 1.0 || a == -1.0 || a == 0.0
                || !(abs(a) <= Double.MAX_VALUE) || !(abs(b) <= Double.MAX_VALUE);
        if (!trivial) {
            double r = Double.NaN;
            if (abs(b) <= 2147483648.0 && (double) (long) b == b) r = IntegerPow.pow(a, (long) b);
            else if (a > 0.0) r = ExpLogPow.pow(a, b);
            if (r == r) return r;
        }
        return FdlibmPow.pow(a, b);
    }

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

    public static double floor(double a) { return roundToward(a, false); }
    public static double ceil(double a) { return roundToward(a, true); }

    /** floor (up = false) or ceil (up = true) on the bits. */
    private static double roundToward(double a, boolean up) {
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

    /** Round half even: adding and subtracting 2^52 leaves no fraction bits, and the FPU rounds to even. */
    public static double rint(double a) {
        double twoToThe52 = 4503599627370496.0;
        double sign = copySign(1.0, a);
        a = abs(a);
        if (a < twoToThe52) a = (twoToThe52 + a) - twoToThe52;
        return sign * a;   // keeps the sign of zero
    }

    /** floor(a + 1/2) without the rounding error of the addition: shifts the significand, then halves. */
    public static long round(double a) {
        long bits = FloatBits.doubleToRawLongBits(a);
        long shift = 1074 - ((bits & 0x7FF0000000000000L) >> 52);
        if ((shift & -64) != 0) return (long) a;   // |a| < 0.5 (the cast gives 0), or an integer, NaN or infinite (exact or saturating)
        long r = (bits & 0x000FFFFFFFFFFFFFL) | 0x0010000000000000L;
        if (bits < 0) r = -r;
        return ((r >> shift) + 1) >> 1;
    }

    public static int round(float a) {
        int bits = FloatBits.floatToRawIntBits(a);
        int shift = 149 - ((bits & 0x7F800000) >> 23);
        if ((shift & -32) != 0) return (int) a;
        int r = (bits & 0x007FFFFF) | 0x00800000;
        if (bits < 0) r = -r;
        return ((r >> shift) + 1) >> 1;
    }

    public static double signum(double a) { return a == 0.0 || a != a ? a : copySign(1.0, a); }
    public static float signum(float a) { return a == 0.0f || a != a ? a : copySign(1.0f, a); }

    /** Math's copySign: the sign bit of {@code sign} as it is, even for a NaN (StrictMath's differs there). */
    public static double copySign(double magnitude, double sign) {
        return FloatBits.longBitsToDouble((FloatBits.doubleToRawLongBits(sign) & Long.MIN_VALUE)
                | (FloatBits.doubleToRawLongBits(magnitude) & Long.MAX_VALUE));
    }

    public static float copySign(float magnitude, float sign) {
        return FloatBits.intBitsToFloat((FloatBits.floatToRawIntBits(sign) & Integer.MIN_VALUE)
                | (FloatBits.floatToRawIntBits(magnitude) & Integer.MAX_VALUE));
    }
}

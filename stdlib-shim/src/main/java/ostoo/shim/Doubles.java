package ostoo.shim;

import ostoo.rt.FloatBits;

/** The static methods of {@code java.lang.Double} that programs use. */
public final class Doubles {
    private Doubles() { }

    public static String toString(double d) { return DoubleToString.toString(d); }
    /** The JDK's syntax and NumberFormatException messages; correctly rounded ({@link FloatParsing}). */
    public static double parseDouble(String s) { return FloatParsing.parseDouble(s); }
    public static boolean isNaN(double d) { return d != d; }
    public static boolean isInfinite(double d) { return d == Double.POSITIVE_INFINITY || d == Double.NEGATIVE_INFINITY; }
    public static boolean isFinite(double d) { return JavaMath.abs(d) <= Double.MAX_VALUE; }
    public static long doubleToRawLongBits(double d) { return FloatBits.doubleToRawLongBits(d); }
    /** Every NaN becomes the canonical 0x7ff8000000000000L. */
    public static long doubleToLongBits(double d) { return d != d ? 0x7ff8000000000000L : FloatBits.doubleToRawLongBits(d); }
    public static double longBitsToDouble(long bits) { return FloatBits.longBitsToDouble(bits); }
    public static double sum(double a, double b) { return a + b; }
    /** As {@code Double.hashCode}: the two halves of the canonical bits, xored. */
    public static int hashCode(double d) { long bits = doubleToLongBits(d); return (int) (bits ^ (bits >>> 32)); }
    public static double min(double a, double b) { return JavaMath.min(a, b); }
    public static double max(double a, double b) { return JavaMath.max(a, b); }

    /** Total order: -0.0 < 0.0, NaN above everything and equal to itself. */
    public static int compare(double a, double b) {
        if (a < b) return -1;
        if (a > b) return 1;
        long x = doubleToLongBits(a), y = doubleToLongBits(b);
        return x == y ? 0 : x < y ? -1 : 1;
    }
}

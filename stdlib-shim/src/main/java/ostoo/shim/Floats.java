package ostoo.shim;

import ostoo.rt.FloatBits;

/** The static methods of {@code java.lang.Float} that programs use. */
public final class Floats {
    private Floats() { }

    public static String toString(float f) { return DoubleToString.toString(f); }
    /** The JDK's syntax and NumberFormatException messages; rounded once, from the decimal ({@link FloatParsing}). */
    public static float parseFloat(String s) { return FloatParsing.parseFloat(s); }
    public static boolean isNaN(float f) { return f != f; }
    public static boolean isInfinite(float f) { return f == Float.POSITIVE_INFINITY || f == Float.NEGATIVE_INFINITY; }
    public static boolean isFinite(float f) { return JavaMath.abs(f) <= Float.MAX_VALUE; }
    public static int floatToRawIntBits(float f) { return FloatBits.floatToRawIntBits(f); }
    /** Every NaN becomes the canonical 0x7fc00000. */
    public static int floatToIntBits(float f) { return f != f ? 0x7fc00000 : FloatBits.floatToRawIntBits(f); }
    public static float intBitsToFloat(int bits) { return FloatBits.intBitsToFloat(bits); }
    public static float sum(float a, float b) { return a + b; }
    /** As {@code Float.hashCode}: the canonical bits. */
    public static int hashCode(float f) { return floatToIntBits(f); }
    public static float min(float a, float b) { return JavaMath.min(a, b); }
    public static float max(float a, float b) { return JavaMath.max(a, b); }

    public static int compare(float a, float b) {
        if (a < b) return -1;
        if (a > b) return 1;
        int x = floatToIntBits(a), y = floatToIntBits(b);
        return x == y ? 0 : x < y ? -1 : 1;
    }
}

package ostoo.shim.lang;

import ostoo.rt.annotation.JdkClass;
import ostoo.shim.Doubles;

/**
 * {@code java.lang.Double}: the box of {@code double} ({@link #valueOf} always makes a new box, as the JDK's does;
 * {@link #equals} compares bits, so NaN equals NaN and 0.0 differs from -0.0) and its static methods, in {@link Doubles}.
 */
@JdkClass("java.lang.Double")
public final class Double extends Number {
    public static final double POSITIVE_INFINITY = 1.0 / 0.0;
    public static final double NEGATIVE_INFINITY = -1.0 / 0.0;
    public static final double NaN = 0.0d / 0.0;
    public static final double MAX_VALUE = 0x1.fffffffffffffP+1023;
    public static final double MIN_NORMAL = 0x1.0p-1022;
    public static final double MIN_VALUE = 0x0.0000000000001P-1022;
    public static final int MAX_EXPONENT = 1023;
    public static final int MIN_EXPONENT = -1022;
    public static final int SIZE = 64;
    public static final int BYTES = 8;

    private final double value;

    public Double(double value) { this.value = value; }

    public static Double valueOf(double v) { return new Double(v); }
    public static Double valueOf(String s) { return new Double(parseDouble(s)); }

    public int intValue() { return (int) value; }
    public long longValue() { return (long) value; }
    public float floatValue() { return (float) value; }
    public double doubleValue() { return value; }
    public byte byteValue() { return (byte) value; }
    public short shortValue() { return (short) value; }
    public boolean isNaN() { return value != value; }
    public boolean isInfinite() { return isInfinite(value); }

    public boolean equals(Object o) { return o instanceof Double x && doubleToLongBits(x.value) == doubleToLongBits(value); }
    public int hashCode() { return Doubles.hashCode(value); }
    public String toString() { return Doubles.toString(value); }
    public int compareTo(Double other) { return compare(value, other.value); }

    public static String toString(double d) { return Doubles.toString(d); }
    public static double parseDouble(String s) { return Doubles.parseDouble(s); }
    public static boolean isNaN(double d) { return Doubles.isNaN(d); }
    public static boolean isInfinite(double d) { return Doubles.isInfinite(d); }
    public static boolean isFinite(double d) { return Doubles.isFinite(d); }
    public static long doubleToRawLongBits(double d) { return Doubles.doubleToRawLongBits(d); }
    public static long doubleToLongBits(double d) { return Doubles.doubleToLongBits(d); }
    public static double longBitsToDouble(long bits) { return Doubles.longBitsToDouble(bits); }
    public static double sum(double a, double b) { return Doubles.sum(a, b); }
    public static int hashCode(double d) { return Doubles.hashCode(d); }
    public static double min(double a, double b) { return Doubles.min(a, b); }
    public static double max(double a, double b) { return Doubles.max(a, b); }
    public static int compare(double a, double b) { return Doubles.compare(a, b); }
}

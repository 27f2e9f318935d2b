package ostoo.shim.lang;

import ostoo.rt.annotation.JdkClass;
import ostoo.shim.Floats;

/**
 * {@code java.lang.Float}: the box of {@code float} ({@link #valueOf} always makes a new box, as the JDK's does;
 * {@link #equals} compares bits, so NaN equals NaN and 0.0 differs from -0.0) and its static methods, in {@link Floats}.
 */
@JdkClass("java.lang.Float")
public final class Float extends Number {
    public static final float POSITIVE_INFINITY = 1.0f / 0.0f;
    public static final float NEGATIVE_INFINITY = -1.0f / 0.0f;
    public static final float NaN = 0.0f / 0.0f;
    public static final float MAX_VALUE = 0x1.fffffeP+127f;
    public static final float MIN_NORMAL = 0x1.0p-126f;
    public static final float MIN_VALUE = 0x0.000002P-126f;
    public static final int MAX_EXPONENT = 127;
    public static final int MIN_EXPONENT = -126;
    public static final int SIZE = 32;
    public static final int BYTES = 4;

    private final float value;

    public Float(float value) { this.value = value; }

    public static Float valueOf(float v) { return new Float(v); }
    public static Float valueOf(String s) { return new Float(parseFloat(s)); }

    public int intValue() { return (int) value; }
    public long longValue() { return (long) value; }
    public float floatValue() { return (float) value; }
    public double doubleValue() { return value; }
    public byte byteValue() { return (byte) value; }
    public short shortValue() { return (short) value; }
    public boolean isNaN() { return value != value; }
    public boolean isInfinite() { return isInfinite(value); }

    public boolean equals(Object o) { return o instanceof Float x && floatToIntBits(x.value) == floatToIntBits(value); }
    public int hashCode() { return Floats.hashCode(value); }
    public String toString() { return Floats.toString(value); }
    public int compareTo(Float other) { return compare(value, other.value); }

    public static String toString(float f) { return Floats.toString(f); }
    public static float parseFloat(String s) { return Floats.parseFloat(s); }
    public static boolean isNaN(float f) { return Floats.isNaN(f); }
    public static boolean isInfinite(float f) { return Floats.isInfinite(f); }
    public static boolean isFinite(float f) { return Floats.isFinite(f); }
    public static int floatToRawIntBits(float f) { return Floats.floatToRawIntBits(f); }
    public static int floatToIntBits(float f) { return Floats.floatToIntBits(f); }
    public static float intBitsToFloat(int bits) { return Floats.intBitsToFloat(bits); }
    public static float sum(float a, float b) { return Floats.sum(a, b); }
    public static int hashCode(float f) { return Floats.hashCode(f); }
    public static float min(float a, float b) { return Floats.min(a, b); }
    public static float max(float a, float b) { return Floats.max(a, b); }
    public static int compare(float a, float b) { return Floats.compare(a, b); }
}

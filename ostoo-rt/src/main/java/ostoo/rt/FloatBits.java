package ostoo.rt;

import ostoo.rt.annotation.Intrinsic;

/**
 * Bit-level access to floats and doubles, and the square root instruction: the primitives the shim's
 * Double, Float and Math are written with. Each is one IR instruction (bitcast, fsqrt).
 */
public final class FloatBits {
    private FloatBits() { }

    @Intrinsic public static native long doubleToRawLongBits(double d);
    @Intrinsic public static native double longBitsToDouble(long bits);
    @Intrinsic public static native int floatToRawIntBits(float f);
    @Intrinsic public static native float intBitsToFloat(int bits);
    /** The correctly rounded square root (sqrtsd), as Math.sqrt. */
    @Intrinsic public static native double sqrt(double d);
}

package ostooc.frontend.lower;

import ostooc.frontend.model.JType;

/** The IR's encoding of a float or double constant: its bit pattern (a float's int bits, sign-extended; see {@code Op.FCONST}). */
final class FloatConstants {
    private FloatConstants() { }

    static long bits(JType t, double v) {
        return t == JType.Prim.FLOAT ? (long) Float.floatToRawIntBits((float) v) : Double.doubleToRawLongBits(v);
    }
}

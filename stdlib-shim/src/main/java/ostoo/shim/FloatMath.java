package ostoo.shim;

import ostoo.rt.FloatBits;

/**
 * Java's {@code %} on doubles (and on floats, widened: the result is exact either way): C's fmod. SSE2
 * has no remainder instruction, so this works on the bits, like musl's fmod: align the exponents, then
 * long division of the significands by shift-and-subtract, one bit per step. The result is exact.
 */
public final class FloatMath {
    private FloatMath() { }

    public static double fmod(double x, double y) {
        long ux = FloatBits.doubleToRawLongBits(x), uy = FloatBits.doubleToRawLongBits(y);
        int ex = (int) (ux >>> 52) & 0x7ff, ey = (int) (uy >>> 52) & 0x7ff;
        long sx = ux & 0x8000000000000000L;
        // NaN operands, an infinite dividend or a zero divisor: NaN
        if ((uy << 1) == 0 || y != y || ex == 0x7ff) return (x * y) / (x * y);
        long ax = ux << 1, ay = uy << 1;
        if ((ax ^ Long.MIN_VALUE) <= (ay ^ Long.MIN_VALUE))   // unsigned ax <= ay
            return ax == ay ? 0.0 * x : x;   // |x| < |y|: x; |x| == |y|: ±0
        // normalise the significands (subnormals get an exponent below 1)
        if (ex == 0) {
            long i = ux << 12;
            while (i >= 0) { ex--; i = i << 1; }   // count leading zeros of the fraction
            ux = ux << (-ex + 1);
        } else {
            ux = (ux & (-1L >>> 12)) | (1L << 52);
        }
        if (ey == 0) {
            long i = uy << 12;
            while (i >= 0) { ey--; i = i << 1; }
            uy = uy << (-ey + 1);
        } else {
            uy = (uy & (-1L >>> 12)) | (1L << 52);
        }
        // x mod y, one exponent step at a time
        for (; ex > ey; ex--) {
            long i = ux - uy;
            if (i >= 0) {
                if (i == 0) return 0.0 * x;
                ux = i;
            }
            ux = ux << 1;
        }
        long i = ux - uy;
        if (i >= 0) {
            if (i == 0) return 0.0 * x;
            ux = i;
        }
        while ((ux >>> 52) == 0) { ux = ux << 1; ex--; }
        // scale the result back
        if (ex > 0) {
            ux = ux - (1L << 52);
            ux = ux | ((long) ex << 52);
        } else {
            ux = ux >>> (-ex + 1);
        }
        return FloatBits.longBitsToDouble(ux | sx);
    }
}

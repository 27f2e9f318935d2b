package ostoo.shim;

import ostoo.rt.FloatBits;

/**
 * {@code Math.hypot} and {@code StrictMath.hypot} (the same function on HotSpot): a port of fdlibm 5.3's
 * {@code e_hypot.c} ("Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved. Developed at
 * SunSoft, a Sun Microsystems, Inc. business. Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice is preserved."), bit for bit.
 *
 * <p>Method: with a >= b >= 0 (scaled by 2^±600 or 2^1022 away from overflow and underflow), sqrt(a^2 + b^2)
 * where the square is formed from a high part (low word zero) and the rest so that the sum before the
 * square root carries extra precision; error under 1 ulp. If one argument is infinite the result is +inf,
 * even when the other is NaN.
 */
final class FdlibmHypot {
    private FdlibmHypot() { }

    static double hypot(double x, double y) {
        int ha = hi(x) & 0x7fffffff, hb = hi(y) & 0x7fffffff;
        double a, b;
        if (hb > ha) { a = y; b = x; int j = ha; ha = hb; hb = j; } else { a = x; b = y; }
        a = withHi(a, ha);   // |a|
        b = withHi(b, hb);   // |b|
        if (ha - hb > 0x3c00000) return a + b;   // a / b > 2^60
        int k = 0;
        if (ha > 0x5f300000) {   // a > 2^500
            if (ha >= 0x7ff00000) {   // Inf or NaN
                double w = a + b;
                if (((ha & 0xfffff) | lo(a)) == 0) w = a;
                if (((hb ^ 0x7ff00000) | lo(b)) == 0) w = b;
                return w;
            }
            ha -= 0x25800000;   // scale a and b by 2^-600
            hb -= 0x25800000;
            k += 600;
            a = withHi(a, ha);
            b = withHi(b, hb);
        }
        if (hb < 0x20b00000) {   // b < 2^-500
            if (hb <= 0x000fffff) {   // subnormal b or 0
                if ((hb | lo(b)) == 0) return a;
                double t1 = 4.49423283715578976932e+307;   // 2^1022
                b *= t1;
                a *= t1;
                k -= 1022;
            } else {   // scale a and b by 2^600
                ha += 0x25800000;
                hb += 0x25800000;
                k -= 600;
                a = withHi(a, ha);
                b = withHi(b, hb);
            }
        }
        double w = a - b;
        if (w > b) {
            double t1 = highOnly(ha);
            double t2 = a - t1;
            w = FloatBits.sqrt(t1 * t1 - (b * (-b) - t2 * (a + t1)));
        } else {
            a = a + a;
            double y1 = highOnly(hb);
            double y2 = b - y1;
            double t1 = highOnly(ha + 0x00100000);
            double t2 = a - t1;
            w = FloatBits.sqrt(t1 * y1 - (w * (-w) - (t1 * y2 + t2 * b)));
        }
        if (k == 0) return w;
        return FloatBits.longBitsToDouble((long) (0x3ff00000 + (k << 20)) << 32) * w;   // 2^k * w
    }

    private static int hi(double d) { return (int) (FloatBits.doubleToRawLongBits(d) >>> 32); }
    private static int lo(double d) { return (int) FloatBits.doubleToRawLongBits(d); }
    private static double highOnly(int high) { return FloatBits.longBitsToDouble((long) high << 32); }

    private static double withHi(double d, int high) {
        return FloatBits.longBitsToDouble(((long) high << 32) | (FloatBits.doubleToRawLongBits(d) & 0xFFFFFFFFL));
    }
}

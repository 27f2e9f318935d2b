package ostoo.shim;

import ostoo.rt.FloatBits;

/**
 * {@code atan} and {@code atan2} of Math and StrictMath (the same functions on HotSpot): ports of fdlibm
 * 5.3's {@code s_atan.c} and {@code e_atan2.c} ("Copyright (C) 1993 by Sun Microsystems, Inc. All rights
 * reserved. Developed at SunSoft, a Sun Microsystems, Inc. business. Permission to use, copy, modify, and
 * distribute this software is freely granted, provided that this notice is preserved."), bit for bit.
 *
 * <p>atan: |x| is reduced to [0, 7/16] with atan(x) = atan(c) + atan((x - c) / (1 + x c)) for c in
 * {0.5, 1, 1.5, inf}, then an odd polynomial of degree 23. atan2(y, x): the special operands (zeros,
 * infinities, NaN) as Java specifies them, else atan(|y / x|) moved to the quadrant of (x, y), with pi in
 * two parts.
 */
final class FdlibmAtan {
    private FdlibmAtan() { }

    private static final double ATANHI_0 = 4.63647609000806093515e-01, ATANHI_1 = 7.85398163397448278999e-01,
            ATANHI_2 = 9.82793723247329054082e-01, ATANHI_3 = 1.57079632679489655800e+00;
    private static final double ATANLO_0 = 2.26987774529616870924e-17, ATANLO_1 = 3.06161699786838301793e-17,
            ATANLO_2 = 1.39033110312309984516e-17, ATANLO_3 = 6.12323399573676603587e-17;
    private static final double AT0 = 3.33333333333329318027e-01, AT1 = -1.99999999998764832476e-01,
            AT2 = 1.42857142725034663711e-01, AT3 = -1.11111104054623557880e-01, AT4 = 9.09088713343650656196e-02,
            AT5 = -7.69187620504482999495e-02, AT6 = 6.66107313738753120669e-02, AT7 = -5.83357013379057348645e-02,
            AT8 = 4.97687799461593236017e-02, AT9 = -3.65315727442169155270e-02, AT10 = 1.62858201153657823623e-02;
    private static final double TINY = 1.0e-300, PI_O_4 = 7.8539816339744827900e-01, PI_O_2 = 1.5707963267948965580e+00,
            PI = 3.1415926535897931160e+00, PI_LO = 1.2246467991473531772e-16;

    static double atan(double x) {
        int hx = hi(x), ix = hx & 0x7fffffff;
        if (ix >= 0x44100000) {   // |x| >= 2^66
            if (ix > 0x7ff00000 || (ix == 0x7ff00000 && lo(x) != 0)) return x + x;   // NaN
            return hx > 0 ? ATANHI_3 + ATANLO_3 : -ATANHI_3 - ATANLO_3;
        }
        int id;
        if (ix < 0x3fdc0000) {   // |x| < 0.4375
            if (ix < 0x3e200000) return x;   // |x| < 2^-29
            id = -1;
        } else {
            x = JavaMath.abs(x);
            if (ix < 0x3ff30000) {          // |x| < 1.1875
                if (ix < 0x3fe60000) { id = 0; x = (2.0 * x - 1.0) / (2.0 + x); }   // 7/16 <= |x| < 11/16
                else { id = 1; x = (x - 1.0) / (x + 1.0); }                         // 11/16 <= |x| < 19/16
            } else if (ix < 0x40038000) {   // |x| < 2.4375
                id = 2;
                x = (x - 1.5) / (1.0 + 1.5 * x);
            } else {                        // 2.4375 <= |x| < 2^66
                id = 3;
                x = -1.0 / x;
            }
        }
        double z = x * x;
        double w = z * z;
        // the sum of AT[i] z^(i+1), split into odd and even polynomials
        double s1 = z * (AT0 + w * (AT2 + w * (AT4 + w * (AT6 + w * (AT8 + w * AT10)))));
        double s2 = w * (AT1 + w * (AT3 + w * (AT5 + w * (AT7 + w * AT9))));
        if (id < 0) return x - x * (s1 + s2);
        double atanHi = id == 0 ? ATANHI_0 : id == 1 ? ATANHI_1 : id == 2 ? ATANHI_2 : ATANHI_3;
        double atanLo = id == 0 ? ATANLO_0 : id == 1 ? ATANLO_1 : id == 2 ? ATANLO_2 : ATANLO_3;
        z = atanHi - ((x * (s1 + s2) - atanLo) - x);
        return hx < 0 ? -z : z;
    }

    static double atan2(double y, double x) {
        int hx = hi(x), ix = hx & 0x7fffffff, lx = lo(x);
        int hy = hi(y), iy = hy & 0x7fffffff, ly = lo(y);
        if ((ix | ((lx | -lx) >>> 31)) > 0x7ff00000 || (iy | ((ly | -ly) >>> 31)) > 0x7ff00000) return x + y;   // NaN
        if (((hx - 0x3ff00000) | lx) == 0) return atan(y);   // x = 1.0
        int m = ((hy >> 31) & 1) | ((hx >> 30) & 2);   // 2 * sign(x) + sign(y)
        if ((iy | ly) == 0) {   // y = 0
            if (m <= 1) return y;            // atan(+-0, +anything) = +-0
            return m == 2 ? PI + TINY : -PI - TINY;   // atan(+-0, -anything) = +-pi
        }
        if ((ix | lx) == 0) return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY;   // x = 0
        if (ix == 0x7ff00000) {   // x is infinite
            if (iy == 0x7ff00000) {
                if (m == 0) return PI_O_4 + TINY;
                if (m == 1) return -PI_O_4 - TINY;
                if (m == 2) return 3.0 * PI_O_4 + TINY;
                return -3.0 * PI_O_4 - TINY;
            }
            if (m == 0) return 0.0;
            if (m == 1) return -0.0;
            if (m == 2) return PI + TINY;
            return -PI - TINY;
        }
        if (iy == 0x7ff00000) return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY;   // y is infinite
        int k = (iy - ix) >> 20;
        double z;
        if (k > 60) z = PI_O_2 + 0.5 * PI_LO;        // |y / x| > 2^60
        else if (hx < 0 && k < -60) z = 0.0;          // |y| / x < -2^60
        else z = atan(JavaMath.abs(y / x));
        if (m == 0) return z;                         // atan(+, +)
        if (m == 1) return -z;                        // atan(-, +): the sign bit flipped
        if (m == 2) return PI - (z - PI_LO);          // atan(+, -)
        return (z - PI_LO) - PI;                      // atan(-, -)
    }

    private static int hi(double d) { return (int) (FloatBits.doubleToRawLongBits(d) >>> 32); }
    private static int lo(double d) { return (int) FloatBits.doubleToRawLongBits(d); }
}

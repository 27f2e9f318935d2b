package ostoo.shim;

import ostoo.rt.FloatBits;

/**
 * {@code StrictMath.pow}, bit for bit: a port of fdlibm 5.3's {@code e_pow.c} (the algorithm the JDK's
 * StrictMath specifies), from Sun's freely distributable code ("Copyright (C) 1993-2004 by Sun
 * Microsystems, Inc. All rights reserved. Permission to use, copy, modify, and distribute this software is
 * freely granted, provided that this notice is preserved."). {@code Math.pow} uses it too: HotSpot on
 * x86-64 computes Math.pow with a different, non-portable routine (Intel's LIBM), which differs in the last
 * bit for some inputs; see the README.
 *
 * <p>Method: pow(x, y) = 2^(y * log2(x)). log2(|x|) is computed in extra precision as t1 + t2 (t1 with
 * its low 32 bits zero), y is split the same way, their product p_h + p_l is checked for overflow and
 * underflow, and 2^(p_h + p_l) is evaluated as 2^n * exp(r) with a rational approximation of exp. The
 * special cases (zeros, infinities, NaN, negative x) are Java's (JLS / Math.pow's specification). C's
 * {@code __HI}/{@code __LO} word access is {@link #hi}/{@link #lo} and {@link #withLo0}/{@link #withHi}.
 */
final class FdlibmPow {
    private FdlibmPow() { }

    private static final double TWO53 = 9007199254740992.0;
    private static final double HUGE = 1.0e300, TINY = 1.0e-300;
    // coefficients of (3/2)*(log(x) - 2s - 2/3*s^3)
    private static final double L1 = 5.99999999999994648725e-01, L2 = 4.28571428578550184252e-01,
            L3 = 3.33333329818377432918e-01, L4 = 2.72728123808534006489e-01, L5 = 2.30660745775561754067e-01,
            L6 = 2.06975017800338417784e-01;
    // exp's rational approximation
    private static final double P1 = 1.66666666666666019037e-01, P2 = -2.77777777770155933842e-03,
            P3 = 6.61375632143793436117e-05, P4 = -1.65339022054652515390e-06, P5 = 4.13813679705723846039e-08;
    private static final double LG2 = 6.93147180559945286227e-01, LG2_H = 6.93147182464599609375e-01,
            LG2_L = -1.90465429995776804525e-09;
    private static final double OVT = 8.0085662595372944372e-17;   // -(1024 - log2(overflow + 0.5 ulp))
    private static final double CP = 9.61796693925975554329e-01, CP_H = 9.61796700954437255859e-01,
            CP_L = -7.02846165095275826516e-09;   // 2 / (3 ln 2), and split
    private static final double IVLN2 = 1.44269504088896338700e+00, IVLN2_H = 1.44269502162933349609e+00,
            IVLN2_L = 1.92596299112661746887e-08;   // 1 / ln 2, and split
    private static final double DP_H1 = 5.84962487220764160156e-01, DP_L1 = 1.35003920212974897128e-08;   // log2(1.5)

    static double pow(double x, double y) {
        int hx = hi(x), lx = lo(x), hy = hi(y), ly = lo(y);
        int ix = hx & 0x7fffffff, iy = hy & 0x7fffffff;

        if ((iy | ly) == 0) return 1.0;                                     // x^0 = 1, even for NaN x
        if (ix > 0x7ff00000 || (ix == 0x7ff00000 && lx != 0)
                || iy > 0x7ff00000 || (iy == 0x7ff00000 && ly != 0)) return x + y;   // NaN operand

        int yIsInt = negativeBaseExponentKind(hx, iy, ly);

        if (ly == 0) {   // special values of y
            if (iy == 0x7ff00000) {   // y is +-inf
                if (((ix - 0x3ff00000) | lx) == 0) return y - y;           // (+-1)^+-inf is NaN
                if (ix >= 0x3ff00000) return hy >= 0 ? y : 0.0;          // (|x|>1)^+-inf = inf, 0
                return hy < 0 ? -y : 0.0;                                 // (|x|<1)^-,+inf = inf, 0
            }
            if (iy == 0x3ff00000) return hy < 0 ? 1.0 / x : x;           // y is +-1
            if (hy == 0x40000000) return x * x;                           // y is 2
            if (hy == 0x3fe00000 && hx >= 0) return FloatBits.sqrt(x);    // y is 0.5, x >= +0
        }

        double ax = JavaMath.abs(x);
        if (lx == 0 && (ix == 0x7ff00000 || ix == 0 || ix == 0x3ff00000)) {   // x is +-0, +-inf, +-1
            double z = ax;
            if (hy < 0) z = 1.0 / z;
            if (hx < 0) {
                if (((ix - 0x3ff00000) | yIsInt) == 0) z = (z - z) / (z - z);   // (-1)^non-int is NaN
                else if (yIsInt == 1) z = -z;                                 // (x<0)^odd = -(|x|^odd)
            }
            return z;
        }

        int n = (hx >> 31) + 1;                            // 0 for negative x, 1 otherwise
        if ((n | yIsInt) == 0) return (x - x) / (x - x);   // (x<0)^non-int is NaN
        double s = 1.0;                                   // the result's sign
        if ((n | (yIsInt - 1)) == 0) s = -1.0;            // (x<0)^odd

        if (iy <= 0x41e00000) return s * logAndExp(ax, ix, y);
        // |y| > 2^31
        if (iy > 0x43f00000) {   // |y| > 2^64: must overflow or underflow
            if (ix <= 0x3fefffff) return hy < 0 ? HUGE * HUGE : TINY * TINY;
            if (ix >= 0x3ff00000) return hy > 0 ? HUGE * HUGE : TINY * TINY;
        }
        // over- or underflow unless x is close to one
        if (ix < 0x3fefffff) return hy < 0 ? s * HUGE * HUGE : s * TINY * TINY;
        if (ix > 0x3ff00000) return hy > 0 ? s * HUGE * HUGE : s * TINY * TINY;
        // |1 - x| <= 2^-20 is tiny: log(x) by x - x^2/2 + x^3/3 - x^4/4
        double t = ax - 1.0;   // has 20 trailing zeros
        double w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
        double u = IVLN2_H * t;   // IVLN2_H has 21 significant bits
        double v = t * IVLN2_L - w * IVLN2;
        double t1 = withLo0(u + v);
        return s * exp2Product(t1, v - (t1 - u), y);
    }

    /**
     * 2^(y * log2(t1 + t2)), where t1 + t2 is log2(|x|) in extra precision (t1 with its low word zero):
     * y is split into y1 + y2 and the product (y1 + y2) * (t1 + t2) is checked for overflow and
     * underflow. The result is positive (the caller applies the sign).
     */
    private static double exp2Product(double t1, double t2, double y) {
        double y1 = withLo0(y);
        double pL = (y - y1) * t1 + y * t2;
        double pH = y1 * t1;
        double z = pL + pH;
        int j = hi(z), i = lo(z);
        if (j >= 0x40900000) {                                    // z >= 1024
            if (((j - 0x40900000) | i) != 0) return HUGE * HUGE;      // z > 1024: overflow
            if (pL + OVT > z - pH) return HUGE * HUGE;
        } else if ((j & 0x7fffffff) >= 0x4090cc00) {               // z <= -1075
            if (((j - 0xc090cc00) | i) != 0) return TINY * TINY;      // z < -1075: underflow
            if (pL <= z - pH) return TINY * TINY;
        }
        return exp2(pH, pL, j);
    }

    /**
     * For negative x: 0 if y is not an integer, 1 if it is an odd integer, 2 if an even one. Also 0 for
     * non-negative x, where the answer is not needed.
     */
    private static int negativeBaseExponentKind(int hx, int iy, int ly) {
        if (hx >= 0) return 0;
        if (iy >= 0x43400000) return 2;   // |y| >= 2^53: an even integer
        if (iy < 0x3ff00000) return 0;    // |y| < 1
        int k = (iy >> 20) - 0x3ff;       // the exponent
        if (k > 20) {
            int j = ly >>> (52 - k);
            if ((j << (52 - k)) == ly) return 2 - (j & 1);
        } else if (ly == 0) {
            int j = iy >> (20 - k);
            if ((j << (20 - k)) == iy) return 2 - (j & 1);
        }
        return 0;
    }

    /** |x|^y for |y| <= 2^31: log2(ax) in extra precision, then {@link #exp2Product}; ix is ax's high word. */
    private static double logAndExp(double ax, int ix, double y) {
        int n = 0;
        if (ix < 0x00100000) {   // subnormal
            ax *= TWO53;
            n -= 53;
            ix = hi(ax);
        }
        n += (ix >> 20) - 0x3ff;
        int j = ix & 0x000fffff;
        int k;   // the interval: |x| < sqrt(3/2) (k = 0, around 1.0), < sqrt(3) (k = 1, around 1.5)
        ix = j | 0x3ff00000;   // normalize
        if (j <= 0x3988E) k = 0;
        else if (j < 0xBB67A) k = 1;
        else { k = 0; n += 1; ix -= 0x00100000; }
        ax = withHi(ax, ix);
        double bp = k == 0 ? 1.0 : 1.5, dpH = k == 0 ? 0.0 : DP_H1, dpL = k == 0 ? 0.0 : DP_L1;

        // ss = s_h + s_l = (x - bp) / (x + bp)
        double u = ax - bp;
        double v = 1.0 / (ax + bp);
        double ss = u * v;
        double sH = withLo0(ss);
        double tH = FloatBits.longBitsToDouble((long) (((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18)) << 32);   // ax + bp, high part
        double tL = ax - (tH - bp);
        double sL = v * ((u - sH * tH) - sH * tL);
        // log(ax)
        double s2 = ss * ss;
        double r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
        r += sL * (sH + ss);
        s2 = sH * sH;
        tH = withLo0(3.0 + s2 + r);
        tL = r - ((tH - 3.0) - s2);
        // u + v = ss * (1 + ...)
        u = sH * tH;
        v = sL * tH + tL * ss;
        // 2 / (3 log 2) * (ss + ...)
        double pH = withLo0(u + v);
        double pL = v - (pH - u);
        double zH = CP_H * pH;
        double zL = CP_L * pH + pL * CP + dpL;
        // log2(ax) = (ss + ...) * 2 / (3 log 2) = n + dp_h + z_h + z_l
        double t = (double) n;
        double t1 = withLo0(((zH + zL) + dpH) + t);
        return exp2Product(t1, zL - (((t1 - t) - dpH) - zH), y);
    }

    /** 2^(pH + pL), where j is the high word of pH + pL (|pH + pL| <= 1075). */
    private static double exp2(double pH, double pL, int j) {
        int i = j & 0x7fffffff;
        int k = (i >> 20) - 0x3ff;
        int n = 0;
        if (i > 0x3fe00000) {   // |z| > 0.5: n = [z + 0.5]
            n = j + (0x00100000 >> (k + 1));
            k = ((n & 0x7fffffff) >> 20) - 0x3ff;   // new k for n
            double t = FloatBits.longBitsToDouble((long) (n & ~(0x000fffff >> k)) << 32);
            n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
            if (j < 0) n = -n;
            pH -= t;
        }
        double t = withLo0(pL + pH);
        double u = t * LG2_H;
        double v = (pL - (t - pH)) * LG2 + t * LG2_L;
        double z = u + v;
        double w = v - (z - u);
        t = z * z;
        double t1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        double r = (z * t1) / (t1 - 2.0) - (w + z * w);
        z = 1.0 - (r - z);
        int hz = hi(z) + (n << 20);
        if ((hz >> 20) <= 0) return scalbn(z, n);   // subnormal result
        return withHi(z, hz);
    }

    /** z * 2^n rounded once, for the subnormal results of {@link #exp2} (z positive, near 1). fdlibm's scalbn. */
    private static double scalbn(double z, int n) {
        int hz = hi(z);
        int k = ((hz & 0x7ff00000) >> 20) + n;
        if (k <= -54) return TINY * TINY;   // underflows to zero (z is positive)
        if (k > 0) return withHi(z, (hz & 0x800fffff) | (k << 20));
        return withHi(z, (hz & 0x800fffff) | ((k + 54) << 20)) * 5.55111512312578270212e-17;   // * 2^-54: one rounding
    }

    private static int hi(double d) { return (int) (FloatBits.doubleToRawLongBits(d) >>> 32); }
    private static int lo(double d) { return (int) FloatBits.doubleToRawLongBits(d); }
    private static double withLo0(double d) { return FloatBits.longBitsToDouble(FloatBits.doubleToRawLongBits(d) & 0xFFFFFFFF00000000L); }

    private static double withHi(double d, int high) {
        return FloatBits.longBitsToDouble(((long) high << 32) | (FloatBits.doubleToRawLongBits(d) & 0xFFFFFFFFL));
    }
}

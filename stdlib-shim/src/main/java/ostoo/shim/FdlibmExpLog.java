package ostoo.shim;

import ostoo.rt.FloatBits;

/**
 * {@code StrictMath.exp}, {@code log} and {@code log10}, bit for bit: ports of fdlibm 5.3's {@code e_exp.c},
 * {@code e_log.c} and {@code e_log10.c} ("Copyright (C) 1993-2004 by Sun Microsystems, Inc. All rights reserved. Permission to
 * use, copy, modify, and distribute this software is freely granted, provided that this notice is
 * preserved."). Math.exp and Math.log use them for the cases {@link ExpLogPow} leaves undecided.
 *
 * <p>exp: x = k ln 2 + r, |r| <= ln 2 / 2 (ln 2 in two parts, so that k ln2_hi is exact), exp(r) by a
 * rational approximation from a degree-5 polynomial, then the exponent k added to the bits.
 * log: x = 2^k (1 + f) with 1 + f in [sqrt(2)/2, sqrt(2)), log(1 + f) = f - s(f - R) with s = f / (2 + f)
 * and R a degree-14 polynomial in s; plus k ln 2 in two parts. log10: log(m) / ln 10 + k log10(2), with
 * m in [1, 2) (or [1/2, 1) for negative k, so that no precision is lost in the sum).
 */
final class FdlibmExpLog {
    private FdlibmExpLog() { }

    private static final double HUGE = 1.0e300, TWOM1000 = 9.33263618503218878990e-302;
    private static final double O_THRESHOLD = 7.09782712893383973096e+02, U_THRESHOLD = -7.45133219101941108420e+02;
    private static final double LN2_HI = 6.93147180369123816490e-01, LN2_LO = 1.90821492927058770002e-10;
    private static final double INV_LN2 = 1.44269504088896338700e+00;
    private static final double P1 = 1.66666666666666019037e-01, P2 = -2.77777777770155933842e-03,
            P3 = 6.61375632143793436117e-05, P4 = -1.65339022054652515390e-06, P5 = 4.13813679705723846039e-08;
    private static final double LG1 = 6.666666666666735130e-01, LG2 = 3.999999999940941908e-01, LG3 = 2.857142874366239149e-01,
            LG4 = 2.222219843214978396e-01, LG5 = 1.818357216161805012e-01, LG6 = 1.531383769920937332e-01,
            LG7 = 1.479819860511658591e-01;
    private static final double TWO54 = 1.80143985094819840000e+16;
    private static final double IVLN10 = 4.34294481903251816668e-01, LOG10_2HI = 3.01029995663611771306e-01,
            LOG10_2LO = 3.69423907715893078616e-13;

    static double exp(double x) {
        int hx = hi(x);
        int xsb = (hx >>> 31);   // sign bit
        hx = hx & 0x7fffffff;    // |x|
        if (hx >= 0x40862E42) {   // |x| >= 709.78...
            if (hx >= 0x7ff00000) {
                if (((hx & 0xfffff) | lo(x)) != 0) return x + x;   // NaN
                return xsb == 0 ? x : 0.0;                          // exp(+-inf) = inf, 0
            }
            if (x > O_THRESHOLD) return HUGE * HUGE;               // overflow
            if (x < U_THRESHOLD) return TWOM1000 * TWOM1000;       // underflow
        }
        double hi = 0.0, lo = 0.0;
        int k = 0;
        if (hx > 0x3fd62e42) {   // |x| > ln2 / 2
            if (hx < 0x3FF0A2B2) {   // and |x| < 3 ln2 / 2
                hi = xsb == 0 ? x - LN2_HI : x + LN2_HI;
                lo = xsb == 0 ? LN2_LO : -LN2_LO;
                k = 1 - xsb - xsb;
            } else {
                k = (int) (INV_LN2 * x + (xsb == 0 ? 0.5 : -0.5));
                double t = k;
                hi = x - t * LN2_HI;   // exact here
                lo = t * LN2_LO;
            }
            x = hi - lo;
        } else if (hx < 0x3e300000) {   // |x| < 2^-28
            return 1.0 + x;
        }
        double t = x * x;
        double c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        if (k == 0) return 1.0 - ((x * c) / (c - 2.0) - x);
        double y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
        if (k >= -1021) return withHi(y, hi(y) + (k << 20));
        return withHi(y, hi(y) + ((k + 1000) << 20)) * TWOM1000;
    }

    static double log(double x) {
        int hx = hi(x), lx = lo(x);
        int k = 0;
        if (hx < 0x00100000) {   // x < 2^-1022
            if (((hx & 0x7fffffff) | lx) == 0) return -TWO54 / 0.0;   // log(+-0) = -inf
            if (hx < 0) return (x - x) / 0.0;                        // log(negative) = NaN
            k -= 54;                                                  // subnormal: scale up
            x *= TWO54;
            hx = hi(x);
        }
        if (hx >= 0x7ff00000) return x + x;
        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        int i = (hx + 0x95f64) & 0x100000;
        x = withHi(x, hx | (i ^ 0x3ff00000));   // normalize x or x / 2
        k += (i >> 20);
        double f = x - 1.0;
        double dk = (double) k;
        if ((0x000fffff & (2 + hx)) < 3) {   // |f| < 2^-20
            if (f == 0.0) return k == 0 ? 0.0 : dk * LN2_HI + dk * LN2_LO;
            double r = f * f * (0.5 - 0.33333333333333333 * f);
            return k == 0 ? f - r : dk * LN2_HI - ((r - dk * LN2_LO) - f);
        }
        double s = f / (2.0 + f);
        double z = s * s;
        i = hx - 0x6147a;
        double w = z * z;
        int j = 0x6b851 - hx;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        i |= j;
        double r = t2 + t1;
        if (i > 0) {
            double hfsq = 0.5 * f * f;
            if (k == 0) return f - (hfsq - s * (hfsq + r));
            return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
        }
        if (k == 0) return f - s * (f - r);
        return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
    }

    static double log10(double x) {
        int hx = hi(x), lx = lo(x);
        int k = 0;
        if (hx < 0x00100000) {   // x < 2^-1022
            if (((hx & 0x7fffffff) | lx) == 0) return -TWO54 / 0.0;   // log10(+-0) = -inf
            if (hx < 0) return (x - x) / 0.0;                        // log10(negative) = NaN
            k -= 54;
            x *= TWO54;
            hx = hi(x);
        }
        if (hx >= 0x7ff00000) return x + x;
        k += (hx >> 20) - 1023;
        int i = k >>> 31;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = (double) (k + i);
        x = withHi(x, hx);
        double z = y * LOG10_2LO + IVLN10 * log(x);
        return z + y * LOG10_2HI;
    }

    private static int hi(double d) { return (int) (FloatBits.doubleToRawLongBits(d) >>> 32); }
    private static int lo(double d) { return (int) FloatBits.doubleToRawLongBits(d); }

    private static double withHi(double d, int high) {
        return FloatBits.longBitsToDouble(((long) high << 32) | (FloatBits.doubleToRawLongBits(d) & 0xFFFFFFFFL));
    }
}

package ostoo.shim;

import ostoo.rt.FloatBits;

/**
 * {@code Math.exp}, {@code Math.log}, {@code Math.log10} and {@code Math.pow(x, y)} for x > 0 and a non-integer y, correctly
 * rounded (see {@link IntegerPow} for why not fdlibm: HotSpot's x86-64 intrinsics and this agree on
 * ~99.94% of pow's inputs, ~99.8% of exp's, all but one in 400000 of log's; fdlibm on ~91%, ~94%, ~97%;
 * where they differ we checked ours against 70-digit arithmetic). Computed in double-double arithmetic
 * ({@link DoubleDouble}), about 2^-95 relative error, then rounded; NaN when the result lies too close to a
 * midpoint between two doubles to decide, overflows or is subnormal: the caller then uses fdlibm.
 *
 * <p>log(x) = k ln 2 + log(m) with m in [sqrt(1/2), sqrt(2)), log(m) = 2 atanh(s) with s = (m - 1) / (m + 1),
 * |s| < 0.172: 21 terms of s^(2j+1) / (2j+1). exp(z) = 2^k exp(r) with r = z - k ln 2, |r| < 0.35;
 * expm1(r / 2^10) by 9 Taylor terms, then ten squarings as expm1(2t) = 2 expm1(t) + expm1(t)^2.
 */
final class ExpLogPow {
    private ExpLogPow() { }

    private static final double LN2_HI = 6.93147180559945286227e-01, LN2_LO = 2.31904681384629955842e-17;
    private static final double INV_LN10_HI = 4.342944819032518e-01, INV_LN10_LO = 1.098319650216765e-17;   // 1 / ln 10

    static double pow(double x, double y) {
        double lh = logHi(x), ll = DoubleDouble.lo;
        double zh = DoubleDouble.mul(y, 0.0, lh, ll), zl = DoubleDouble.lo;
        return expRounded(zh, zl);
    }

    /** Math.exp(x), correctly rounded; NaN where undecided (and for NaN, infinities, subnormal results, overflow). */
    static double exp(double x) { return expRounded(x, 0.0); }

    /** Math.log(x), correctly rounded; NaN where undecided (and for x <= 0, 1, NaN, infinity). */
    static double log(double x) {
        if (!(x > 0.0 && x <= Double.MAX_VALUE) || x == 1.0) return Double.NaN;
        double lh = logHi(x);
        return rounded(lh, DoubleDouble.lo);
    }

    /** Math.log10(x) = log(x) / ln 10, correctly rounded; NaN where undecided (and for x <= 0, 1, NaN, infinity). */
    static double log10(double x) {
        if (!(x > 0.0 && x <= Double.MAX_VALUE) || x == 1.0) return Double.NaN;
        double lh = logHi(x), ll = DoubleDouble.lo;
        double th = DoubleDouble.mul(lh, ll, INV_LN10_HI, INV_LN10_LO);
        return rounded(th, DoubleDouble.lo);
    }

    /** lh, if every value within 2^-90 (relative) of lh + ll rounds to it (lh normal); else NaN. */
    private static double rounded(double lh, double ll) {
        long bits = FloatBits.doubleToRawLongBits(lh) & 0x7FF0000000000000L;   // scale to [1, 2), exactly
        double scale = FloatBits.longBitsToDouble(0x7FE0000000000000L - bits);
        return clearOfMidpoints(JavaMath.abs(lh * scale), lh < 0 ? -ll * scale : ll * scale, 0x1.0p-90) ? lh : Double.NaN;
    }

    /** exp(zh + zl) rounded, or NaN. */
    private static double expRounded(double zh, double zl) {
        if (!(zh <= 710.0 && zh >= -708.0)) return Double.NaN;   // overflow, subnormal or NaN: fdlibm decides
        // exp(z) = 2^k (1 + e)
        double k = JavaMath.rint(zh / LN2_HI);
        double kh = DoubleDouble.mul(k, 0.0, LN2_HI, LN2_LO), kl = DoubleDouble.lo;
        double rh = DoubleDouble.add(zh, zl, -kh, -kl), rl = DoubleDouble.lo;
        double eh = expm1(rh, rl), el = DoubleDouble.lo;
        double vh = DoubleDouble.add(1.0, 0.0, eh, el), vl = DoubleDouble.lo;
        int exponent = (int) k;
        if (vh < 1.0) { vh = vh * 2.0; vl = vl * 2.0; exponent--; }
        if (vh >= 2.0) { vh = vh * 0.5; vl = vl * 0.5; exponent++; }
        if (exponent <= -1022 || exponent >= 1024 || !clearOfMidpoints(vh, vl, 0x1.0p-88)) return Double.NaN;
        return vh * FloatBits.longBitsToDouble((long) (exponent + 1023) << 52);
    }

    /** log(x) for finite x > 0: returns the high part, the low part in {@link DoubleDouble#lo}. */
    private static double logHi(double x) {
        long bits = FloatBits.doubleToRawLongBits(x);
        int k = (int) (bits >>> 52) - 1023;
        if (k == -1023) {   // subnormal
            bits = FloatBits.doubleToRawLongBits(x * 18014398509481984.0);   // 2^54
            k = (int) (bits >>> 52) - 1023 - 54;
        }
        double m = FloatBits.longBitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L);
        if (m > 1.4142135623730951) { m = m * 0.5; k++; }
        double dh = DoubleDouble.add(m, 0.0, 1.0, 0.0), dl = DoubleDouble.lo;   // m + 1
        double sh = DoubleDouble.div(m - 1.0, 0.0, dh, dl), sl = DoubleDouble.lo;   // m - 1 is exact
        double s2h = DoubleDouble.mul(sh, sl, sh, sl), s2l = DoubleDouble.lo;
        double ph = 1.0 / 41, pl = 0.0;   // Horner on s^2: sum of s^(2j) / (2j + 1), j = 0..20
        for (int j = 19; j >= 0; j--) {
            double th = DoubleDouble.mul(ph, pl, s2h, s2l), tl = DoubleDouble.lo;
            double ch = DoubleDouble.div(1.0, 0.0, 2 * j + 1, 0.0), cl = DoubleDouble.lo;
            ph = DoubleDouble.add(ch, cl, th, tl);
            pl = DoubleDouble.lo;
        }
        double logMh = DoubleDouble.mul(2.0 * sh, 2.0 * sl, ph, pl), logMl = DoubleDouble.lo;
        double kh = DoubleDouble.mul(k, 0.0, LN2_HI, LN2_LO), kl = DoubleDouble.lo;
        return DoubleDouble.add(kh, kl, logMh, logMl);
    }

    /** exp(r) - 1 for |r| < 0.35 (double-double in and out). */
    private static double expm1(double rh, double rl) {
        double th = rh * 0x1.0p-10, tl = rl * 0x1.0p-10;   // exact
        double ph = 1.0, pl = 0.0;   // Horner: 1 + t/2 (1 + t/3 (... (1 + t/9)))
        for (int j = 9; j >= 2; j--) {
            double qh = DoubleDouble.mul(ph, pl, th, tl), ql = DoubleDouble.lo;
            qh = DoubleDouble.div(qh, ql, j, 0.0);
            ql = DoubleDouble.lo;
            ph = DoubleDouble.add(1.0, 0.0, qh, ql);
            pl = DoubleDouble.lo;
        }
        double eh = DoubleDouble.mul(th, tl, ph, pl), el = DoubleDouble.lo;
        for (int i = 0; i < 10; i++) {   // expm1(2t) = 2 expm1(t) + expm1(t)^2
            double sqh = DoubleDouble.mul(eh, el, eh, el), sql = DoubleDouble.lo;
            eh = DoubleDouble.add(2.0 * eh, 2.0 * el, sqh, sql);
            el = DoubleDouble.lo;
        }
        DoubleDouble.lo = el;
        return eh;
    }

    /** Whether every value within {@code bound} (relative) of vh + vl rounds to vh (vh in [1, 2)). */
    static boolean clearOfMidpoints(double vh, double vl, double bound) {
        double halfUlp = 0x1.0p-53;
        double below = vh == 1.0 ? halfUlp / 2 : halfUlp;   // the doubles below 1 are twice as dense
        double distance = vl >= 0 ? halfUlp - vl : below + vl;
        return distance > bound * 2.0;
    }
}

package ostooc.tests;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A reference for correctly rounded x^y (x > 0, normal results): exp(y ln x) with 70 significant digits
 * in BigDecimal, rounded to the nearest double by {@link BigDecimal#doubleValue}. Wrong only if the
 * exact power lay within ~10^-60 (relative) of a midpoint between two doubles.
 */
final class ExactMath {
    private static final MathContext MC = new MathContext(70);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal LN2 = atanhTimes2(BigDecimal.ONE.divide(BigDecimal.valueOf(3), MC));   // ln 2 = 2 atanh(1/3)
    static final BigDecimal LN10 = ln(BigDecimal.TEN);

    private ExactMath() { }

    static double pow(double x, double y) {
        return exp(new BigDecimal(y).multiply(ln(new BigDecimal(x)), MC)).doubleValue();
    }

    /** ln x = k ln 2 + 2 atanh((m - 1) / (m + 1)), m = x / 2^k in [0.7, 1.4]. */
    static BigDecimal ln(BigDecimal x) {
        int k = 0;
        while (x.compareTo(BigDecimal.valueOf(1.4)) > 0) { x = x.divide(TWO, MC); k++; }
        while (x.compareTo(BigDecimal.valueOf(0.7)) < 0) { x = x.multiply(TWO, MC); k--; }
        BigDecimal s = x.subtract(BigDecimal.ONE).divide(x.add(BigDecimal.ONE), MC);
        return atanhTimes2(s).add(LN2.multiply(BigDecimal.valueOf(k), MC), MC);
    }

    /** exp z = 2^n e^r, r = z - n ln 2, by Taylor's series. */
    static BigDecimal exp(BigDecimal z) {
        BigDecimal n = z.divide(LN2, MC).setScale(0, RoundingMode.HALF_EVEN);
        BigDecimal r = z.subtract(n.multiply(LN2, MC), MC), term = BigDecimal.ONE, sum = BigDecimal.ONE;
        for (int j = 1; term.abs().compareTo(new BigDecimal("1e-75")) > 0; j++) {
            term = term.multiply(r, MC).divide(BigDecimal.valueOf(j), MC);
            sum = sum.add(term, MC);
        }
        int e = n.intValueExact();
        return e >= 0 ? sum.multiply(TWO.pow(e), MC) : sum.divide(TWO.pow(-e), MC);
    }

    private static BigDecimal atanhTimes2(BigDecimal s) {
        BigDecimal s2 = s.multiply(s, MC), term = s, sum = BigDecimal.ZERO;
        for (int j = 0; term.abs().compareTo(new BigDecimal("1e-75")) > 0; j++) {
            sum = sum.add(term.divide(BigDecimal.valueOf(2 * j + 1), MC), MC);
            term = term.multiply(s2, MC);
        }
        return sum.multiply(TWO, MC);
    }
}

package ostoo.shim;

/**
 * Double-double arithmetic: a value hi + lo with |lo| <= ulp(hi) / 2, about 106 bits. Each operation
 * returns hi and leaves lo in {@link #lo} (a second result without allocating; programs are
 * single-threaded). Products use Dekker's exact split (SSE2 has no FMA). Relative error per operation
 * below 2^-103.
 */
final class DoubleDouble {
    private DoubleDouble() { }

    static double lo;

    /** (ah + al) * (bh + bl). */
    static double mul(double ah, double al, double bh, double bl) {
        double p = ah * bh;
        double ca = 134217729.0 * ah, ahh = ca - (ca - ah), ahl = ah - ahh;   // split: 26 + 27 bits
        double cb = 134217729.0 * bh, bhh = cb - (cb - bh), bhl = bh - bhh;
        double err = ((ahh * bhh - p) + ahh * bhl + ahl * bhh) + ahl * bhl;   // ah * bh - p, exactly
        err += ah * bl + al * bh;
        return normalized(p, err);
    }

    /** (ah + al) + (bh + bl). */
    static double add(double ah, double al, double bh, double bl) {
        double s = ah + bh;
        double v = s - ah;
        double err = (ah - (s - v)) + (bh - v);   // ah + bh - s, exactly
        return normalized(s, err + al + bl);
    }

    /** (ah + al) / (bh + bl): a quotient and one correction from the remainder. */
    static double div(double ah, double al, double bh, double bl) {
        double q1 = ah / bh;
        double ph = mul(q1, 0.0, bh, bl), pl = lo;
        double rh = add(ah, al, -ph, -pl);
        double q2 = rh / bh;
        return normalized(q1, q2);
    }

    /** hi + lo as a normalised pair, |err| much smaller than |big|. */
    private static double normalized(double big, double err) {
        double hi = big + err;
        lo = err - (hi - big);
        return hi;
    }
}

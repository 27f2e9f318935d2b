package ostooc.backend.x86.isel;

import java.math.BigInteger;

/**
 * The "magic number" for signed division by a constant (Hacker's Delight, 2nd ed., section 10-4 and
 * Figure 10-1; Granlund and Montgomery 1994): for a width W of 32 or 64 and a divisor d with |d| >= 2
 * that is not a power of two, {@code n / d} (truncating, for every W-bit n) equals
 * <pre>
 *   q = mulhs(M, n)            // the high W bits of the signed 2W-bit product
 *   if (d > 0 && M < 0) q += n
 *   if (d < 0 && M > 0) q -= n
 *   q = q >> s                  // arithmetic
 *   q += q >>> (W - 1)          // add 1 when q is negative
 * </pre>
 * Computed at compile time only, in BigInteger arithmetic for clarity (no unsigned-overflow tricks).
 * Powers of two (and MIN) are not handled here: they take shifts.
 */
record DivisionMagic(long multiplier, int shift) {

    /** The magic for divisor {@code d} at width {@code w} (32 or 64); {@code d} must satisfy the contract above. */
    static DivisionMagic of(long d, int w) {
        BigInteger ad = BigInteger.valueOf(d).abs();
        if (w != 32 && w != 64) throw new IllegalArgumentException("width " + w);
        if (ad.compareTo(BigInteger.TWO) < 0 || ad.bitCount() == 1) throw new IllegalArgumentException("not a magic divisor: " + d);
        BigInteger two = BigInteger.TWO;
        // anc = |nc|, the largest n with n mod |d| = |d| - 1 below 2^(W-1) (+1 for a negative divisor)
        BigInteger t = two.pow(w - 1).add(BigInteger.valueOf(d < 0 ? 1 : 0));
        BigInteger anc = t.subtract(BigInteger.ONE).subtract(t.mod(ad));
        // the smallest p >= W with 2^p > anc * (|d| - 2^p mod |d|)
        int p = w;
        while (two.pow(p).compareTo(anc.multiply(ad.subtract(two.pow(p).mod(ad)))) <= 0) p++;
        BigInteger m = two.pow(p).add(ad).subtract(two.pow(p).mod(ad)).divide(ad);   // (2^p + |d| - 2^p mod |d|) / |d|
        if (d < 0) m = m.negate();
        long bits = m.longValue();                      // the low 64 bits, two's complement
        long signed = w == 32 ? (int) bits : bits;      // M as a signed W-bit number
        return new DivisionMagic(signed, p - w);
    }
}

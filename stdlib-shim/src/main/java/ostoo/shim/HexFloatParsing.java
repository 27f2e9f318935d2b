package ostoo.shim;

import ostoo.rt.FloatBits;
import ostoo.rt.StringUnits;

/**
 * Hexadecimal floating-point strings ({@code 0x1.8p3}, {@code -0X.Cp-2f}) for {@link FloatParsing}: the
 * JDK's pattern {@code [+-]?0[xX](h+.?|h*.h+)[pP][+-]?d+[fFdD]?} (else its NumberFormatException), and
 * the significand (every hex digit) times 2^exponent rounded correctly by {@link DecimalToBinary#nearest}.
 * Exponents far beyond any double saturate: the result is infinity or zero either way.
 */
final class HexFloatParsing {
    private HexFloatParsing() { }

    static double parseDouble(String in) {
        long bits = magnitudeBits(in, 53, -1074, 1023, "Double.parseDouble");
        return FloatBits.longBitsToDouble(StringUnits.at(in, 0) == '-' ? bits | Long.MIN_VALUE : bits);
    }

    static float parseFloat(String in) {
        int bits = (int) magnitudeBits(in, 24, -149, 127, "Float.parseFloat");
        return FloatBits.intBitsToFloat(StringUnits.at(in, 0) == '-' ? bits | Integer.MIN_VALUE : bits);
    }

    /** The bits of |value| with a p-bit significand; {@code in} starts with [+-]?0[xX] (FloatParsing checked). */
    private static long magnitudeBits(String in, int p, int minU, int maxE, String where) {
        int len = StringChars.length(in);
        int i = StringUnits.at(in, 0) == '0' ? 2 : 3;
        int intStart = i;
        while (i < len && hexDigit(StringUnits.at(in, i)) >= 0) i++;
        int intEnd = i;
        if (i < len && StringUnits.at(in, i) == '.') i++;
        int fracStart = i;
        while (i < len && hexDigit(StringUnits.at(in, i)) >= 0) i++;
        int fracEnd = i;
        if (intEnd - intStart + fracEnd - fracStart == 0) FloatParsing.bad(in, where);
        if (i >= len || (StringUnits.at(in, i) != 'p' && StringUnits.at(in, i) != 'P')) FloatParsing.bad(in, where);
        i++;
        int expSign = 1;
        if (i < len && (StringUnits.at(in, i) == '-' || StringUnits.at(in, i) == '+')) {
            if (StringUnits.at(in, i) == '-') expSign = -1;
            i++;
        }
        int expStart = i, exp = 0;
        for (; i < len && StringUnits.at(in, i) >= '0' && StringUnits.at(in, i) <= '9'; i++)
            exp = IntMath.min(exp * 10 + (StringUnits.at(in, i) - '0'), 100000000);   // saturates
        if (i == expStart) FloatParsing.bad(in, where);
        char c = i < len ? StringUnits.at(in, i) : ' ';
        if (c == 'f' || c == 'F' || c == 'd' || c == 'D') i++;
        if (i != len) FloatParsing.bad(in, where);

        int nDigits = intEnd - intStart + fracEnd - fracStart;
        int[] h = BigNat.make(nDigits / 8 + 2);
        for (int k = intStart; k < fracEnd; k++) {
            int digit = hexDigit(StringUnits.at(in, k));
            if (digit < 0) continue;   // the point
            BigNat.mulSmall(h, 16);
            BigNat.addSmall(h, digit);
        }
        int hBits = BigNat.bitLength(h);
        if (hBits == 0) return 0;
        int scale = expSign * exp - 4 * (fracEnd - fracStart);   // value = h * 2^scale
        if (hBits - 1 + scale > maxE) return maxE == 1023 ? 0x7ff0000000000000L : 0x7f800000L;
        if (hBits - 1 + scale < minU - 1) return 0;   // below half of the smallest subnormal
        int limbs = (hBits + IntMath.abs(scale) + p + 4) / 32 + 2;
        int[] num = BigNat.make(limbs), den = BigNat.make(limbs), t = BigNat.make(limbs);
        BigNat.copy(num, h);   // copies h.length limbs into the larger num
        den[0] = 1;
        if (scale >= 0) BigNat.shiftLeft(num, scale); else BigNat.shiftLeft(den, -scale);
        return DecimalToBinary.nearest(num, den, t, false, p, minU, maxE);
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }
}

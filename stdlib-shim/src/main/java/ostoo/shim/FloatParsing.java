package ostoo.shim;

import ostoo.rt.Panic;
import ostoo.rt.StringUnits;

/**
 * {@code Double.parseDouble} and {@code Float.parseFloat}: the syntax of the JDK's
 * {@code FloatingDecimal.readJavaFormatString}, step for step, so that the same strings are accepted and
 * the same NumberFormatException messages are given: surrounding characters {@code <= ' '} trimmed, an
 * optional sign, {@code NaN}, {@code Infinity}, hexadecimal ({@link HexFloatParsing}) or decimal digits
 * with at most one point, an optional exponent, one optional {@code f F d D} suffix. The decimal digits
 * (leading and trailing zeros dropped) and their exponent go to {@link DecimalToBinary}, which rounds
 * correctly; a float is rounded once, from the decimal, never through a double. A null string is a
 * NullPointerException, as the JDK's {@code trim()} makes it.
 */
final class FloatParsing {
    private FloatParsing() { }

    // what scan found; for NUMBER, out holds the digit count, the decimal exponent and the sign
    private static final int NUMBER = 0, ZERO = 1, NAN = 2, INFINITY = 3, HEX = 4;
    private static final int N_DIGITS = 0, DEC_EXP = 1, NEGATIVE = 2;

    static double parseDouble(String s) {
        String in = trimmed(s, "Double.parseDouble");
        char[] digits = new char[StringChars.length(in)];
        int[] out = new int[3];
        int kind = scan(in, digits, out, "Double.parseDouble");
        if (kind == HEX) return HexFloatParsing.parseDouble(in);
        double magnitude = kind == NAN ? Double.NaN : kind == INFINITY ? Double.POSITIVE_INFINITY : kind == ZERO ? 0.0
                : DecimalToBinary.toDouble(digits, out[N_DIGITS], out[DEC_EXP]);
        return out[NEGATIVE] != 0 && kind != NAN ? -magnitude : magnitude;
    }

    static float parseFloat(String s) {
        String in = trimmed(s, "Float.parseFloat");
        char[] digits = new char[StringChars.length(in)];
        int[] out = new int[3];
        int kind = scan(in, digits, out, "Float.parseFloat");
        if (kind == HEX) return HexFloatParsing.parseFloat(in);
        float magnitude = kind == NAN ? Float.NaN : kind == INFINITY ? Float.POSITIVE_INFINITY : kind == ZERO ? 0.0f
                : DecimalToBinary.toFloat(digits, out[N_DIGITS], out[DEC_EXP]);
        return out[NEGATIVE] != 0 && kind != NAN ? -magnitude : magnitude;
    }

    private static String trimmed(String s, String where) {
        if (s == null) StringChars.nullPointer(where);
        return StringTransform.trim(s);
    }

    /**
     * readJavaFormatString's scan of the trimmed string {@code in}: the significant digits into
     * {@code digits}, their count, decimal exponent (value = 0.d1d2... * 10^decExp) and sign into out.
     */
    private static int scan(String in, char[] digits, int[] out, String where) {
        int len = StringChars.length(in);
        if (len == 0) Panic.panic(Radix.NFE + "empty String", where);
        int i = 0;
        boolean signSeen = false;
        char first = StringUnits.at(in, 0);
        if (first == '-' || first == '+') {
            out[NEGATIVE] = first == '-' ? 1 : 0;
            signSeen = true;
            i++;
        }
        if (i >= len) bad(in, where);   // the JDK's charAt fails: a lone sign
        char c = StringUnits.at(in, i);
        if (c == 'N') {
            if (len - i == 3 && StringSearch.startsWith(in, "NaN", i)) return NAN;
            bad(in, where);
        }
        if (c == 'I') {
            if (len - i == 8 && StringSearch.startsWith(in, "Infinity", i)) return INFINITY;
            bad(in, where);
        }
        if (c == '0' && len > i + 1 && (StringUnits.at(in, i + 1) == 'x' || StringUnits.at(in, i + 1) == 'X')) return HEX;

        boolean decSeen = false;
        int nDigits = 0, decPt = 0, nLeadZero = 0, nTrailZero = 0;
        for (; i < len; i++) {   // leading zeros and the point among them
            c = StringUnits.at(in, i);
            if (c == '0') nLeadZero++;
            else if (c == '.') {
                if (decSeen) Panic.panic(Radix.NFE + "multiple points", where);
                decPt = signSeen ? i - 1 : i;
                decSeen = true;
            } else break;
        }
        for (; i < len; i++) {   // the digits, and the point among them
            c = StringUnits.at(in, i);
            if (c >= '1' && c <= '9') { digits[nDigits++] = c; nTrailZero = 0; }
            else if (c == '0') { digits[nDigits++] = c; nTrailZero++; }
            else if (c == '.') {
                if (decSeen) Panic.panic(Radix.NFE + "multiple points", where);
                decPt = signSeen ? i - 1 : i;
                decSeen = true;
            } else break;
        }
        nDigits -= nTrailZero;
        boolean isZero = nDigits == 0;
        if (isZero && nLeadZero == 0) bad(in, where);   // no digit at all
        int decExp = decSeen ? decPt - nLeadZero : nDigits + nTrailZero;
        if (i < len && (StringUnits.at(in, i) == 'e' || StringUnits.at(in, i) == 'E')) {
            i++;
            if (i >= len) bad(in, where);
            int expSign = 1;
            c = StringUnits.at(in, i);
            if (c == '-' || c == '+') {
                if (c == '-') expSign = -1;
                i++;
            }
            int expAt = i, expVal = 0;
            boolean expOverflow = false;
            for (; i < len; i++) {
                if (expVal >= Integer.MAX_VALUE / 10) expOverflow = true;   // the next digit could overflow
                c = StringUnits.at(in, i);
                if (c < '0' || c > '9') break;
                expVal = expVal * 10 + (c - '0');
            }
            decExp = withExponent(decExp, expSign, expVal, expOverflow, 324 + nDigits + nTrailZero);
            if (i == expAt) bad(in, where);   // no exponent digits
        }
        if (i < len) {   // one type suffix may remain
            c = StringUnits.at(in, i);
            if (i != len - 1 || (c != 'f' && c != 'F' && c != 'd' && c != 'D')) bad(in, where);
        }
        out[N_DIGITS] = nDigits;
        out[DEC_EXP] = decExp;
        return isZero ? ZERO : NUMBER;
    }

    /** decExp + expSign * expVal, clamped as the JDK clamps it (to ±expLimit: still infinity or zero). */
    private static int withExponent(int decExp, int expSign, int expVal, boolean expOverflow, int expLimit) {
        if (!expOverflow && expVal <= expLimit) return decExp + expSign * expVal;
        if (!expOverflow && expSign == 1 && decExp < 0 && expVal + decExp < expLimit) return decExp + expVal;
        return expSign * expLimit;
    }

    static void bad(String in, String where) {
        Panic.panic(Radix.NFE + "For input string: \"" + in + "\"", where);
    }
}

package ostoo.shim;

/**
 * The digits java.util.Formatter prints for %e, %f and %g of a double, as JDK 17's
 * jdk.internal.math.FormattedFloatingDecimal makes them. Assumes a finite value >= 0 (the sign, NaN and
 * the infinities are {@link Formatter}'s). The JDK does not round the exact binary value: it takes the
 * shortest digits that identify the double (FloatingDecimal's, as Double.toString, but always at least
 * two: {@code DoubleDigits.generate(..., compatible = false)}) and rounds that digit string half up, so
 * {@code %.2f} of 1.005 is 1.01 and {@code %.20f} of 0.1 is 0.1 followed by zeros.
 */
final class FormattedDecimal {
    static final int SCIENTIFIC = 0, DECIMAL_FLOAT = 1, GENERAL = 2;

    private FormattedDecimal() { }

    /**
     * Appends the mantissa of {@code v} to {@code mant} ("1.25", "0.0", "120"; no '.' without fraction
     * digits, and no padding zeros: Formatter adds them); returns the exponent ("+05", "-123") in E-form,
     * null in decimal form. {@code rounded[0]}: the decimal exponent after rounding, e for 0.d1d2... * 10^e.
     */
    static String format(double v, int precision, int form, StringBuilder mant, int[] rounded) {
        char[] buf = new char[20];
        int[] st = new int[3];
        char[] digits;
        int decExp;
        if (v == 0) {
            digits = new char[] { '0' };
            decExp = 0;
        } else {
            digitsOf(v, buf, st);
            int n = st[DoubleDigits.COUNT], first = st[DoubleDigits.FIRST];
            digits = new char[n];
            for (int k = 0; k < n; k++) digits[k] = buf[first + k];
            decExp = st[DoubleDigits.DEC_EXPONENT];
        }
        int exp;
        String exponent = null;
        if (form == DECIMAL_FLOAT) {
            exp = applyPrecision(decExp, digits, decExp + precision);
            fillDecimal(mant, precision, digits, exp);
        } else if (form == SCIENTIFIC) {
            exp = applyPrecision(decExp, digits, precision + 1);
            exponent = fillScientific(mant, precision, digits, exp);
        } else {
            exp = applyPrecision(decExp, digits, precision);
            // E-form when the rounded value is below 10^-4 or at least 10^precision
            if (exp - 1 < -4 || exp - 1 >= precision) exponent = fillScientific(mant, precision - 1, digits, exp);
            else fillDecimal(mant, precision - exp, digits, exp);
        }
        rounded[0] = exp;
        return exponent;
    }

    /** FloatingDecimal.getBinaryToASCIIConverter(v, false): unpack, normalise a subnormal, generate. */
    private static void digitsOf(double v, char[] buf, int[] st) {
        long bits = Double.doubleToRawLongBits(v);
        long fract = bits & 0x000FFFFFFFFFFFFFL;
        int exp = (int) (bits >>> 52) & 0x7ff;
        int nSignificantBits = 53;
        if (exp != 0) {
            fract = fract | (1L << 52);
        } else {
            int lz = Long.numberOfLeadingZeros(fract);
            int shift = lz - 11;
            fract = fract << shift;
            exp = 1 - shift;
            nSignificantBits = 64 - lz;
        }
        DoubleDigits.generate(buf, st, exp - 1023, fract, nSignificantBits, false);
    }

    /**
     * Rounds the digits half up to {@code prec} digits in place (the rest become '0'); returns the decimal
     * exponent, one more when the rounding carried out ("999" to "100"). No rounding when prec < 0 or
     * there are no more digits than prec; prec 0 leaves one digit, 1 or 0.
     */
    private static int applyPrecision(int decExp, char[] digits, int prec) {
        int n = digits.length;
        if (prec >= n || prec < 0) return decExp;
        if (prec == 0) {
            if (digits[0] >= '5') {
                digits[0] = '1';
                fill(digits, 1, n);
                return decExp + 1;
            }
            fill(digits, 0, n);
            return decExp;
        }
        if (digits[prec] >= '5') {
            int i = prec - 1;
            while (digits[i] == '9' && i > 0) i--;
            if (digits[i] == '9') {   // carry out: a one and zeros, one digit longer
                digits[0] = '1';
                fill(digits, 1, n);
                return decExp + 1;
            }
            digits[i] = (char) (digits[i] + 1);
            fill(digits, i + 1, n);
        } else {
            fill(digits, prec, n);
        }
        return decExp;
    }

    /** Plain notation with at most {@code precision} fraction digits. */
    private static void fillDecimal(StringBuilder mant, int precision, char[] digits, int exp) {
        int n = digits.length;
        if (exp > 0) {
            if (n < exp) {   // an integer: the digits, then zeros; no fraction, so no dot
                append(mant, digits, 0, n);
                for (int k = n; k < exp; k++) mant.append('0');
            } else {
                int t = Math.min(n - exp, precision);
                append(mant, digits, 0, exp);
                if (t > 0) {
                    mant.append('.');
                    append(mant, digits, exp, t);
                }
            }
        } else {
            int zeros = Math.max(0, Math.min(-exp, precision));
            int t = Math.max(0, Math.min(n, precision + exp));
            if (zeros > 0 || t > 0) {
                mant.append("0.");
                for (int k = 0; k < zeros; k++) mant.append('0');
                append(mant, digits, 0, t);
            } else {
                mant.append('0');
            }
        }
    }

    /** d.ddd with at most {@code precision} fraction digits; returns the exponent: a sign and two or three digits. */
    private static String fillScientific(StringBuilder mant, int precision, char[] digits, int exp) {
        int t = Math.max(0, Math.min(digits.length - 1, precision));
        mant.append(digits[0]);
        if (t > 0) {
            mant.append('.');
            append(mant, digits, 1, t);
        }
        int e = exp <= 0 ? -exp + 1 : exp - 1;   // exp is one more than the E-form exponent
        StringBuilder r = new StringBuilder();
        r.append(exp <= 0 ? '-' : '+');
        if (e >= 100) {
            r.append((char) ('0' + e / 100));
            e = e % 100;
        }
        r.append((char) ('0' + e / 10));
        r.append((char) ('0' + e % 10));
        return r.toString();
    }

    private static void append(StringBuilder sb, char[] digits, int from, int count) {
        for (int k = from; k < from + count; k++) sb.append(digits[k]);
    }

    private static void fill(char[] digits, int from, int to) {
        for (int k = from; k < to; k++) digits[k] = '0';
    }
}

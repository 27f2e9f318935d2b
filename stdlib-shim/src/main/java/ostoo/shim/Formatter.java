package ostoo.shim;

import ostoo.rt.Panic;

/**
 * {@code String.format(format, args)} as JDK 17's java.util.Formatter does it in the default locale en
 * (the US symbols: '.', ',' in groups of 3, '0'): {@code %[index$][flags][width][.precision]conversion}
 * with the conversions b B h H s S c C d o x X e E f g G n %, the flags {@code - # + space 0 , ( <},
 * explicit and relative ({@code %<s}) indexes. The JDK's exceptions become a panic with its message
 * ({@code java.util.UnknownFormatConversionException: Conversion = 'q'}), found by the JDK's checks in
 * the JDK's order: the whole string is parsed and checked first, then each specifier takes its argument
 * and prints it, so a missing argument or a wrong type is reported only after every syntax error.
 * Floating point: {@link FormattedDecimal}. Not here: the date/time conversions {@code %t}/{@code %T}
 * and {@code %a} (checked as the JDK checks them, but an argument they would print is unsupported),
 * Formattable, BigInteger and BigDecimal.
 *
 * <p>The shim's classes are not instantiated: a parsed specifier is an int array ({@link #INDEX} ...),
 * and every step returns the exception it would throw as a string, null when there is none
 * ({@link #format(String, Object[], StringBuilder)}: what the JVM tests compare).
 */
public final class Formatter {
    private Formatter() { }

    /** java.util.Formatter.Flags: the same bits, so messages list them in the JDK's order. */
    static final int LEFT = 1, UPPER = 2, ALT = 4, PLUS = 8, SPACE = 16, ZERO = 32, GROUP = 64, PAREN = 128, PREVIOUS = 256;
    private static final String FLAG_CHARS = "-^#+ 0,(<";

    /** A parsed specifier: argument index (0 ordinary, -1 relative, -2 none), flags, width and precision (-1: none), conversion, date/time, end in the format string. */
    private static final int INDEX = 0, FLAGS = 1, WIDTH = 2, PRECISION = 3, CONV = 4, DT = 5, END = 6;

    private static final String UNKNOWN_CONVERSION = "java.util.UnknownFormatConversionException: Conversion = '";

    public static String format(String format, Object[] args) {
        StringBuilder out = new StringBuilder();
        String error = format(format, args, out);
        if (error != null) Panic.panic(error, "String.format");
        return out.toString();
    }

    /**
     * {@code printf}'s formatting: {text, error}. On an error (the exception as {@link #format(String, Object[], StringBuilder)}
     * returns it) the text is what the JDK's Formatter had already written to the stream: the text before the failing
     * specifier, as it parses the whole format first, then prints as it goes. A pair of Strings, not a builder: the
     * registry's StringBuilder and java.lang's are different classes to javac.
     */
    public static String[] formatPrefix(String format, Object[] args) {
        StringBuilder out = new StringBuilder();
        String error = format(format, args, out);
        return new String[] {out.toString(), error};
    }

    /** Formats into {@code out}; returns null, or the exception the JDK throws: its class name, ": " and its message. */
    static String format(String s, Object[] args, StringBuilder out) {
        int[] sp = new int[7];
        for (int n = s.indexOf('%'); n >= 0; n = s.indexOf('%', sp[END])) {   // Formatter.parse: all of it, first
            String error = parse(s, n, sp);
            if (error != null) return error;
        }
        int last = -1, lastOrdinary = -1, i = 0;
        while (i < s.length()) {
            int n = s.indexOf('%', i);
            if (n < 0) n = s.length();
            out.append(s.substring(i, n));
            if (n == s.length()) break;
            parse(s, n, sp);
            i = sp[END];
            int index = sp[INDEX];
            Object arg = null;
            if (index != -2) {
                if (index == -1) {
                    if (last < 0 || args != null && last > args.length - 1) return missingArgument(sp);
                } else if (index == 0) {
                    lastOrdinary++;
                    last = lastOrdinary;
                    if (args != null && last > args.length - 1) return missingArgument(sp);
                } else {
                    last = index - 1;
                    if (args != null && last > args.length - 1) return missingArgument(sp);
                }
                if (args != null) arg = args[last];
            }
            String error = print(arg, sp, out);
            if (error != null) return error;
        }
        return null;
    }

    // ---- parsing: Formatter.parse and the FormatSpecifier constructors, with their checks

    /**
     * Parses the specifier at {@code s[n] == '%'} into {@code sp}. The JDK matches
     * {@code %(\d+\$)?([-#+ 0,(\<]*)?(\d+)?(\.\d+)?([tT])?([a-zA-Z%])} at n unless the next char is a
     * conversion by itself; each group below takes what the regex's greedy match takes (giving chars
     * back to a later group never turns a failure into a match, so no backtracking is needed).
     */
    private static String parse(String s, int n, int[] sp) {
        int max = s.length(), i = n + 1;
        if (i >= max) return UNKNOWN_CONVERSION + "%'";
        char c = s.charAt(i);
        sp[INDEX] = 0;
        sp[FLAGS] = 0;
        sp[WIDTH] = -1;
        sp[PRECISION] = -1;
        sp[DT] = 0;
        if (isConversion(c)) {   // FormatSpecifier(char): nothing more to check
            sp[CONV] = c;
            sp[END] = i + 1;
            if (c >= 'A' && c <= 'Z') {
                sp[FLAGS] = UPPER;
                sp[CONV] = c + 32;
            }
            if (c == 'n' || c == '%') sp[INDEX] = -2;
            return null;
        }
        int p = i, q = digitsEnd(s, p);
        int indexStart = -1, indexEnd = -1;
        if (q > p && q < max && s.charAt(q) == '$') {
            indexStart = p;
            indexEnd = q;
            p = q + 1;
        }
        int flagsStart = p;
        while (p < max && "-#+ 0,(<".indexOf(s.charAt(p)) >= 0) p++;
        int flagsEnd = p;
        int widthStart = p, widthEnd = digitsEnd(s, p);
        p = widthEnd;
        int precisionStart = -1, precisionEnd = -1;
        if (p + 1 < max && s.charAt(p) == '.' && isDigit(s.charAt(p + 1))) {
            precisionStart = p + 1;
            precisionEnd = digitsEnd(s, p + 1);
            p = precisionEnd;
        }
        boolean dt = p + 1 < max && (s.charAt(p) == 't' || s.charAt(p) == 'T') && isAsciiLetterOrPercent(s.charAt(p + 1));
        char t = dt ? s.charAt(p++) : 0;
        if (p >= max || !isAsciiLetterOrPercent(s.charAt(p))) return UNKNOWN_CONVERSION + c + "'";
        char conv = s.charAt(p);
        sp[END] = p + 1;

        if (indexStart >= 0) {
            int index = parseInt(s, indexStart, indexEnd);
            if (index == -1) return "java.util.IllegalFormatArgumentIndexException: Format argument index: (not representable as int)";
            if (index == 0) return "java.util.IllegalFormatArgumentIndexException: Illegal format argument index = 0";
            sp[INDEX] = index;
        }
        int f = 0;
        for (int k = flagsStart; k < flagsEnd; k++) {
            char fc = s.charAt(k);
            int bit = 1 << FLAG_CHARS.indexOf(fc);
            if ((f & bit) != 0) return "java.util.DuplicateFormatFlagsException: Flags = '" + fc + "'";
            f = f | bit;
        }
        if ((f & PREVIOUS) != 0) sp[INDEX] = -1;
        if (widthEnd > widthStart) {
            sp[WIDTH] = parseInt(s, widthStart, widthEnd);
            if (sp[WIDTH] == -1) return "java.util.IllegalFormatWidthException: -2147483648";
        }
        if (precisionStart >= 0) {
            sp[PRECISION] = parseInt(s, precisionStart, precisionEnd);
            if (sp[PRECISION] == -1) return "java.util.IllegalFormatPrecisionException: -2147483648";
        }
        if (dt) {
            sp[DT] = 1;
            if (t == 'T') f = f | UPPER;
        } else {
            if (!isConversion(conv)) return UNKNOWN_CONVERSION + conv + "'";
            if (conv >= 'A' && conv <= 'Z') {
                f = f | UPPER;
                conv = (char) (conv + 32);
            }
            if (conv == 'n' || conv == '%') sp[INDEX] = -2;
        }
        sp[FLAGS] = f;
        sp[CONV] = conv;
        if (dt) return checkDateTime(sp);
        switch (conv) {
            case 'b': case 's': case 'h': return checkGeneral(sp);
            case 'c': return checkCharacter(sp);
            case 'd': case 'o': case 'x': return checkInteger(sp);
            case 'e': case 'f': case 'g': case 'a': return checkFloat(sp);
            default: return checkText(sp);
        }
    }

    private static String checkGeneral(int[] sp) {
        int f = sp[FLAGS];
        char c = (char) sp[CONV];
        if ((c == 'b' || c == 'h') && (f & ALT) != 0) return mismatch('#', c);
        if (sp[WIDTH] == -1 && (f & LEFT) != 0) return missingWidth(sp);
        return badFlags(sp, "+ 0,(");
    }

    private static String checkDateTime(int[] sp) {
        if (sp[PRECISION] != -1) return "java.util.IllegalFormatPrecisionException: " + sp[PRECISION];
        if ("HIklMNLQpsSTzZaAbBCdehjmyYrRcDF".indexOf((char) sp[CONV]) < 0) return UNKNOWN_CONVERSION + "t" + (char) sp[CONV] + "'";
        String error = badFlags(sp, "#+ 0,(");
        if (error != null) return error;
        if (sp[WIDTH] == -1 && (sp[FLAGS] & LEFT) != 0) return missingWidth(sp);
        return null;
    }

    private static String checkCharacter(int[] sp) {
        if (sp[PRECISION] != -1) return "java.util.IllegalFormatPrecisionException: " + sp[PRECISION];
        String error = badFlags(sp, "#+ 0,(");
        if (error != null) return error;
        if (sp[WIDTH] == -1 && (sp[FLAGS] & LEFT) != 0) return missingWidth(sp);
        return null;
    }

    private static String checkInteger(int[] sp) {
        String error = checkNumeric(sp);
        if (error != null) return error;
        if (sp[PRECISION] != -1) return "java.util.IllegalFormatPrecisionException: " + sp[PRECISION];
        return badFlags(sp, sp[CONV] == 'd' ? "#" : ",");
    }

    private static String checkFloat(int[] sp) {
        String error = checkNumeric(sp);
        if (error != null) return error;
        switch (sp[CONV]) {
            case 'a': return badFlags(sp, "(,");
            case 'e': return badFlags(sp, ",");
            case 'g': return badFlags(sp, "#");
            default: return null;
        }
    }

    private static String checkNumeric(int[] sp) {
        int f = sp[FLAGS];
        if (sp[WIDTH] == -1 && (f & (LEFT | ZERO)) != 0) return missingWidth(sp);
        if ((f & (PLUS | SPACE)) == (PLUS | SPACE) || (f & (LEFT | ZERO)) == (LEFT | ZERO)) return illegalFlags(f);
        return null;
    }

    private static String checkText(int[] sp) {
        int f = sp[FLAGS];
        if (sp[PRECISION] != -1) return "java.util.IllegalFormatPrecisionException: " + sp[PRECISION];
        if (sp[CONV] == '%') {
            if (f != LEFT && f != 0) return illegalFlags(f);
            if (sp[WIDTH] == -1 && f == LEFT) return missingWidth(sp);
        } else {
            if (sp[WIDTH] != -1) return "java.util.IllegalFormatWidthException: " + sp[WIDTH];
            if (f != 0) return illegalFlags(f);
        }
        return null;
    }

    /** FormatFlagsConversionMismatchException for the first of {@code flags} (in that order) that is set. */
    private static String badFlags(int[] sp, String flags) {
        for (int k = 0; k < flags.length(); k++) {
            char fc = flags.charAt(k);
            if ((sp[FLAGS] & (1 << FLAG_CHARS.indexOf(fc))) != 0) return mismatch(fc, (char) sp[CONV]);
        }
        return null;
    }

    private static String mismatch(char flag, char conv) {
        return "java.util.FormatFlagsConversionMismatchException: Conversion = " + conv + ", Flags = " + flag;
    }

    private static String illegalFlags(int f) { return "java.util.IllegalFormatFlagsException: Flags = '" + flagString(f) + "'"; }

    private static String missingWidth(int[] sp) { return "java.util.MissingFormatWidthException: " + specifier(sp); }

    private static String missingArgument(int[] sp) { return "java.util.MissingFormatArgumentException: Format specifier '" + specifier(sp) + "'"; }

    /** Flags.toString: the set flags in bit order. */
    private static String flagString(int f) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < FLAG_CHARS.length(); k++) if ((f & (1 << k)) != 0) sb.append(FLAG_CHARS.charAt(k));
        return sb.toString();
    }

    /** FormatSpecifier.toString: the specifier rebuilt from its parts (flags in bit order, UPPER as the conversion's case). */
    private static String specifier(int[] sp) {
        int f = sp[FLAGS];
        StringBuilder sb = new StringBuilder("%");
        sb.append(flagString(f & ~UPPER));
        if (sp[INDEX] > 0) sb.append(sp[INDEX]).append('$');
        if (sp[WIDTH] != -1) sb.append(sp[WIDTH]);
        if (sp[PRECISION] != -1) sb.append('.').append(sp[PRECISION]);
        if (sp[DT] != 0) sb.append((f & UPPER) != 0 ? 'T' : 't');
        char c = (char) sp[CONV];
        sb.append((f & UPPER) != 0 && c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
        return sb.toString();
    }

    private static boolean isConversion(char c) { return "bBsShHcCdoxXeEgGfaAn%".indexOf(c) >= 0; }

    private static boolean isAsciiLetterOrPercent(char c) { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '%'; }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    private static int digitsEnd(String s, int p) {
        while (p < s.length() && isDigit(s.charAt(p))) p++;
        return p;
    }

    /** Integer.parseInt of the digits s[from, to); -1 when the value does not fit an int. */
    private static int parseInt(String s, int from, int to) {
        long v = 0;
        for (int k = from; k < to; k++) {
            v = v * 10 + (s.charAt(k) - '0');
            if (v > 2147483647L) return -1;
        }
        return (int) v;
    }

    // ---- printing: FormatSpecifier.print and its helpers

    private static String print(Object arg, int[] sp, StringBuilder out) {
        char c = (char) sp[CONV];
        if (sp[DT] != 0) {
            if (arg == null) return text("null", sp, out);
            if (arg instanceof Long) return "unsupported: the date/time conversion %t" + c + " (not in ostooc's library yet)";
            return illegalConversion(c, arg);
        }
        switch (c) {
            case 'd': case 'o': case 'x': return printInteger(arg, sp, out);
            case 'e': case 'g': case 'f': case 'a': return printFloat(arg, sp, out);
            case 'c': return printCharacter(arg, sp, out);
            case 'b': return text(arg == null ? "false" : arg instanceof Boolean b ? (b.booleanValue() ? "true" : "false") : "true", sp, out);
            case 's':
                if ((sp[FLAGS] & ALT) != 0) return mismatch('#', 's');
                return text(arg == null ? "null" : arg.toString(), sp, out);
            case 'h': return text(arg == null ? "null" : Integer.toHexString(arg.hashCode()), sp, out);
            case 'n':
                out.append('\n');
                return null;
            default: return text("%", sp, out);
        }
    }

    private static String illegalConversion(char c, Object arg) {
        return "java.util.IllegalFormatConversionException: " + c + " != " + arg.getClass().getName();
    }

    /** print(String): cut to the precision, upper-cased for %S and the like, justified. */
    private static String text(String s, int[] sp, StringBuilder out) {
        if (sp[PRECISION] != -1 && sp[PRECISION] < s.length()) s = s.substring(0, sp[PRECISION]);
        if ((sp[FLAGS] & UPPER) != 0) s = s.toUpperCase();
        justify(s, sp, out);
        return null;
    }

    /** appendJustified: spaces up to the width, after the text with '-', before it otherwise. */
    private static void justify(String s, int[] sp, StringBuilder out) {
        boolean left = (sp[FLAGS] & LEFT) != 0;
        if (left) out.append(s);
        for (int k = s.length(); k < sp[WIDTH]; k++) out.append(' ');
        if (!left) out.append(s);
    }

    private static String printCharacter(Object arg, int[] sp, StringBuilder out) {
        if (arg == null) return text("null", sp, out);
        int cp;
        if (arg instanceof Character ch) return text(String.valueOf(ch.charValue()), sp, out);
        else if (arg instanceof Byte b) cp = b.byteValue();
        else if (arg instanceof Short h) cp = h.shortValue();
        else if (arg instanceof Integer i) cp = i.intValue();
        else return illegalConversion('c', arg);
        if (cp < 0 || cp > 0x10FFFF) return "java.util.IllegalFormatCodePointException: Code point = 0x" + Integer.toHexString(cp);
        StringBuilder sb = new StringBuilder();
        if (cp < 0x10000) {
            sb.append((char) cp);
        } else {   // Character.toChars: a surrogate pair
            sb.append((char) ((cp >>> 10) + (0xD800 - (0x10000 >>> 10))));
            sb.append((char) ((cp & 0x3FF) + 0xDC00));
        }
        return text(sb.toString(), sp, out);
    }

    /** Byte, Short and Integer widen to long; negative ones are two's complement in their own width for %o and %x. */
    private static String printInteger(Object arg, int[] sp, StringBuilder out) {
        if (arg == null) return text("null", sp, out);
        boolean unsigned = sp[CONV] != 'd';
        long v;
        if (arg instanceof Byte b) v = b.byteValue() < 0 && unsigned ? b.byteValue() + 256L : b.byteValue();
        else if (arg instanceof Short h) v = h.shortValue() < 0 && unsigned ? h.shortValue() + 65536L : h.shortValue();
        else if (arg instanceof Integer i) v = i.intValue() < 0 && unsigned ? i.intValue() + 4294967296L : i.intValue();
        else if (arg instanceof Long l) v = l.longValue();
        else return illegalConversion((char) sp[CONV], arg);
        return printLong(v, sp, out);
    }

    private static String printLong(long value, int[] sp, StringBuilder out) {
        int f = sp[FLAGS], width = sp[WIDTH];
        char c = (char) sp[CONV];
        StringBuilder sb = new StringBuilder();
        if (c == 'd') {
            boolean neg = value < 0;
            leadingSign(sb, neg, f);
            magnitude(sb, Long.toString(value), neg ? 1 : 0, f, adjustWidth(width, f, neg));
            trailingSign(sb, neg, f);
        } else {
            String error = badFlags(sp, "( +");   // checked only when there is a number to print
            if (error != null) return error;
            String s = c == 'o' ? Long.toOctalString(value) : Long.toHexString(value);
            int len = s.length() + ((f & ALT) == 0 ? 0 : c == 'o' ? 1 : 2);
            if ((f & ALT) != 0) sb.append(c == 'o' ? "0" : (f & UPPER) != 0 ? "0X" : "0x");
            if ((f & ZERO) != 0) for (int k = len; k < width; k++) sb.append('0');
            sb.append((f & UPPER) != 0 ? s.toUpperCase() : s);
        }
        justify(sb.toString(), sp, out);
        return null;
    }

    private static String printFloat(Object arg, int[] sp, StringBuilder out) {
        if (arg == null) return text("null", sp, out);
        double value;
        if (arg instanceof Float x) value = x.floatValue();
        else if (arg instanceof Double x) value = x.doubleValue();
        else return illegalConversion((char) sp[CONV], arg);
        int f = sp[FLAGS];
        if (sp[CONV] == 'a') return "unsupported: the conversion %a (not in ostooc's library yet)";
        StringBuilder sb = new StringBuilder();
        boolean neg = Double.compare(value, 0.0) == -1;   // -0.0 too, NaN not
        if (value != value) {
            sb.append((f & UPPER) != 0 ? "NAN" : "NaN");
        } else {
            leadingSign(sb, neg, f);
            double v = neg ? -value : value;
            if (v == Double.POSITIVE_INFINITY) sb.append((f & UPPER) != 0 ? "INFINITY" : "Infinity");
            else printFinite(sb, v, neg, sp);
            trailingSign(sb, neg, f);
        }
        justify(sb.toString(), sp, out);
        return null;
    }

    /** print(StringBuilder, double, ...) for %e, %f and %g of a finite v >= 0; neg: the sign already written. */
    private static void printFinite(StringBuilder sb, double v, boolean neg, int[] sp) {
        int f = sp[FLAGS], width = sp[WIDTH], precision = sp[PRECISION];
        char c = (char) sp[CONV];
        StringBuilder mant = new StringBuilder();
        int[] rounded = new int[1];
        String exp = null;
        if (c == 'e') {
            int prec = precision == -1 ? 6 : precision;
            exp = FormattedDecimal.format(v, prec, FormattedDecimal.SCIENTIFIC, mant, rounded);
            if (v == 0) exp = "+00";
            addZeros(mant, prec);
            if ((f & ALT) != 0 && prec == 0) mant.append('.');
        } else if (c == 'f') {
            int prec = precision == -1 ? 6 : precision;
            FormattedDecimal.format(v, prec, FormattedDecimal.DECIMAL_FLOAT, mant, rounded);
            addZeros(mant, prec);
            if ((f & ALT) != 0 && prec == 0) mant.append('.');
        } else {
            int prec = precision == -1 ? 6 : precision == 0 ? 1 : precision;
            if (v == 0) {
                mant.append('0');
                rounded[0] = 1;
            } else {
                exp = FormattedDecimal.format(v, prec, FormattedDecimal.GENERAL, mant, rounded);
            }
            prec = exp != null ? prec - 1 : prec - rounded[0];
            addZeros(mant, prec);
        }
        int w = width == -1 ? -1 : adjustWidth(exp == null ? width : width - exp.length() - 1, f, neg);
        magnitude(sb, mant.toString(), 0, f, w);
        if (exp != null) {
            sb.append((f & UPPER) != 0 ? 'E' : 'e');
            sb.append(exp);
        }
    }

    /** Pads the fraction of {@code mant} with zeros to {@code prec} digits, adding the '.' if needed. */
    private static void addZeros(StringBuilder mant, int prec) {
        int len = mant.length(), dot = 0;
        while (dot < len && mant.charAt(dot) != '.') dot++;
        boolean needDot = dot == len;
        int outPrec = len - dot - (needDot ? 0 : 1);
        if (outPrec == prec) return;
        if (needDot) mant.append('.');
        for (int k = outPrec; k < prec; k++) mant.append('0');
    }

    private static void leadingSign(StringBuilder sb, boolean neg, int f) {
        if (!neg) {
            if ((f & PLUS) != 0) sb.append('+');
            else if ((f & SPACE) != 0) sb.append(' ');
        } else {
            sb.append((f & PAREN) != 0 ? '(' : '-');
        }
    }

    private static void trailingSign(StringBuilder sb, boolean neg, int f) {
        if (neg && (f & PAREN) != 0) sb.append(')');
    }

    private static int adjustWidth(int width, int f, boolean neg) {
        return width != -1 && neg && (f & PAREN) != 0 ? width - 1 : width;
    }

    /**
     * localizedMagnitude: appends {@code value} from {@code offset} (digits and at most one '.'), with ','
     * between groups of three integer digits for the ',' flag; then, for the '0' flag, zeros after what sb
     * held before (the sign) until sb is {@code width} long.
     */
    private static void magnitude(StringBuilder sb, String value, int offset, int f, int width) {
        int begin = sb.length(), len = value.length(), dot = len;
        for (int j = offset; j < len; j++) {
            if (value.charAt(j) == '.') {
                dot = j;
                break;
            }
        }
        boolean group = (f & GROUP) != 0;
        for (int j = offset; j < len; j++) {
            if (j == dot) {
                sb.append('.');
                group = false;   // no separators after the decimal point
                continue;
            }
            sb.append(value.charAt(j));
            if (group && j != dot - 1 && (dot - j) % 3 == 1) sb.append(',');
        }
        if (width > sb.length() && (f & ZERO) != 0) {
            StringBuilder zeros = new StringBuilder();
            for (int k = sb.length(); k < width; k++) zeros.append('0');
            sb.insert(begin, zeros.toString());
        }
    }
}

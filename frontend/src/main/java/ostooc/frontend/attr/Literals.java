package ostooc.frontend.attr;

/**
 * Literal text to values (JLS 3.10): integer literals in decimal, hex, octal and binary with underscores and
 * an optional {@code L}; character and string escapes including unicode escapes and octal escapes.
 */
public final class Literals {
    private Literals() { }

    /** Thrown for a literal javac rejects; the message is javac's. */
    public static final class BadLiteral extends Exception {
        public BadLiteral(String message) { super(message); }
    }

    /**
     * IntegerLiteral / LongLiteral. {@code negated} says the literal is the operand of unary minus, which
     * is what makes {@code 2147483648} (and {@code 9223372036854775808L}) legal. Returns the value as the
     * literal's type would hold it (ints sign-extended).
     */
    public static long integer(String text, boolean isLong, boolean negated) throws BadLiteral {
        String s = text.replace("_", "");
        if (isLong) s = s.substring(0, s.length() - 1);
        int radix = 10;
        if (s.startsWith("0x") || s.startsWith("0X")) { radix = 16; s = s.substring(2); }
        else if (s.startsWith("0b") || s.startsWith("0B")) { radix = 2; s = s.substring(2); }
        else if (s.length() > 1 && s.startsWith("0")) { radix = 8; s = s.substring(1); }
        java.math.BigInteger v;
        try { v = new java.math.BigInteger(s, radix); } catch (NumberFormatException e) { throw new BadLiteral("malformed number: " + text); }
        int bits = isLong ? 64 : 32;
        if (radix == 10) {
            java.math.BigInteger max = java.math.BigInteger.ONE.shiftLeft(bits - 1);   // 2^31 only after '-'
            if (v.compareTo(max) > 0 || (v.equals(max) && !negated)) throw new BadLiteral("integer number too large");
        } else if (v.bitLength() > bits) {
            throw new BadLiteral("integer number too large");
        }
        long raw = v.longValue();
        return isLong ? raw : (long) (int) raw;
    }

    /**
     * FloatingPointLiteral (decimal or hexadecimal, optional f/F/d/D suffix). A float literal is rounded
     * once, straight to float (Float.parseFloat), never via double. javac rejects a literal that rounds to
     * infinity, or to zero although it has a non-zero digit.
     */
    public static double floating(String text) throws BadLiteral {
        String s = text.replace("_", "");
        boolean isFloat = s.endsWith("f") || s.endsWith("F");
        double v;
        try { v = isFloat ? Float.parseFloat(s) : Double.parseDouble(s); }
        catch (NumberFormatException e) { throw new BadLiteral("malformed floating-point literal"); }
        if (Double.isInfinite(v)) throw new BadLiteral("floating-point number too large");
        if (v == 0 && hasNonZeroDigit(s)) throw new BadLiteral("floating-point number too small");
        return v;
    }

    private static boolean hasNonZeroDigit(String s) {
        boolean hex = s.startsWith("0x") || s.startsWith("0X");
        String mantissa = hex ? s.substring(2).split("[pP]")[0] : s.split("[eEfFdD]")[0];
        for (char c : mantissa.toCharArray()) if (c != '0' && c != '.') return true;
        return false;
    }

    /** CharacterLiteral: the text between the quotes. */
    public static char character(String body) throws BadLiteral {
        String s = unescape(body);
        if (s.length() != 1) throw new BadLiteral("unclosed character literal");
        return s.charAt(0);
    }

    /** EscapeSequence and unicode escapes, as in string and character literals. */
    public static String unescape(String s) throws BadLiteral {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') { sb.append(c); continue; }
            if (++i >= s.length()) throw new BadLiteral("illegal escape character");
            char e = s.charAt(i);
            switch (e) {
                case 'b' -> sb.append('\b');
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'f' -> sb.append('\f');
                case 'r' -> sb.append('\r');
                case 's' -> sb.append(' ');
                case '"', '\'', '\\' -> sb.append(e);
                case 'u' -> {
                    while (i < s.length() && s.charAt(i) == 'u') i++;
                    if (i + 4 > s.length()) throw new BadLiteral("illegal unicode escape");
                    try { sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); }
                    catch (NumberFormatException ex) { throw new BadLiteral("illegal unicode escape"); }
                    i += 3;
                }
                default -> {
                    if (e < '0' || e > '7') throw new BadLiteral("illegal escape character");
                    // OctalEscape: \d, \dd, \[0-3]dd
                    int max = e <= '3' ? 3 : 2, v = 0, n = 0;
                    while (n < max && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '7') { v = v * 8 + (s.charAt(i) - '0'); i++; n++; }
                    i--;
                    sb.append((char) v);
                }
            }
        }
        return sb.toString();
    }
}

/**
 * Every Character method ostooc offers, at every code point (int overloads: -256 .. 0x1100FF and the int
 * extremes; char overloads: every char). One line per method and block of 4096 code points, a hash of
 * its results there, so a difference from the JVM names the method and the block.
 */
public class CharacterMethods {
    static final int BLOCK = 0x1000;

    public static void main(String[] args) {
        for (int m = 0; m < 19; m++) {
            for (int from = -BLOCK; from < 0x111000; from += BLOCK) {
                int h = 0;
                for (int c = from; c < from + BLOCK; c++) h = 31 * h + onInt(m, c);
                System.out.println(NAMES[m] + "(int) " + Integer.toHexString(from) + ": " + h);
            }
            System.out.println(NAMES[m] + "(int) extremes: " + (31 * onInt(m, Integer.MIN_VALUE) + onInt(m, Integer.MAX_VALUE)));
        }
        for (int m = 0; m < 19; m++) {
            for (int from = 0; from < 0x10000; from += BLOCK) {
                int h = 0;
                for (int c = from; c < from + BLOCK; c++) h = 31 * h + onChar(m, (char) c);
                System.out.println(NAMES[m] + "(char) " + Integer.toHexString(from) + ": " + h);
            }
        }
        int h = 0;
        for (int c = 0; c <= 0x10FFFF; c += 97) {
            String s = Character.toString(c);
            h = 31 * h + s.length();
            for (int i = 0; i < s.length(); i++) h = 31 * h + s.charAt(i);
        }
        System.out.println("toString(int) every 97th: " + h);
        h = 0;
        for (int radix = -1; radix <= 38; radix++)
            for (int d = -2; d <= 38; d++) h = 31 * h + Character.forDigit(d, radix);
        System.out.println("forDigit: " + h);
    }

    static final String[] NAMES = {"isDigit", "isLetter", "isLetterOrDigit", "isWhitespace", "isSpaceChar", "isUpperCase", "isLowerCase",
        "toUpperCase", "toLowerCase", "getNumericValue", "digit radix 10", "digit radix 16", "digit radix 36", "digit radix 2", "digit radix 7",
        "digit radix 1, 37, 0, -10", "digit radix 11", "digit radix 29", "surrogates, compare, hashCode"};

    static int onInt(int m, int c) {
        switch (m) {
            case 0: return Character.isDigit(c) ? 1 : 0;
            case 1: return Character.isLetter(c) ? 1 : 0;
            case 2: return Character.isLetterOrDigit(c) ? 1 : 0;
            case 3: return Character.isWhitespace(c) ? 1 : 0;
            case 4: return Character.isSpaceChar(c) ? 1 : 0;
            case 5: return Character.isUpperCase(c) ? 1 : 0;
            case 6: return Character.isLowerCase(c) ? 1 : 0;
            case 7: return Character.toUpperCase(c);
            case 8: return Character.toLowerCase(c);
            case 9: return Character.getNumericValue(c);
            case 10: return Character.digit(c, 10);
            case 11: return Character.digit(c, 16);
            case 12: return Character.digit(c, 36);
            case 13: return Character.digit(c, 2);
            case 14: return Character.digit(c, 7);
            case 15: return Character.digit(c, 1) + Character.digit(c, 37) + Character.digit(c, 0) + Character.digit(c, -10);
            case 16: return Character.digit(c, 11);
            case 17: return Character.digit(c, 29);
            default: return 0;
        }
    }

    static int onChar(int m, char c) {
        switch (m) {
            case 0: return Character.isDigit(c) ? 1 : 0;
            case 1: return Character.isLetter(c) ? 1 : 0;
            case 2: return Character.isLetterOrDigit(c) ? 1 : 0;
            case 3: return Character.isWhitespace(c) ? 1 : 0;
            case 4: return Character.isSpaceChar(c) ? 1 : 0;
            case 5: return Character.isUpperCase(c) ? 1 : 0;
            case 6: return Character.isLowerCase(c) ? 1 : 0;
            case 7: return Character.toUpperCase(c);
            case 8: return Character.toLowerCase(c);
            case 9: return Character.getNumericValue(c);
            case 10: return Character.digit(c, 10);
            case 11: return Character.digit(c, 16);
            case 12: return Character.digit(c, 36);
            case 13: return Character.digit(c, 2);
            case 14: return Character.digit(c, 7);
            case 15: return Character.digit(c, 1) + Character.digit(c, 37) + Character.digit(c, 0) + Character.digit(c, -10);
            case 16: return Character.digit(c, 11);
            case 17: return Character.digit(c, 29);
            default: return (Character.isHighSurrogate(c) ? 1 : 0) + (Character.isLowSurrogate(c) ? 2 : 0) + (Character.isSurrogate(c) ? 4 : 0)
                    + 8 * Character.compare(c, (char) 0x8000) + 31 * Character.hashCode(c) + 17 * Character.compare((char) 7, c);
        }
    }
}

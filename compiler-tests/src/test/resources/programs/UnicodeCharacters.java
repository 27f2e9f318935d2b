/**
 * Character's methods beyond Latin-1 (letters, digits, case, numeric values of other scripts, code points
 * above the BMP, ints outside Unicode) and Integer/Long.parseInt's digits of other scripts.
 */
public class UnicodeCharacters {
    public static void main(String[] args) {
        String text = "中文 Ελληνικά Кириллица ǅ ǈ ǋ ǲ ª º ſ ı İ \u212a ß ŉ ﬀ Ⅻ ⅽ ½ ③ ⑳ ٣ ७ ９ ໒ ߀ ꧑ ٫ ‿ ⁀ ᵃ ʰ ㋐ \u00a0\u2007\u2028\u3000\u1680\u180e";
        for (int i = 0; i < text.length(); i++) describe(text.charAt(i));
        int[] codePoints = {0x10400, 0x10428, 0x104B0, 0x104D8, 0x1E900, 0x1E922, 0x16E40, 0x16E60, 0x1D7CE, 0x1D7FF, 0x104A0, 0x1F100,
            0x10107, 0x12400, 0x20000, 0x2A6DF, 0x3134A, 0x3134B, 0xE0041, 0xF0000, 0x10FFFF, 0x110000, -1, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (int cp : codePoints) describe(cp);
        String[] numbers = {"١٢٣", "-۴۵", "+१२३४", "９９", "๑๐", "߁߂", "𝟗𝟖", "٣x", "1٢3"};
        for (String s : numbers) {
            System.out.print(s + ": ");
            int v = -1;
            boolean ok = true;
            for (int i = 0; i < s.length(); i++) if (Character.isSurrogate(s.charAt(i))) ok = false;   // parseInt reads chars, not code points
            if (ok && s.indexOf('x') < 0) v = Integer.parseInt(s);
            System.out.println(v + " " + (ok && s.indexOf('x') < 0 ? Long.parseLong(s, 16) : -1));
        }
        System.out.println(Integer.parseInt("٧f", 16) + " " + Integer.parseInt("ｆｆ", 16) + " " + Integer.parseInt("ＺＺ", 36));
        System.out.println("ΑΒΓ Жж".equalsIgnoreCase("αβγ жЖ") + " " + "Ω".compareToIgnoreCase("ω") + " " + "ǅ".equalsIgnoreCase("ǆ"));
        int letters = 0, digits = 0, upper = 0, lower = 0, mapped = 0;
        long numeric = 0;
        for (int c = 0; c <= 0x10FFFF; c += 7) {
            if (Character.isLetter(c)) letters++;
            if (Character.isDigit(c)) digits++;
            if (Character.isUpperCase(c)) upper++;
            if (Character.isLowerCase(c)) lower++;
            if (Character.toUpperCase(c) != c || Character.toLowerCase(c) != c) mapped++;
            numeric += Character.getNumericValue(c);
        }
        System.out.println(letters + " " + digits + " " + upper + " " + lower + " " + mapped + " " + numeric);
        System.out.println(Integer.parseInt("٣x"));   // NumberFormatException: For input string: "٣x"
    }

    static void describe(char c) {
        System.out.println(c + " " + Integer.toHexString(c) + ": " + f(Character.isLetter(c)) + f(Character.isDigit(c)) + f(Character.isLetterOrDigit(c))
                + f(Character.isUpperCase(c)) + f(Character.isLowerCase(c)) + f(Character.isWhitespace(c)) + f(Character.isSpaceChar(c))
                + " " + Character.toUpperCase(c) + Character.toLowerCase(c) + " " + Character.getNumericValue(c) + " " + Character.digit(c, 10)
                + " " + Character.digit(c, 36));
    }

    static void describe(int cp) {
        System.out.println(Integer.toHexString(cp) + ": " + f(Character.isLetter(cp)) + f(Character.isDigit(cp)) + f(Character.isLetterOrDigit(cp))
                + f(Character.isUpperCase(cp)) + f(Character.isLowerCase(cp)) + f(Character.isWhitespace(cp)) + f(Character.isSpaceChar(cp))
                + " " + Integer.toHexString(Character.toUpperCase(cp)) + " " + Integer.toHexString(Character.toLowerCase(cp))
                + " " + Character.getNumericValue(cp) + " " + Character.digit(cp, 10) + " " + Character.digit(cp, 36));
    }

    static char f(boolean b) { return b ? '+' : '.'; }
}

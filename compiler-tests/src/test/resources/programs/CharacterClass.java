public class CharacterClass {
    static String flags(char c) {
        return (Character.isDigit(c) ? "d" : "-") + (Character.isLetter(c) ? "l" : "-") + (Character.isLetterOrDigit(c) ? "a" : "-")
                + (Character.isWhitespace(c) ? "w" : "-") + (Character.isSpaceChar(c) ? "s" : "-") + (Character.isUpperCase(c) ? "U" : "-")
                + (Character.isLowerCase(c) ? "L" : "-");
    }

    public static void main(String[] args) {
        // every Latin-1 char, where the shim is exact
        for (int i = 0; i < 256; i++) {
            char c = (char) i;
            System.out.println(i + " " + flags(c) + " " + (int) Character.toUpperCase(c) + " " + (int) Character.toLowerCase(c)
                    + " " + Character.getNumericValue(c) + " " + Character.digit(c, 16) + " " + Character.digit(c, 36));
        }
        char[] more = {'\u1680', '\u2000', '\u2007', '\u200a', '\u2028', '\u202f', '\u205f', '\u3000', '\u0178', '\u039c', '\u03bc', '\ud83d', '\ude00'};
        for (char c : more)
            System.out.println((int) c + " " + Character.isWhitespace(c) + " " + Character.isSpaceChar(c) + " " + Character.isSurrogate(c)
                    + " " + Character.isHighSurrogate(c) + " " + Character.isLowSurrogate(c) + " " + (int) Character.toLowerCase(c) + " " + (int) Character.toUpperCase(c));
        for (int r = 2; r <= 36; r += 7)
            for (int d = -1; d <= 36; d += 5) System.out.print(Character.forDigit(d, r) == '\0' ? "." : String.valueOf(Character.forDigit(d, r)));
        System.out.println();
        System.out.println(Character.digit('7', 8) + " " + Character.digit('8', 8) + " " + Character.digit('z', 37) + " " + Character.toString('q')
                + " " + Character.compare('a', 'z') + " " + Character.toUpperCase((int) 'a') + " " + Character.isDigit((int) '5'));
    }
}

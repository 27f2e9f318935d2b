package ostoo.shim.lang;

import ostoo.rt.annotation.JdkClass;
import ostoo.shim.Characters;

/** {@code java.lang.Character}: the box of {@code char} ({@link #valueOf} caches 0..127, as the JDK's CharacterCache) and its static methods, in {@link Characters}. */
@JdkClass("java.lang.Character")
public final class Character {
    public static final char MIN_VALUE = '\u0000';
    public static final char MAX_VALUE = '\uffff';
    public static final int SIZE = 16;
    public static final int BYTES = 2;
    public static final int MIN_RADIX = 2;
    public static final int MAX_RADIX = 36;
    public static final char MIN_HIGH_SURROGATE = '\ud800';
    public static final char MAX_HIGH_SURROGATE = '\udbff';
    public static final char MIN_LOW_SURROGATE = '\udc00';
    public static final char MAX_LOW_SURROGATE = '\udfff';
    public static final char MIN_SURROGATE = '\ud800';
    public static final char MAX_SURROGATE = '\udfff';
    public static final int MIN_CODE_POINT = 0;
    public static final int MAX_CODE_POINT = 0x10ffff;

    private static Character[] cache;
    private final char value;

    public Character(char value) { this.value = value; }

    public static Character valueOf(char c) {
        if (c > 127) return new Character(c);
        if (cache == null) cache = new Character[128];
        Character k = cache[c];
        if (k == null) { k = new Character(c); cache[c] = k; }
        return k;
    }

    public char charValue() { return value; }
    public boolean equals(Object o) { return o instanceof Character c && c.value == value; }
    public int hashCode() { return value; }
    public String toString() { return Characters.toString(value); }
    public int compareTo(Character other) { return compare(value, other.value); }

    public static boolean isDigit(char c) { return Characters.isDigit(c); }
    public static boolean isDigit(int c) { return Characters.isDigit(c); }
    public static boolean isLetter(char c) { return Characters.isLetter(c); }
    public static boolean isLetter(int c) { return Characters.isLetter(c); }
    public static boolean isLetterOrDigit(char c) { return Characters.isLetterOrDigit(c); }
    public static boolean isLetterOrDigit(int c) { return Characters.isLetterOrDigit(c); }
    public static boolean isUpperCase(char c) { return Characters.isUpperCase(c); }
    public static boolean isUpperCase(int c) { return Characters.isUpperCase(c); }
    public static boolean isLowerCase(char c) { return Characters.isLowerCase(c); }
    public static boolean isLowerCase(int c) { return Characters.isLowerCase(c); }
    public static boolean isWhitespace(char c) { return Characters.isWhitespace(c); }
    public static boolean isWhitespace(int c) { return Characters.isWhitespace(c); }
    public static boolean isSpaceChar(char c) { return Characters.isSpaceChar(c); }
    public static boolean isSpaceChar(int c) { return Characters.isSpaceChar(c); }
    public static char toUpperCase(char c) { return Characters.toUpperCase(c); }
    public static int toUpperCase(int c) { return Characters.toUpperCase(c); }
    public static char toLowerCase(char c) { return Characters.toLowerCase(c); }
    public static int toLowerCase(int c) { return Characters.toLowerCase(c); }
    public static int digit(char c, int radix) { return Characters.digit(c, radix); }
    public static int digit(int c, int radix) { return Characters.digit(c, radix); }
    public static int getNumericValue(char c) { return Characters.getNumericValue(c); }
    public static int getNumericValue(int c) { return Characters.getNumericValue(c); }
    public static char forDigit(int digit, int radix) { return Characters.forDigit(digit, radix); }
    public static boolean isHighSurrogate(char c) { return Characters.isHighSurrogate(c); }
    public static boolean isLowSurrogate(char c) { return Characters.isLowSurrogate(c); }
    public static boolean isSurrogate(char c) { return Characters.isSurrogate(c); }
    public static int compare(char a, char b) { return Characters.compare(a, b); }
    public static int hashCode(char c) { return Characters.hashCode(c); }
    public static String toString(char c) { return Characters.toString(c); }
    public static String toString(int cp) { return Characters.toString(cp); }
}

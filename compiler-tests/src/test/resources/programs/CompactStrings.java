/**
 * Latin-1 and UTF-16 strings together: strings whose chars all fit in a byte are stored one byte per char,
 * others two, and every string operation must treat equal chars alike whichever way each side was built
 * (literals, concatenation, substring, StringBuilder, valueOf, char[]).
 */
public class CompactStrings {
    static String describe(String s) {
        return s + " len=" + s.length() + " hash=" + s.hashCode();
    }

    static String kind(String s) {
        switch (s) {
            case "caf\u00e9": return "latin-1 word";
            case "\u20ac uro": return "euro word";
            case "": return "empty";
            default: return "other";
        }
    }

    public static void main(String[] args) {
        String latin = "caf\u00e9 \u00ff\u00e0";          // all chars <= 0xFF
        String wide = "caf\u00e9 \u20ac\u4e2d";           // some > 0xFF
        String astral = "x\ud83d\ude00y";                 // a surrogate pair
        System.out.println(describe(latin));
        System.out.println(describe(wide));
        System.out.println(describe(astral));

        // the same chars built in different ways are equal, with equal hashes
        String cut = wide.substring(0, 4);                // UTF-16 source, Latin-1 chars
        System.out.println(cut + " " + cut.equals("caf\u00e9") + " " + "caf\u00e9".equals(cut) + " " + (cut.hashCode() == "caf\u00e9".hashCode()));
        StringBuilder sb = new StringBuilder("caf");
        sb.append('\u20ac');
        sb.setCharAt(3, '\u00e9');                        // the wide char is gone again
        String built = sb.toString();
        System.out.println(built + " " + built.equals(cut) + " " + built.compareTo(cut) + " " + kind(built) + " " + kind(cut));
        String joined = "\u20ac" + " uro";
        System.out.println(kind(joined) + " " + kind(wide.substring(5, 5)) + " " + kind(latin));
        String widened = latin + wide.charAt(5);          // a Latin-1 piece widened by a UTF-16 one
        System.out.println(widened + " " + widened.length() + " " + widened.indexOf('\u20ac') + " " + widened.indexOf("\u00ff") + " " + widened.charAt(5));
        String back = widened.substring(0, latin.length());
        System.out.println(back.equals(latin) + " " + back.hashCode() + " " + latin.hashCode() + " " + back.compareTo(latin));

        // ordering across the two forms
        String[] words = {"\u00e9t\u00e9", "\u0101", "z", "\u00ff", "\u20ac", "e", "\u00e9", ""};
        for (int i = 0; i < words.length; i++) {
            StringBuilder line = new StringBuilder();
            for (int j = 0; j < words.length; j++) line.append(Integer.signum(words[i].compareTo(words[j]))).append(' ');
            System.out.println(line);
        }

        // single chars and numbers
        char[] cs = {'a', '\u00ff', '\u0100', '\u20ac'};
        for (char c : cs) {
            String one = String.valueOf(c);
            System.out.println(one + " " + one.length() + " " + one.hashCode() + " " + one.equals("" + c) + " " + (one + 12 + c).length());
        }
        System.out.println(new String(cs) + " " + new String(cs, 0, 2).equals("a\u00ff") + " " + String.valueOf(cs, 2, 2));
        System.out.println(("" + -42L + 3.25 + '\u00e9').equals("-423.25\u00e9") + " " + Long.MIN_VALUE);

        // searches across forms
        System.out.println(wide.indexOf("\u00e9 ") + " " + wide.indexOf(latin.substring(0, 3)) + " " + latin.indexOf("\u20ac") + " " + wide.lastIndexOf('\u4e2d')
                + " " + wide.contains("\u00e9") + " " + latin.startsWith("caf") + " " + wide.endsWith("\u4e2d"));
        System.out.println(wide.replace('\u20ac', 'E') + " " + wide.replace('\u20ac', 'E').equals("caf\u00e9 E\u4e2d")
                + " " + latin.replace("\u00ff", "\u0101") + " " + latin.toUpperCase() + " " + "\u00ff".toUpperCase().length());
        String[] parts = (latin + "," + wide + "," + astral).split(",");
        System.out.println(parts.length + " " + parts[0].equals(latin) + " " + parts[1].equals(wide) + " " + parts[2].equals(astral));
        System.out.println(new StringBuilder(astral).reverse().toString().length() + " " + Character.toString(0x1F600).equals(astral.substring(1, 3)));
        for (String a : args) System.out.println(a);
    }
}

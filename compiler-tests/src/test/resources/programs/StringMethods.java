public class StringMethods {
    static void show(String label, String s) { System.out.println(label + "=[" + s + "]"); }

    public static void main(String[] args) {
        String s = "Hello, World", u = "Grüße aus Köln 😀!", e = "";
        System.out.println(s.length() + " " + u.length() + " " + e.isEmpty() + " " + s.isEmpty());
        System.out.println(s.hashCode() + " " + u.hashCode() + " " + e.hashCode() + " " + "ÿµ".hashCode());
        System.out.println(s.equals("Hello, World") + " " + s.equalsIgnoreCase("hello, world") + " " + u.equalsIgnoreCase("GRÜSSE AUS KÖLN 😀!")
                + " " + "ÄÖÜ".equalsIgnoreCase("äöü") + " " + s.equalsIgnoreCase(null));
        System.out.println(s.compareTo("Hello") + " " + "a".compareTo("b") + " " + "abc".compareTo("abd") + " " + "b".compareTo("a")
                + " " + s.compareToIgnoreCase("HELLO, WORLD") + " " + "ÿ".compareToIgnoreCase("Z") + " " + "ä".compareTo("ß"));
        System.out.println(s.indexOf('o') + " " + s.indexOf('o', 5) + " " + s.indexOf('z') + " " + s.indexOf("World") + " " + s.indexOf("o", -4)
                + " " + s.indexOf("", 50) + " " + s.indexOf("", 3) + " " + u.indexOf(0x1F600) + " " + u.indexOf("ö"));
        System.out.println(s.lastIndexOf('o') + " " + s.lastIndexOf('o', 5) + " " + s.lastIndexOf("l") + " " + s.lastIndexOf("l", 9)
                + " " + s.lastIndexOf("") + " " + s.lastIndexOf("zz") + " " + u.lastIndexOf(0x1F600));
        System.out.println(s.contains("lo, W") + " " + s.contains("") + " " + s.startsWith("Hell") + " " + s.startsWith("World", 7)
                + " " + s.startsWith("H", -1) + " " + s.endsWith("ld") + " " + s.endsWith("") + " " + u.endsWith("😀!"));
        show("substring", s.substring(7) + "|" + s.substring(0, 5) + "|" + s.substring(12) + "|" + u.substring(15, 17));
        show("replace", s.replace('o', '0') + "|" + s.replace('q', 'x') + "|" + s.replace("l", "LL") + "|" + "aaa".replace("aa", "b")
                + "|" + "abc".replace("", "-") + "|" + u.replace("ö", "oe"));
        show("trim", "  \t padded \n ".trim() + "|" + "   ".trim() + "|" + "\u2003x\u2003".trim());
        show("strip", "\u2003 x y \u3000".strip() + "|" + " a ".stripLeading() + "|" + " a ".stripTrailing() + "|" + "\u00a0x\u00a0".strip());
        System.out.println("   ".isBlank() + " " + "\u2028\t".isBlank() + " " + " x ".isBlank() + " " + "".isBlank());
        show("case", s.toUpperCase() + "|" + s.toLowerCase() + "|" + u.toUpperCase() + "|" + u.toLowerCase() + "|" + "ÿµß".toUpperCase()
                + "|" + "ÀÉÎÕÜ×Þ".toLowerCase());
        show("concat", s.concat("!") + "|" + e.concat(e) + "|" + "ab".repeat(3) + "|" + "x".repeat(0) + "|" + u.repeat(2));
        char[] cs = u.toCharArray();
        System.out.println(cs.length + " " + cs[2] + " " + new String(cs) + " " + new String(cs, 6, 3) + " " + String.valueOf(cs, 0, 4)
                + " " + String.copyValueOf(cs));
        System.out.println(String.valueOf(42) + String.valueOf(-7L) + String.valueOf('c') + String.valueOf(true) + String.valueOf((Object) null)
                + String.valueOf(cs) + String.valueOf((short) 3) + String.valueOf((byte) -4));
        String[] words = {"one", "two", null, "four"};
        System.out.println(String.join(", ", words) + " " + String.join("", new String[0]) + "|");
        System.out.println(s == s.substring(0) ? "same" : "copy");
        System.out.println(s.charAt(4) + " " + (int) u.charAt(15) + " " + s.toString());
        String built = "";
        for (int i = 0; i < 5; i++) built = built.concat(String.valueOf(i));
        System.out.println(built + " " + built.hashCode());
    }
}

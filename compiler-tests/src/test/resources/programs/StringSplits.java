public class StringSplits {
    static void show(String s, String delim) {
        String[] parts = s.split(delim);
        String out = parts.length + ":";
        for (String p : parts) out = out + "[" + p + "]";
        System.out.println("\"" + s + "\" / \"" + delim + "\" -> " + out);
    }

    public static void main(String[] args) {
        show("a,b,c", ",");
        show("a,b,,c,,", ",");
        show(",a,b", ",");
        show(",,,", ",");
        show("", ",");
        show("abc", ",");
        show("one  two three", " ");
        show("key=>value=>", "=>");
        show("a.b.c", "\\.");
        show("a|b|c", "\\|");
        show("1+2+3", "\\+");
        show("abc", "");
        show("Grüße und Küsse", "ü");
        show("tab\tseparated\tvalues", "\t");
    }
}

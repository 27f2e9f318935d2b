/** toString of records exactly as the JVM prints it: nested records, nulls, Strings unquoted, chars, empty records. */
public class RecordToString {
    record Empty() { }
    record One(String s) { }
    record Mixed(boolean z, char c, short s, byte b, int i, long l, String str) { }
    record Tree(Tree left, int value, Tree right) {
        Tree(int value) { this(null, value, null); }
    }
    record Wrapper(Object any) { }
    record Tagged(String tag, Mixed body) {
        // an explicit toString replaces the generated one; it may still use the components' own
        public String toString() { return tag + ":" + body; }
    }
    static class Plain { public String toString() { return "plain!"; } }
    record Shout(String word) {
        public String word() { return word.toUpperCase(); }   // toString uses the field, not the accessor
    }

    public static void main(String[] args) {
        System.out.println(new Empty());
        System.out.println(new One("with, commas = and [brackets]"));
        System.out.println(new One(""));
        System.out.println(new One(null));
        System.out.println(new Mixed(false, 'λ', (short) -1, Byte.MIN_VALUE, Integer.MAX_VALUE, Long.MIN_VALUE, "αβγ 😀"));
        Tree t = new Tree(new Tree(1), 2, new Tree(new Tree(3), 4, null));
        System.out.println(t);
        System.out.println(new Wrapper(t.left()) + " " + new Wrapper(null) + " " + new Wrapper("str") + " " + new Wrapper(new Plain()));
        System.out.println(new Wrapper(new Wrapper(new Empty())));
        System.out.println(new Tagged("T", new Mixed(true, 'x', (short) 0, (byte) 0, 0, 0L, null)));
        Shout s = new Shout("hey");
        System.out.println(s + " " + s.word());
        String viaConcat = "[" + new One("x") + "]";
        StringBuilder sb = new StringBuilder().append(new Empty()).append('|').append(new One("y"));
        System.out.println(viaConcat + " " + sb + " " + String.valueOf(new One("z")) + " " + new One("w").toString().length());
    }
}

/** equals and hashCode of records over many component mixes; the JVM's values are the oracle. */
public class RecordEquality {
    enum Color { RED, GREEN }
    record Ints(int a, int b) { }
    record Prims(boolean z, char c, short s, byte b, int i, long l) { }
    record Refs(String s, Object o, Ints ints) { }
    record Nest(Refs refs, Prims prims, Nest next) { }
    record WithEnum(Color color, int n) { }
    record Custom(int id, String note) {
        // equality by id only; hashCode still the generated one
        public boolean equals(Object o) { return o instanceof Custom c && c.id == id; }
    }
    record Arr(int[] xs) { }
    static class Plain { int v; Plain(int v) { this.v = v; } public boolean equals(Object o) { return o instanceof Plain p && p.v == v; } public int hashCode() { return v * 7; } }
    record Boxed(Plain p) { }

    static void show(Object a, Object b) {
        System.out.println(a.equals(b) + " " + b.equals(a) + " " + a.hashCode() + " " + b.hashCode() + " " + (a.hashCode() == b.hashCode()));
    }

    /** For components with identity hashes (enums): only whether the hashes agree. */
    static void showEq(Object a, Object b) {
        System.out.println(a.equals(b) + " " + b.equals(a) + " " + (a.hashCode() == b.hashCode()));
    }

    public static void main(String[] args) {
        show(new Ints(1, 2), new Ints(1, 2));
        show(new Ints(1, 2), new Ints(2, 1));
        show(new Ints(Integer.MIN_VALUE, -1), new Ints(Integer.MIN_VALUE, -1));
        long[] ls = { 0L, -1L, 1L << 32, Long.MIN_VALUE, Long.MAX_VALUE, 123456789012345L };
        for (long l : ls) {
            Prims p = new Prims(l % 2 == 0, (char) (l & 0xFFFF), (short) l, (byte) l, (int) l, l);
            show(p, new Prims(l % 2 == 0, (char) (l & 0xFFFF), (short) l, (byte) l, (int) l, l));
            show(p, new Prims(l % 2 != 0, (char) (l & 0xFFFF), (short) l, (byte) l, (int) l, l));
        }
        show(new Prims(true, '\uffff', Short.MIN_VALUE, Byte.MIN_VALUE, 0, 0), new Prims(false, '\u00e9', Short.MAX_VALUE, Byte.MAX_VALUE, 0, 0));
        Refs r1 = new Refs("héllo", null, new Ints(3, 4));
        show(r1, new Refs("hé" + "llo", null, new Ints(3, 4)));
        show(r1, new Refs("héllo", "x", new Ints(3, 4)));
        show(new Refs(null, null, null), new Refs(null, null, null));
        show(new Refs(null, "", null), new Refs("", null, null));
        show(new Refs("a", new Ints(1, 1), null), new Refs("a", new Ints(1, 1), null));
        show(new Refs("a", "a", null), new Refs("a", new StringBuilder("a").toString(), null));
        Nest n1 = new Nest(r1, new Prims(true, 'a', (short) 1, (byte) 2, 3, 4L), null);
        Nest n2 = new Nest(r1, new Prims(true, 'a', (short) 1, (byte) 2, 3, 4L), null);
        show(n1, n2);
        show(new Nest(null, null, n1), new Nest(null, null, n2));
        show(new Nest(null, null, n1), new Nest(null, null, new Nest(null, null, null)));
        showEq(new WithEnum(Color.RED, 1), new WithEnum(Color.RED, 1));
        showEq(new WithEnum(Color.RED, 1), new WithEnum(Color.GREEN, 1));
        show(new WithEnum(null, 1), new WithEnum(null, 1));
        Custom c1 = new Custom(1, "one"), c2 = new Custom(1, "uno");
        System.out.println(c1.equals(c2) + " " + (c1.hashCode() == new Custom(1, "one").hashCode()) + " " + c1.hashCode());
        int[] xs = { 1, 2 };
        Arr a1 = new Arr(xs);
        System.out.println(a1.equals(new Arr(xs)) + " " + a1.equals(new Arr(new int[] { 1, 2 })) + " " + (a1.hashCode() == xs.hashCode()));
        System.out.println(new Arr(null).hashCode() + " " + new Arr(null).equals(new Arr(null)));
        show(new Boxed(new Plain(5)), new Boxed(new Plain(5)));
        show(new Boxed(new Plain(5)), new Boxed(new Plain(6)));
        Ints i = new Ints(9, 9);
        System.out.println(i.equals(i) + " " + i.equals(null) + " " + i.equals("Ints[a=9, b=9]") + " " + i.equals(new Refs(null, null, i)));
        // a record is not equal to an equal-looking record of another type
        record Twin(int a, int b) { }
        System.out.println(new Twin(9, 9).equals(i) + " " + (new Twin(9, 9).hashCode() == i.hashCode()));
    }
}

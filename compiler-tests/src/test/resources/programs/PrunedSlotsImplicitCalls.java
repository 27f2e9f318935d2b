// Vtable pruning (VirtualSlots): toString/equals/hashCode reached only implicitly (string concatenation,
// println(Object)) or through Object references: records, enum constant bodies, anonymous classes,
// Strings and arrays typed Object.
public class PrunedSlotsImplicitCalls {
    record Point(int x, int y) { }
    record Named(String name, Point at) {
        public String toString() { return name + "@" + at; }
    }
    enum Op {
        ADD { int apply(int a, int b) { return a + b; } },
        MUL { int apply(int a, int b) { return a * b; } public String toString() { return "times"; } },
        NEG { int apply(int a, int b) { return -a; } };
        abstract int apply(int a, int b);
    }
    static class Cell {
        final int v;
        Cell(int v) { this.v = v; }
        public boolean equals(Object o) { return o instanceof Cell c && c.v == v; }
        public int hashCode() { return v * 31; }
        public String toString() { return "Cell(" + v + ")"; }
    }
    static class Plain { }

    public static void main(String[] args) {
        Point p = new Point(1, 2);
        System.out.println(p);
        System.out.println("at " + new Named("home", p));
        Object a = new Point(1, 2), b = p;
        System.out.println(a.equals(b) + " " + (a.hashCode() == b.hashCode()) + " " + a);
        for (Op op : Op.values()) System.out.println(op + " " + op.apply(6, 7) + " " + op.name());
        Object anon = new Object() {
            public String toString() { return "anonymous " + Op.NEG.apply(3, 0); }
        };
        System.out.println(anon);
        System.out.println("concat: " + anon);
        Object cells = new Cell(4);
        System.out.println(cells + " " + cells.equals(new Cell(4)) + " " + cells.hashCode() + " " + new Cell(5).equals("x"));
        Object s = "text";
        System.out.println(s + " " + s.hashCode() + " " + s.equals("te" + "xt") + " " + s.toString().length());
        Object arr = new int[] {1, 2};
        System.out.println(arr.equals(arr) + " " + (arr.hashCode() == arr.hashCode()) + " " + arr.toString().startsWith("[I@"));
        Object plain = new Plain();
        System.out.println(plain.equals(plain) + " " + plain.toString().startsWith("PrunedSlotsImplicitCalls$Plain@"));
        StringBuilder sb = new StringBuilder();
        sb.append(p).append(' ').append(Op.MUL).append(' ').append((Object) new Cell(9));
        System.out.println(sb);
    }
}

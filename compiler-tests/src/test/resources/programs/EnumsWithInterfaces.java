public class EnumsWithInterfaces {
    interface Op {
        int apply(int a, int b);
        default String show(int a, int b) { return a + " " + symbol() + " " + b + " = " + apply(a, b); }
        String symbol();
    }
    interface Named { default String label() { return "op"; } }
    enum Basic implements Op, Named {
        PLUS("+"), MINUS("-"), TIMES("*");
        private final String sym;
        Basic(String sym) { this.sym = sym; }
        public String symbol() { return sym; }
        public int apply(int a, int b) {
            switch (this) {
                case PLUS: return a + b;
                case MINUS: return a - b;
                default: return a * b;
            }
        }
        public String label() { return name().toLowerCase(); }
    }
    enum Shift implements Op {
        LEFT, RIGHT;
        public String symbol() { return this == LEFT ? "<<" : ">>"; }
        public int apply(int a, int b) { return this == LEFT ? a << b : a >> b; }
    }
    public static void main(String[] args) {
        Op[] ops = { Basic.PLUS, Basic.MINUS, Basic.TIMES, Shift.LEFT, Shift.RIGHT };
        for (Op op : ops) System.out.println(op.show(12, 2) + " " + op);
        for (Basic b : Basic.values()) System.out.println(b.label() + " " + b.ordinal() + " " + ((Named) b).label());
        Object o = Shift.RIGHT;
        System.out.println((o instanceof Op) + " " + (o instanceof Named));
        Op op = Basic.valueOf("TIMES");
        System.out.println(op.apply(6, 7) + " " + op.equals(Basic.TIMES) + " " + op.toString());
    }
}

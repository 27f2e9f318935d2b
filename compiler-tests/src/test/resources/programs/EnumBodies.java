/**
 * Enum constants with class bodies (javac's E$1, E$2 …): abstract methods implemented per constant, overrides calling
 * super, bodies implementing an interface method, constructor arguments chosen among overloads, a toString override,
 * an anonymous class inside a body, values/valueOf/ordinal/name/compareTo/switch on such constants.
 */
public class EnumBodies {
    interface Shape { double area(double x); }

    enum Op {
        PLUS("+") { int apply(int a, int b) { return a + b; } },
        MINUS("-") { int apply(int a, int b) { return a - b; } },
        TIMES("*") {
            int apply(int a, int b) { return a * b; }
            String describe() { return "times(" + super.describe() + ")"; }
        };
        final String symbol;
        Op(String symbol) { this.symbol = symbol; }
        abstract int apply(int a, int b);
        String describe() { return name() + " " + symbol + " " + ordinal(); }
    }

    enum Planet implements Shape {
        SQUARE { public double area(double x) { return x * x; } },
        CIRCLE(3.0) { public double area(double x) { return factor * x * x; } },
        PLAIN;
        final double factor;
        Planet() { this(1.0); }
        Planet(double f) { factor = f; }
        public double area(double x) { return -x; }
    }

    enum Level {
        LOW { @Override public String toString() { return "low!"; } },
        HIGH;
        static int counter = 0;
        int next() { return ++counter; }
    }

    enum Nested {
        ONE {
            int value() { return new Object() { int twice() { return 2 * base; } }.twice() + helper(); }
        },
        TWO;
        int base = 21;
        int value() { return base; }
        static int helper() { return 100; }
    }

    static String sw(Op op) {
        switch (op) {
            case PLUS: return "plus";
            case MINUS: return "minus";
            default: return "other " + op;
        }
    }

    public static void main(String[] args) {
        for (Op op : Op.values()) System.out.println(op + " " + op.apply(7, 3) + " " + op.describe() + " " + op.ordinal() + " " + sw(op));
        System.out.println(Op.valueOf("TIMES").apply(6, 7));
        System.out.println(Op.PLUS == Op.valueOf("PLUS"));
        System.out.println(Op.PLUS.compareTo(Op.TIMES) + " " + Op.PLUS.equals(Op.MINUS));
        for (Planet p : Planet.values()) System.out.println(p.name() + " " + p.area(2.0) + " " + p.factor);
        Shape s = Planet.CIRCLE;
        System.out.println(s.area(1.0));
        System.out.println(Level.LOW + " " + Level.HIGH + " " + Level.LOW.name() + " " + Level.LOW.next() + " " + Level.HIGH.next());
        System.out.println(Nested.ONE.value() + " " + Nested.TWO.value());
        Object o = Op.MINUS;
        System.out.println(o instanceof Op);
        System.out.println(o.toString() + " " + (o == Op.MINUS));
        String r = switch (Level.valueOf("HIGH")) { case LOW -> "l"; case HIGH -> "h"; };
        System.out.println(r);
    }
}

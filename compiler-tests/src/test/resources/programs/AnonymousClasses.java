public class AnonymousClasses {
    interface Op { int apply(int x); }
    static abstract class Shape {
        String label;
        Shape(String label) { this.label = label; }
        abstract int area();
        String describe() { return label + "=" + area(); }
    }
    int base = 100;

    Op adder(int k) {
        return new Op() {
            public int apply(int x) { return x + k + base; }
        };
    }

    static Op times(final int m) {
        int offset = 1;
        return new Op() {
            int calls;
            public int apply(int x) { calls++; return x * m + offset + calls; }
        };
    }

    public static void main(String[] args) {
        AnonymousClasses a = new AnonymousClasses();
        Op add = a.adder(5);
        System.out.println(add.apply(1));
        a.base = 7;
        System.out.println(add.apply(1));
        Op t = times(3);
        System.out.println(t.apply(2) + " " + t.apply(2));
        int w = 4, h = 6;
        Shape s = new Shape("rect") {
            int area() { return w * h; }
        };
        System.out.println(s.describe());
        Object o = new Object() {
            public String toString() { return "custom " + w; }
        };
        System.out.println(o);
        Op nested = new Op() {
            public int apply(int x) {
                Op inner = new Op() { public int apply(int y) { return y * h; } };
                return inner.apply(x) + w;
            }
        };
        System.out.println(nested.apply(2));
        System.exit(t.apply(1));
    }
}

public class Interfaces {
    interface Shape {
        int SIDES_UNKNOWN = -1;
        int area();
        String name();
        default String describe() { return name() + " with area " + area(); }
        static Shape unit() { return new Square(1); }
    }
    interface Polygon extends Shape {
        int sides();
        default String describe() { return name() + "(" + sides() + " sides) area " + area(); }
    }
    interface Named { String name(); }
    static abstract class Base implements Polygon, Named {
        protected final int size;
        Base(int size) { this.size = size; }
        public String name() { return getClass0(); }
        abstract String getClass0();
    }
    static class Square extends Base {
        Square(int s) { super(s); }
        public int area() { return size * size; }
        public int sides() { return 4; }
        String getClass0() { return "square"; }
    }
    static class Triangle extends Base {
        Triangle(int s) { super(s); }
        public int area() { return size * size / 2; }
        public int sides() { return 3; }
        String getClass0() { return "triangle"; }
        public String describe() { return "a triangle!"; }
    }
    static class Circle implements Shape {
        final int r;
        Circle(int r) { this.r = r; }
        public int area() { return 3 * r * r; }
        public String name() { return "circle"; }
        @Override public String toString() { return "Circle(" + r + ")"; }
    }
    interface Counter { void inc(); int get(); }
    static class Impl implements Counter, Comparable0 {
        int n;
        public void inc() { n++; }
        public int get() { return n; }
        public int compareTo0(Object o) { return n - ((Impl) o).n; }
    }
    interface Comparable0 { int compareTo0(Object o); }

    static int total(Shape[] shapes) {
        int t = 0;
        for (Shape s : shapes) t += s.area();
        return t;
    }

    public static void main(String[] args) {
        Shape[] shapes = { new Square(3), new Triangle(4), new Circle(2), Shape.unit() };
        for (Shape s : shapes) System.out.println(s.describe());
        System.out.println("total " + total(shapes));
        Polygon p = new Square(5);
        System.out.println(p.sides() + " " + p.name() + " " + p.describe());
        Named n = new Triangle(2);
        System.out.println(n.name());
        Base b = new Triangle(6);
        System.out.println(b.describe() + " " + b.sides());
        Square sq = new Square(7);
        System.out.println(sq.describe());
        System.out.println(Shape.SIDES_UNKNOWN + " " + Polygon.SIDES_UNKNOWN);
        Shape c = new Circle(3);
        System.out.println(c.toString() + " " + c + " " + c.equals(c) + " " + (c.hashCode() == c.hashCode()));
        Counter k = new Impl();
        for (int i = 0; i < 5; i++) k.inc();
        System.out.println(k.get());
        Comparable0 x = new Impl(), y = (Comparable0) k;
        System.out.println(x.compareTo0(y) + " " + y.compareTo0(x));
        Object o = k;
        System.out.println((o instanceof Counter) + " " + (o instanceof Comparable0) + " " + (o instanceof Shape));
        if (o instanceof Counter cc) System.out.println("pattern " + cc.get());
        Object[] objs = { new Square(1), new Circle(1), "str", new int[1], null };
        for (Object q : objs) System.out.println((q instanceof Shape) + " " + (q instanceof Polygon) + " " + (q instanceof Named));
        Square same = new Square(9);
        Shape alias = same;
        Named other = new Triangle(9);
        System.out.println((alias == same) + " " + (same == alias) + " " + (other == alias) + " " + (alias != same));
        Shape[] more = new Polygon[2];
        more[0] = new Square(2);
        System.out.println(more[0].area() + " " + (more instanceof Polygon[]) + " " + (shapes instanceof Polygon[]));
    }
}

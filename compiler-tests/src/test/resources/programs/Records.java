public class Records {
    record Point(int x, int y) {
        static final Point ORIGIN = new Point(0, 0);
        static int created;
        Point(int v) { this(v, v); }
        Point translate(int dx, int dy) { return new Point(x + dx, y + dy); }
        int manhattan() { return Math.abs(x) + Math.abs(y()); }
        static Point of(int x, int y) { created++; return new Point(x, y); }
    }
    record Line(Point from, Point to, String label) {
        Line(Point from, Point to) { this(from, to, "unnamed"); }
        public String label() { return "<" + label + ">"; }
    }
    record Empty() { }
    record Person(String name, int age) {
        Person(String name, int age) {
            this.name = name.trim();
            this.age = age < 0 ? 0 : age;
        }
    }
    static class Holder {
        record Inner(long id, char tag, boolean on) { }
    }

    public static void main(String[] args) {
        Point p = new Point(3, -4);
        System.out.println(p);
        System.out.println(p.x() + " " + p.y() + " " + p.manhattan());
        Point q = p.translate(1, 1);
        System.out.println(q + " " + Point.ORIGIN + " " + new Point(7));
        System.out.println(Point.of(1, 2).equals(Point.of(1, 2)) + " " + Point.created);
        Line l = new Line(p, q);
        System.out.println(l + " " + l.label() + " " + l.from().x());
        System.out.println(new Line(p, null, null));
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " " + new Empty().hashCode());
        Person a = new Person("  Ann ", -3);
        System.out.println(a + " " + a.name().length() + " " + a.age());
        Holder.Inner i = new Holder.Inner(1L << 35, 'z', true);
        System.out.println(i + " " + i.hashCode());
        record Pair(String k, int v) {
            String show() { return k + "->" + v; }
        }
        Pair pr = new Pair("a", 1);
        System.out.println(pr + " " + pr.show() + " " + pr.hashCode() + " " + pr.equals(new Pair("a", 1)));
        Object o = p;
        System.out.println(o.toString() + " " + (o instanceof Point pp && pp.x() == 3) + " " + o.equals(new Point(3, -4)));
        Point[] ps = { p, q, null };
        int sum = 0;
        for (Point e : ps) if (e != null) sum += e.hashCode();
        System.out.println(sum);
    }
}

public class ObjectMethods {
    static class Point {
        int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        public String toString() { return "(" + x + ", " + y + ")"; }
        public boolean equals(Object o) { return o instanceof Point p && p.x == x && p.y == y; }
        public int hashCode() { return 31 * x + y; }
    }
    static class Plain { }

    public static void main(String[] args) {
        Point p = new Point(1, 2);
        System.out.println(p);
        System.out.println("p = " + p + "!");
        Object o = p;
        System.out.println(o.toString());
        System.out.println(p.equals(new Point(1, 2)) + " " + p.equals(new Point(2, 1)) + " " + p.equals(null) + " " + o.hashCode());
        Plain a = new Plain(), b = new Plain();
        System.out.println(a.equals(a) + " " + a.equals(b) + " " + (a.hashCode() == a.hashCode()));
        String s = a.toString();
        System.out.println(s.length() > 20);
        System.out.println(s.charAt(14) == '$');
        Point n = null;
        System.out.println(n);
        System.out.println("n = " + n);
        System.out.println(Integer.toHexString(255) + " " + Integer.toHexString(-1) + " " + Integer.toHexString(0));
        Object obj = new Object();
        System.out.println(obj.equals(obj));
    }
}

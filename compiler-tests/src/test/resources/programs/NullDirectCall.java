/** Calls compiled as direct calls (a final method, a record accessor, a private method via a helper) still panic with NullPointerException on null. */
public class NullDirectCall {
    record Point(int x, int y) { }

    static final class Box {
        int size = 3;
        final int twice() { return size * 2; }
    }

    public static void main(String[] args) {
        Box b = new Box();
        Point p = new Point(1, 2);
        System.out.println(b.twice() + " " + p.x());
        Point[] ps = new Point[2];
        ps[0] = p;
        for (Point q : ps) System.out.println(q == null ? "null" : "y=" + q.y());
        Box none = args.length > 2 ? b : null;
        System.out.println(none.twice());
        System.out.println("not reached");
    }
}

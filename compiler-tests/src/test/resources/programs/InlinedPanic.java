/**
 * Small methods the -O2 inliner copies into their callers (static, private, final, constructors, getters,
 * a final class's methods), with results that depend on their branches; at the end an index out of
 * bounds inside an inlined method: the panic must name that method's line, as at -O1.
 */
public class InlinedPanic {
    static final class Point {
        private final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        int x() { return x; }
        int y() { return y; }
        Point plus(Point o) { return new Point(x + o.x, y + o.y); }
        int manhattan() { return abs(x) + abs(y); }
    }

    private int total;

    static int abs(int v) { return v < 0 ? -v : v; }

    static int clamp(int v, int lo, int hi) {
        if (v < lo) return lo;
        if (v > hi) return hi;
        return v;
    }

    private void add(int v) { total += clamp(v, -50, 50); }

    final int total() { return total; }

    static long mix(long h, int v) { return (h ^ v) * 0x100000001B3L; }

    static int at(int[] a, int i) {
        return a[i];   // the panic
    }

    public static void main(String[] args) {
        InlinedPanic acc = new InlinedPanic();
        Point p = new Point(0, 0);
        long h = 0xCBF29CE484222325L;
        for (int i = -60; i < 60; i += 7) {
            acc.add(i * 3);
            p = p.plus(new Point(i, -2 * i + 1));
            h = mix(h, clamp(i, -10, 10));
        }
        System.out.println("total " + acc.total() + ", point " + p.x() + "," + p.y() + ", manhattan " + p.manhattan());
        System.out.println("hash " + h);
        int[] a = {3, 1, 4, 1, 5, 9, 2, 6};
        int sum = 0;
        for (int i = 0; i <= a.length; i++) {
            sum += at(a, i);
            System.out.println("sum " + sum);
        }
        System.out.println("not reached");
    }
}

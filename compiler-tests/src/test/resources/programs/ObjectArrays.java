public class ObjectArrays {
    static class Shape {
        final String name;
        Shape(String name) { this.name = name; }
        int area() { return 0; }
        public String toString() { return name + "(" + area() + ")"; }
    }

    static class Rect extends Shape {
        final int w, h;
        Rect(int w, int h) { super("rect"); this.w = w; this.h = h; }
        int area() { return w * h; }
    }

    static final class Square extends Rect {
        Square(int s) { super(s, s); }
        int area() { return super.area() + 0; }
    }

    static Shape[] registry = new Shape[4];

    static int total(Shape[] shapes) {
        int sum = 0;
        for (Shape s : shapes) if (s != null) sum += s.area();
        return sum;
    }

    static Shape[] make(int n) {
        Shape[] r = new Shape[n];
        for (int i = 0; i < n; i++) r[i] = i % 2 == 0 ? new Rect(i, i + 1) : new Square(i);
        return r;
    }

    public static void main(String[] args) {
        Shape[] shapes = { new Shape("dot"), new Rect(2, 3), new Square(4), null };
        System.out.println(shapes.length);
        for (Shape s : shapes) System.out.println(s);
        System.out.println(total(shapes));
        System.out.println(total(make(7)));

        Rect[] rects = new Rect[3];
        rects[0] = new Rect(1, 2);
        rects[1] = new Square(3);
        System.out.println(rects[1].area() + rects[0].area());
        System.out.println(rects[2] == null);

        Shape[][] grid = new Shape[2][3];
        grid[1][2] = new Square(5);
        grid[0] = make(2);
        for (Shape[] row : grid) {
            for (Shape s : row) System.out.print(s == null ? "." : s.toString());
            System.out.println();
        }
        Shape[][] jag = { { new Rect(1, 1) }, {}, null };
        System.out.println(jag[0][0].area() + " " + jag[1].length + " " + (jag[2] == null));

        // covariance: a Rect[] is a Shape[] and an Object[]
        Shape[] asShapes = rects;
        System.out.println(asShapes[1].area());
        asShapes[2] = new Square(2);        // a Square is a Rect: allowed
        System.out.println(rects[2].area());
        Object[] objs = shapes;
        System.out.println(objs[1]);
        objs[3] = new Rect(9, 9);
        System.out.println(shapes[3].area());
        Object[] strings = new String[] { "a", "b" };
        strings[1] = "c";
        System.out.println(strings[0] + "" + strings[1]);

        Square[] squares = new Square[1];
        squares[0] = new Square(6);
        Rect[] r2 = squares.clone();
        System.out.println(r2[0].area() + " " + (r2 != squares) + " " + (r2[0] == squares[0]));

        registry[0] = new Rect(3, 3);
        registry[1] = registry[0];
        System.out.println(registry[1].area() + " " + total(registry));

        // a null element of class type: NullPointerException on the call (exit 101)
        Shape[] holes = new Shape[2];
        holes[0] = new Rect(1, 1);
        for (Shape s : holes) System.out.println(s.area());
    }
}

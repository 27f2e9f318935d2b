abstract class Shape {
    static int count;
    final String label;
    Shape(String label) { this.label = label; count++; }
    abstract int area();
    int perimeter() { return 0; }
    String describe() { return label + " area=" + area() + " perim=" + perimeter(); }
    final int twice() { return 2 * area(); }
}

class Rect extends Shape {
    int w, h;
    Rect(int w, int h) { super("rect"); this.w = w; this.h = h; }
    Rect(int s) { this(s, s); }
    int area() { return w * h; }
    int perimeter() { return 2 * (w + h); }
}

class Square extends Rect {
    Square(int s) { super(s); }
    String describe() { return "square! " + super.describe(); }
    int perimeter() { return super.perimeter() + 1000; }
}

class Circle extends Shape {
    int r;
    Circle(int r) { super("circle"); this.r = r; }
    int area() { return 3 * r * r; }
}

public class Inheritance {
    static int total(Shape s) { return s.area(); }
    static String kind(Shape s) { return "shape"; }
    static String kind(Rect r) { return "rect"; }
    static String kind(Object o) { return "object"; }

    public static void main(String[] args) {
        Shape a = new Rect(2, 3);
        Shape b = new Square(4);
        Shape c = new Circle(5);
        Rect r = new Square(2);
        System.out.println(a.describe());
        System.out.println(b.describe());
        System.out.println(c.describe());
        System.out.println(r.describe() + " " + r.twice() + " " + total(r));
        System.out.println(kind(a) + " " + kind(r) + " " + kind((Object) c) + " " + kind(new Square(1)));
        System.out.println(Shape.count);
        Object o = b;
        System.out.println(o == b);
        System.out.println(o.equals(b) + " " + o.equals(a) + " " + a.hashCode() == "" + a.hashCode());
        System.out.println(o instanceof Shape);
        System.out.println(o instanceof Rect);
        System.out.println(o instanceof Circle);
        if (o instanceof Square sq) System.out.println("square " + sq.w);
        if (c instanceof Circle ci && ci.r > 1) System.out.println("circle " + ci.r);
        Object s = "text";
        System.out.println(s instanceof String);
        System.out.println(s instanceof Shape);
        System.out.println(s.toString() + " " + s.equals("text") + " " + s.hashCode() + " " + "text".hashCode());
        String t = (String) s;
        System.out.println(t.length());
        Rect back = (Rect) o;
        System.out.println(back.area());
        Object nothing = null;
        System.out.println(nothing instanceof Object);
        System.out.println((Shape) nothing == null);
    }
}

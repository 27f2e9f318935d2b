/** instanceof and casts with sealed types, enums with constant bodies, records and lub-typed values (issue 10). */
public class TypeTestsSealedEnums {
    public static void main(String[] args) {
        Shape[] shapes = { new Circle(), new Square(), new Rect(), new Tile() };
        for (Shape s : shapes) {
            System.out.println((s instanceof Circle) + " " + (s instanceof Square) + " " + (s instanceof Named) + " " + (s instanceof Rect r && r.area() > 0));
            if (s instanceof Named n) System.out.println(n.name());
        }
        Op[] ops = Op.values();
        for (Op op : ops) System.out.println(op + " " + op.apply(6) + " " + (op instanceof Named) + " " + ((Object) op instanceof Op));
        Object o = Op.PLUS;
        Named n = (Named) o;
        System.out.println(n.name());
        Plain p = Plain.B;
        Enum e = p;   // raw, as in the subset
        System.out.println(e.ordinal());
        Object[] arr = new Circle[2];
        System.out.println((arr instanceof Shape[]) + " " + (arr instanceof Named[]) + " " + (arr instanceof Square[]));
        Shape[][] grid = new Square[1][1];
        System.out.println((grid instanceof Named[][]) + " " + (grid instanceof Circle[][]));
        for (int k = 0; k < 2; k++) {
            var v = k == 0 ? new Circle() : new Square();   // Named & Shape... a lub of two final classes
            System.out.println(v.name() + " " + (v instanceof Circle) + " " + ((Object) v instanceof Square));
            Shape s = k == 0 ? new Rect() : new Tile();
            System.out.println(s instanceof Rect ? "rect" : "tile");
        }
        Rect wide = (Rect) shapes[3];   // a Tile is a Rect
        System.out.println(wide.area());
        Circle c = (Circle) shapes[1];   // ClassCastException: a Square
        System.out.println(c.name());
    }
}
sealed interface Shape permits Circle, Square, Rect { }
interface Named { String name(); }
final class Circle implements Shape, Named { public String name() { return "circle"; } }
record Square() implements Shape, Named { public String name() { return "square"; } }
non-sealed class Rect implements Shape { int area() { return 6; } }
class Tile extends Rect { int area() { return 1; } }
enum Op implements Named {
    PLUS { int apply(int x) { return x + 1; } },
    TIMES { int apply(int x) { return x * 2; } };
    abstract int apply(int x);
    public String name2() { return "op"; }
}
enum Plain { A, B }

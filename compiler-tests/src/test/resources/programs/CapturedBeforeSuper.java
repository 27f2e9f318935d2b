/**
 * Captured locals and the enclosing instance are stored before the superclass constructor runs (as javac
 * compiles local and anonymous classes): a superclass constructor calling an overridden method that reads a
 * captured local or an outer field sees the values, with an implicit and with an explicit super(...) call,
 * through this(...) delegation, and for a class extending an inner class.
 */
public class CapturedBeforeSuper {
    int outerField = 7;

    static abstract class Shape {
        final String description;
        Shape() { description = describe(); }
        Shape(String prefix) { description = prefix + describe(); }
        abstract String describe();
    }

    class InnerBase {
        final String seen;
        InnerBase() { seen = peek(); }
        String peek() { return "base"; }
    }

    Shape anonymousImplicitSuper(int sides) {
        String name = "poly";
        return new Shape() {
            String describe() { return name + sides + " outer=" + outerField; }
        };
    }

    Shape anonymousExplicitSuper(long size) {
        char tag = 'Q';
        return new Shape("pre:") {
            String describe() { return "" + tag + size; }
        };
    }

    Shape localWithConstructors(boolean flag) {
        double weight = 2.5;
        class Weighted extends Shape {
            final int extra;
            Weighted(int extra) { super("w:"); this.extra = extra; }
            Weighted() { this(99); }
            String describe() { return flag + "/" + weight + "/" + extra; }
        }
        return flag ? new Weighted() : new Weighted(5);
    }

    InnerBase innerSubclass(String word) {
        return new InnerBase() {
            String peek() { return word + outerField; }
        };
    }

    static Shape fromStatic(int[] data) {
        return new Shape() {
            String describe() { return "len=" + data.length + " first=" + data[0]; }
        };
    }

    public static void main(String[] args) {
        CapturedBeforeSuper o = new CapturedBeforeSuper();
        System.out.println(o.anonymousImplicitSuper(5).description);
        System.out.println(o.anonymousExplicitSuper(40L).description);
        System.out.println(o.localWithConstructors(true).description);
        System.out.println(o.localWithConstructors(false).description);
        o.outerField = 8;
        System.out.println(o.innerSubclass("w").seen);
        System.out.println(fromStatic(new int[] {3, 4}).description);
    }
}

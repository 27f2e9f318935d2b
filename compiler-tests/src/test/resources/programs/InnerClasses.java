public class InnerClasses {
    private int count = 10;
    private String name;

    InnerClasses(String name) { this.name = name; }

    int bump(int by) { count += by; return count; }

    class Counter {
        int local;
        Counter(int start) { local = start; }
        int next() { local++; count++; return local * 100 + count; }
        String owner() { return name + ":" + InnerClasses.this.name + ":" + this.local; }
        int viaMethod() { return bump(local); }
    }

    class Deep {
        int d = 3;
        class Deeper {
            int sum() { return d + count + InnerClasses.this.count * 2; }
            Deep deep() { return Deep.this; }
        }
    }

    static abstract class Shape {
        abstract double area();
        String describe() { return "shape with area " + area(); }
    }

    class Square extends Shape {
        double side;
        Square(double side) { this.side = side; }
        double area() { return side * side * count; }
    }

    class Base {
        int tag;
        Base(int tag) { this.tag = tag + count; }
        int tag() { return tag; }
    }

    class Derived extends Base {
        Derived() { super(5); }
        Derived(int x) { this(); tag += x; }
        int tag() { return super.tag() * 2 + count; }
    }

    Counter make(int s) { return new Counter(s); }

    public static void main(String[] args) {
        InnerClasses a = new InnerClasses("a");
        InnerClasses b = new InnerClasses("b");
        Counter c1 = a.new Counter(1);
        Counter c2 = b.make(7);
        System.out.println(c1.next());
        System.out.println(c1.next());
        System.out.println(c2.next());
        System.out.println(a.count + " " + b.count);
        System.out.println(c1.owner() + " " + c2.owner());
        System.out.println(c2.viaMethod() + " " + b.count);
        Deep d = a.new Deep();
        Deep.Deeper dd = d.new Deeper();
        System.out.println(dd.sum() + " " + (dd.deep() == d));
        a.count = 2;
        Shape s = a.new Square(3);
        System.out.println(s.describe());
        Base x = b.new Derived(4);
        System.out.println(x.tag() + " " + x.tag);
        Base y = a.new Base(1);
        System.out.println(y.tag() + " " + (y instanceof Derived));
        System.exit(c1.local + c2.local);
    }
}

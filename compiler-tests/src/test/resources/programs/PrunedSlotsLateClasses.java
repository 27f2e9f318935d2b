// Vtable pruning (VirtualSlots): methods reached only through a slot, in classes created late in the
// lowering (from a method that is itself reached only through a slot), must still be in their slots.
public class PrunedSlotsLateClasses {
    abstract static class Shape {
        abstract int area();
        String name() { return "shape"; }
        String describe() { return name() + " of area " + area(); }   // dispatches name() and area() on Shape
    }
    static class Square extends Shape {
        final int side;
        Square(int side) { this.side = side; }
        int area() { return side * side; }
        String name() { return "square"; }
    }
    static class Late extends Square {
        Late() { super(3); }
        String name() { return "late " + super.name(); }   // reached only through Shape.describe's name() slot
        int area() { return 1 + super.area(); }
    }
    static class Factory {
        Shape make(int n) { return new Square(n); }
    }
    static class LateFactory extends Factory {
        Shape make(int n) { return n > 100 ? new Late() : new Square(n + 1); }   // Late is created only here
    }
    static class Chain {
        Chain next() { return null; }
        int depth() { Chain n = next(); return n == null ? 0 : 1 + n.depth(); }
    }
    static class Link extends Chain {
        final int left;
        Link(int left) { this.left = left; }
        Chain next() { return left == 0 ? new Chain() : new Link(left - 1); }
    }
    static class Unrelated {
        String name() { return "unrelated"; }   // the selector name() exists elsewhere; this one is never dispatched
        int area() { return -1; }
    }

    static Factory pick(int i) { return i % 2 == 0 ? new Factory() : new LateFactory(); }

    public static void main(String[] args) {
        Shape[] shapes = new Shape[4];
        for (int i = 0; i < shapes.length; i++) shapes[i] = pick(i).make(i == 3 ? 200 : i + 2);
        for (Shape s : shapes) System.out.println(s.describe());
        Chain c = new Link(4);
        System.out.println("depth " + c.depth());
        Unrelated u = new Unrelated();
        System.out.println(u instanceof Object);
        Object o = shapes[3];
        System.out.println(o instanceof Late);
    }
}

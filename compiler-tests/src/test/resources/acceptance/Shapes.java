public class Shapes {
    interface Shape extends Comparable<Shape> {
        double area();
        default int compareTo(Shape other) { return Double.compare(area(), other.area()); }
    }
    record Square(double side) implements Shape { public double area() { return side * side; } }
    record Disc(double radius) implements Shape { public double area() { return Math.PI * radius * radius; } }

    public static void main(String[] args) {
        Shape[] shapes = { new Square(3), new Disc(1), new Square(1.5) };
        java.util.Arrays.sort(shapes);
        for (Shape s : shapes) System.out.println(s);
    }
}

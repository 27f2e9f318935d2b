/** Records implementing interfaces (the records and interfaces steps meet here). */
public class RecordsWithInterfaces {
    interface Shape { double area(); default String describe() { return getClass0() + " area " + area(); } String getClass0(); }
    record Circle(double r) implements Shape {
        public double area() { return 3.0 * r * r; }
        public String getClass0() { return "circle"; }
    }
    record Rect(int w, int h) implements Shape {
        public double area() { return w * h; }
        public String getClass0() { return "rect"; }
        public String describe() { return "a " + w + "x" + h + " rect"; }
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Circle(1.5), new Rect(2, 3), new Circle(0.5)};
        double total = 0;
        for (Shape s : shapes) { System.out.println(s.describe() + " " + s); total += s.area(); }
        System.out.println(total + " " + (shapes[1] instanceof Rect r && r.w() == 2) + " " + shapes[0].equals(new Circle(1.5)));
    }
}

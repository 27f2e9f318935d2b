public class Circle {
    public static void main(String[] args) {
        double r = 2.0;
        System.out.println("area " + Math.PI * r * r + ", circumference " + 2 * Math.PI * r + ", e " + Math.E);
    }
}

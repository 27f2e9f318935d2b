/** Math's int, long, float and double overloads side by side, and String.valueOf of floating point. */
public class MixedMathLibrary {
    public static void main(String[] args) {
        int i = -7; long l = Long.MIN_VALUE + 1; float f = -2.5f; double d = -0.0;
        System.out.println(Math.abs(i) + " " + Math.abs(l) + " " + Math.abs(f) + " " + Math.abs(d));
        System.out.println(Math.min(i, 3) + " " + Math.max(l, 0L) + " " + Math.min(f, -0.0f) + " " + Math.max(d, 0.0));
        System.out.println(Math.min(0.0, -0.0) + " " + Math.max(Double.NaN, 1.0) + " " + Math.sqrt(2.0));
        System.out.println(String.valueOf(1.0 / 3) + " " + String.valueOf(0.1f) + " " + String.valueOf(1e21));
        System.out.println(Math.floorMod(-7, 3) + " " + Math.floor(-1.5) + " " + Math.ceil(-1.5) + " " + StrictMath.sqrt(9.0));
        System.out.println(Double.compare(0.0, -0.0) + " " + Float.isNaN(0f / 0f) + " " + Double.toString(100.0));
    }
}

package app.util;

/** Arithmetic helpers in a sub-package. */
public class MathUtil {
    public static final int LIMIT = 1000;
    public static int TWICE_LIMIT = LIMIT * 2;

    static {
        System.out.println("MathUtil initialized");
    }

    public static int square(int x) { return x * x; }

    public static long cube(long x) { return x * x * x; }

    public static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}

public class DoubleArith {
    static double[] edge = {0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.5, 3.0, 1e-300, 4.9e-324, 2.2250738585072014E-308, Double.MAX_VALUE,
        Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 2147483647.5, 2147483648.0, -2147483649.0,
        9.223372036854776E18, -9.223372036854776E18, 1e19, 0.1, 1.0 / 3};

    public static void main(String[] args) {
        for (int i = 0; i < edge.length; i++) {
            double a = edge[i];
            System.out.println(a + " " + (-a) + " " + (int) a + " " + (long) a + " " + (float) a + " " + (a == 0.0) + " " + (a != a));
            for (int j = 0; j < edge.length; j += 3) {
                double b = edge[j];
                System.out.println(" " + (a + b) + " " + (a - b) + " " + (a * b) + " " + (a / b) + " " + (a % b)
                        + " " + (a < b) + (a <= b) + (a > b) + (a >= b) + (a == b) + (a != b));
            }
        }
        double x = 1;
        for (int i = 0; i < 60; i++) x = x * 1.7 + 0.3;
        System.out.println(x);
        double h = 0x1.8p3, k = .5, m = 1e-3, n = 12_345.5e2, s = 7d;
        System.out.println(h + " " + k + " " + m + " " + n + " " + s + " " + 1e22 + " " + -0.0 + " " + (0.0 == -0.0));
        final double c = 1.0 / 3 * 3 - 1;   // folded at compile time: must match the JVM
        System.out.println(c + " " + (0.1 + 0.2) + " " + 10 % 3.5 + " " + (1 / 0.0) + " " + (0.0 / 0.0 == 0.0 / 0.0));
    }
}

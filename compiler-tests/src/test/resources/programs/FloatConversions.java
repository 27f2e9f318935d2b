public class FloatConversions {
    static double sd = 2.5;
    static float sf;
    double id = 1.25;
    static double add(double a, double b) { return a + b; }
    static float mulf(float a, float b) { return a * b; }
    public static void main(String[] args) {
        double d = 1.5;
        float f = 2.25f;
        d = d * 3 + f;
        int i = (int) d;
        System.out.println(i);
        System.out.println((long) (d * 1e18));
        System.out.println((int) Double.NaN);
        System.out.println((int) 1e10);
        System.out.println((long) -1e30);
        long bits = 0;
        double z = -0.0;
        System.out.println(z == 0.0);
        System.out.println(Double.NaN != Double.NaN);
        double n = Double.NaN;
        System.out.println(n < 1 || n >= 1);
        System.out.println((int) (7.5 % 2));
        System.out.println((int) (-7.5 % 2 * 10));
        i += 1.5; System.out.println(i);
        f *= 2; System.out.println((int) (f * 100));
        d++; System.out.println((int) d);
        double[] a = new double[3]; a[1] = 3.75; a[2] = a[1] * 2;
        float[] fa = {1.5f, 2.5f};
        System.out.println((int) (a[2] + fa[1]));
        sf = 3; sf += sd; System.out.println((int) (sf * 10));
        FloatConversions o = new FloatConversions(); o.id *= 4; System.out.println((int) o.id);
        System.out.println((int) add(1.25, mulf(2f, 3f)));
        System.out.println((long) (float) Long.MAX_VALUE);
        System.out.println((byte) 300.7);
        System.out.println((char) -5.0 + 0);
    }
}

public class FloatPrinting {
    public static void main(String[] args) {
        double[] v = {0.0, -0.0, 1.0, 100.0, 0.001, 1e7, 1.234e-5, 0.1, 1.0/3, 2.0/3, 1e23, 2e23, 4.9e-324, Double.MAX_VALUE, Double.MIN_NORMAL,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 123456789.0, 9007199254740993.0, 1e-3, 9.999999e-4, 0.5, 1e22, 1e21, 12345.678, -3.14159};
        for (int i = 0; i < v.length; i++) System.out.println(v[i]);
        float[] f = {0.1f, 1.0f/3, 1e10f, 1.4e-45f, Float.MAX_VALUE, 3.4e38f, 16777217f, 0.001f, 1e-44f, -2.5f};
        for (int i = 0; i < f.length; i++) System.out.println(f[i]);
        long x = 0x123456789abcdefL;
        for (int i = 0; i < 2000; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            double d = Double.longBitsToDouble(x);
            float g = Float.intBitsToFloat((int) (x >>> 17));
            System.out.println(d + " " + g + " " + (double) (x >> 20) + " " + (float) (x >> 40) / 1000 + " " + (x >> 44) / 1e5);
        }
        System.out.println(Math.min(-0.0, 0.0) + " " + Math.max(-0.0, 0.0) + " " + Math.floor(-1.5) + " " + Math.ceil(-0.5) + " " + Math.sqrt(2) + " " + Math.abs(-0.0));
        System.out.println(Double.compare(0.0, -0.0) + " " + Double.compare(Double.NaN, 1) + " " + Double.doubleToLongBits(0.0 / 0.0) + " " + Float.floatToIntBits(1.5f));
        System.out.println(7.5 % -2 + " " + -7.5 % 2 + " " + 5.0 % 0 + " " + 1e300 % 3 + " " + 4.9e-324 % 3e-324 + " " + 7.5f % 2.25f);
    }
}

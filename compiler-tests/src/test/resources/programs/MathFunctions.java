public class MathFunctions {
    public static void main(String[] args) {
        double[] v = {0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.0, -2.0, 2.5, 1e20, -1e20, 4.9e-324, -4.9e-324, 4503599627370495.5, -4503599627370495.5,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.9999999999999999, -0.9999999999999999, 123.456};
        for (int i = 0; i < v.length; i++) {
            double a = v[i];
            System.out.println(a + ": " + Math.sqrt(a) + " " + Math.abs(a) + " " + Math.floor(a) + " " + Math.ceil(a) + " " + Double.isNaN(a)
                    + " " + Double.isInfinite(a) + " " + Double.isFinite(a) + " " + Double.doubleToLongBits(a) + " " + Double.toString(a)
                    + " " + Float.toString((float) a) + " " + Math.abs((float) a));
            for (int j = 0; j < v.length; j += 4)
                System.out.println("  " + Math.min(a, v[j]) + " " + Math.max(a, v[j]) + " " + Double.compare(a, v[j])
                        + " " + Math.min((float) a, (float) v[j]) + " " + Float.compare((float) a, (float) v[j]));
        }
        System.out.println(Math.min(-0.0, 0.0) + " " + Math.max(-0.0, 0.0) + " " + Math.min(0.0, -0.0) + " " + Math.max(0.0f, -0.0f));
        System.out.println(Math.abs(-5) + " " + Math.max(3L, 9L) + " " + Math.min(-2, 7) + " " + Math.abs(Integer.MIN_VALUE));
        System.out.println(Double.longBitsToDouble(0x7ff0000000000000L) + " " + Float.intBitsToFloat(0x3f800001) + " " + Float.floatToIntBits(Float.NaN)
                + " " + Double.doubleToRawLongBits(-0.0) + " " + Float.floatToRawIntBits(-1.5f));
    }
}

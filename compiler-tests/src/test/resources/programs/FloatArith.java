public class FloatArith {
    static float[] edge = {0f, -0f, 1f, -1f, 0.5f, 1.5f, 0.1f, 16777216f, 16777217f, 1e-45f, 1.17549435E-38f, Float.MAX_VALUE,
        Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 2.14748365E9f, -9.223372E18f, 3.3333333f};

    static float twice(float f) { return f * 2; }

    public static void main(String[] args) {
        for (int i = 0; i < edge.length; i++) {
            float a = edge[i];
            System.out.println(a + " " + (-a) + " " + (int) a + " " + (long) a + " " + (double) a + " " + twice(a) + " " + (char) a + 0);
            for (int j = 0; j < edge.length; j += 2) {
                float b = edge[j];
                System.out.println(" " + (a + b) + " " + (a - b) + " " + (a * b) + " " + (a / b) + " " + (a % b) + " " + (a < b) + (a == b));
            }
        }
        float f = 0.1f;
        double d = 0.1f;           // widened: 0.10000000149011612
        float sum = 0;
        for (int i = 0; i < 1000; i++) sum += f;   // rounded to float at every step
        System.out.println(f + " " + d + " " + sum + " " + (f * 3) + " " + (0.1f + 0.2f) + " " + 1.0f / 3 + " " + (float) 1e40 + " " + (float) 1e-50);
        int i = 7; i *= 1.5f; long l = 1L << 62; l += 0.5f;
        float g = 3; g++; g--; --g; ++g;
        short sh = 10; sh /= 0.3;
        System.out.println(i + " " + l + " " + g + " " + sh + " " + (float) Long.MAX_VALUE + " " + (float) (Long.MAX_VALUE - 1) + " " + (float) 16777217);
    }
}

/** Math.hypot and StrictMath.hypot (fdlibm's, bit for bit): special values, scaling ranges, a pseudo-random stream. */
public class MathHypot {
    static long seed = 99991;

    static long next() {   // xorshift64
        seed ^= seed << 13; seed ^= seed >>> 7; seed ^= seed << 17;
        return seed;
    }

    public static void main(String[] args) {
        double[] e = {0.0, -0.0, 1.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE,
            Double.MIN_NORMAL, 1e-310, 1e300, 1e-300, 3, 4, -12, 1e150, 1e-160, 2e-320, 0.1};
        for (double x : e) {
            StringBuilder line = new StringBuilder();
            for (double y : e) line.append(Math.hypot(x, y)).append(' ');
            System.out.println(line);
        }
        long hash = 0;
        for (int i = 0; i < 20000; i++) {
            double x = Double.longBitsToDouble(next()), y = i % 2 == 0 ? Double.longBitsToDouble(next()) : x * (1 + (next() >>> 11) * 0x1.0p-60);
            double h = StrictMath.hypot(x, y);
            hash = hash * 31 + Double.doubleToRawLongBits(h);
            if (i % 1000 == 0) System.out.println(x + " " + y + " " + h);
        }
        System.out.println(hash);
    }
}

/**
 * StrictMath.exp, log, log10 and Math.atan, atan2 (fdlibm, bit for bit) on edge values and a pseudo-random
 * stream; Math.exp, log, log10 on special values and exactly representable results. (Math's are correctly
 * rounded, which HotSpot's x86-64 intrinsics are for all but ~0.2% (exp) of inputs: MathFunctionProperties checks
 * them against 70-digit arithmetic.)
 */
public class ExpLog {
    static long seed = 4242;

    static long next() {   // xorshift64
        seed ^= seed << 13; seed ^= seed >>> 7; seed ^= seed << 17;
        return seed;
    }

    public static void main(String[] args) {
        double[] e = {0.0, -0.0, 1.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE,
            Double.MIN_NORMAL, 1e-310, 709.782712893384, 709.7827128933841, -745.1332191019411, -745.1332191019412, -708.4, -720,
            0.34657359027997264, 1.0397207708399179, 1e-9, 3.7e-9, 2, 0.5, 1.0000000000000002, 0.9999999999999999, 100, -100};
        for (double x : e) {
            System.out.println(x + ": " + StrictMath.exp(x) + " " + StrictMath.log(x) + " " + StrictMath.log10(x) + " " + Math.atan(x)
                    + " " + Math.log(x < 0 ? -x : x) + " " + Math.exp(x == x ? 0.0 : x) + " " + Math.log10(x == x ? 1.0 : x));
            StringBuilder line = new StringBuilder();
            for (double y : e) line.append(Math.atan2(y, x)).append(' ');
            System.out.println(line);
        }
        long hash = 0;
        for (int i = 0; i < 30000; i++) {
            long bits = next();
            double x = i % 3 == 0 ? Double.longBitsToDouble(bits) : i % 3 == 1 ? (bits >> 11) * 0x1.0p-44 : 1 + (bits >> 11) * 0x1.0p-60;
            double a = StrictMath.exp(x), b = StrictMath.log(x), c = StrictMath.log10(x), d = StrictMath.atan2(x, (bits >> 20) * 0x1.0p-40);
            hash = hash * 31 + Double.doubleToRawLongBits(a) * 7 + Double.doubleToRawLongBits(b) * 5 + Double.doubleToRawLongBits(c) * 3 + Double.doubleToRawLongBits(d);
            if (i % 1500 == 0) System.out.println(x + " " + a + " " + b + " " + c + " " + d + " " + StrictMath.atan(x));
        }
        System.out.println(hash);
        System.out.println(Math.exp(0) + " " + Math.log(1) + " " + Math.log(0) + " " + Math.log(-1) + " " + Math.exp(Double.NEGATIVE_INFINITY)
                + " " + Math.exp(1000) + " " + Math.log(Double.POSITIVE_INFINITY) + " " + Math.exp(-0.0) + " " + Math.log(Math.exp(1)));
        for (int k = -25; k <= 25; k++) System.out.print(Math.log10(Math.pow(10, k)) + " ");
        System.out.println(Math.log10(0) + " " + Math.log10(-2) + " " + Math.log10(Double.MIN_VALUE) + " " + Math.log10(Double.MAX_VALUE));
    }
}

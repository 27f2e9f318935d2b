/**
 * StrictMath.exp and StrictMath.log (fdlibm, bit for bit) on edge values and a pseudo-random stream;
 * Math.exp and Math.log on special values and exactly representable results. (Math's are correctly
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
        for (double x : e)
            System.out.println(x + ": " + StrictMath.exp(x) + " " + StrictMath.log(x) + " " + Math.log(x < 0 ? -x : x) + " " + Math.exp(x == x ? 0.0 : x));
        long hash = 0;
        for (int i = 0; i < 30000; i++) {
            long bits = next();
            double x = i % 3 == 0 ? Double.longBitsToDouble(bits) : i % 3 == 1 ? (bits >> 11) * 0x1.0p-44 : 1 + (bits >> 11) * 0x1.0p-60;
            double a = StrictMath.exp(x), b = StrictMath.log(x);
            hash = hash * 31 + Double.doubleToRawLongBits(a) * 7 + Double.doubleToRawLongBits(b);
            if (i % 1500 == 0) System.out.println(x + " " + a + " " + b);
        }
        System.out.println(hash);
        System.out.println(Math.exp(0) + " " + Math.log(1) + " " + Math.log(0) + " " + Math.log(-1) + " " + Math.exp(Double.NEGATIVE_INFINITY)
                + " " + Math.exp(1000) + " " + Math.log(Double.POSITIVE_INFINITY) + " " + Math.exp(-0.0) + " " + Math.log(Math.exp(1)));
    }
}

/**
 * StrictMath.pow (fdlibm) on edge values and on a pseudo-random stream; Math.pow on powers of ten and
 * special operands. (Math.pow with integer exponents is correctly rounded, which HotSpot's x86-64 intrinsic
 * is for all but ~0.035% of inputs, such as 134217727^3: MathFunctionProperties checks it against exact arithmetic.)
 */
public class PowStrict {
    static long seed = 12345;

    static long next() {   // xorshift64
        seed ^= seed << 13; seed ^= seed >>> 7; seed ^= seed << 17;
        return seed;
    }

    static double unit() { return (next() >>> 11) * 0x1.0p-53; }

    public static void main(String[] args) {
        double[] e = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2, -2, 3, -3, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_NORMAL, 1e-310, 0.1, 1e7,
            2147483647.0, 2147483648.5, 9.223372036854776E18, -9.3E18, 123456.789, 1.0000000000000002, 0.9999999999999999,
            1e300, -1e-300, 1075, -1075, 1024, -1074, 4294967296.0, 1e20, -1e20, 0.9999999, 1.0000001, -1.00000000001,
            4503599627370497.0, -4503599627370497.0};
        for (double x : e) {
            StringBuilder line = new StringBuilder();
            for (double y : e) line.append(StrictMath.pow(x, y)).append(' ');
            System.out.println(line);
        }
        long[] sums = new long[6];
        for (int i = 0; i < 60000; i++) {
            int kind = i % 6;
            double x, y;
            if (kind == 0) { x = Double.longBitsToDouble(next()); y = Double.longBitsToDouble(next()); }
            else if (kind == 1) { x = unit() * 100; y = unit() * 20 - 10; }
            else if (kind == 2) { x = (int) (unit() * 1000) - 500 + unit(); y = (int) (unit() * 40) - 20; }
            else if (kind == 3) { x = unit() * 1e-300; y = unit() * 4 - 2; }
            else if (kind == 4) { x = 1 + (unit() - 0.5) * 1e-7; y = (unit() - 0.5) * 1e12; }
            else { x = e[(int) (unit() * e.length)]; y = (int) (unit() * 2000) - 1000; }
            double r = StrictMath.pow(x, y);
            sums[kind] = sums[kind] * 31 + Double.doubleToLongBits(r);
            if (i % 997 == 0) System.out.println(x + " ^ " + y + " = " + r);
        }
        for (long s : sums) System.out.println(s);
        for (int k = -330; k <= 310; k += 3) System.out.print(Math.pow(10, k) + " ");
        System.out.println();
        System.out.println(Math.pow(-3.5, 3) + " " + Math.pow(-3.5, -4) + " " + Math.pow(1e-300, -2) + " " + Math.pow(4.9e-324, -1) + " " + Math.pow(1.5, 1751)
                + " " + Math.pow(1.5, 1752) + " " + Math.pow(0.5, 1074) + " " + Math.pow(0.5, 1075) + " " + Math.pow(-0.5, 1075) + " " + Math.pow(3, 40)
                + " " + Math.pow(2.5e-160, 2) + " " + Math.pow(1.0000001, 2147483647) + " " + Math.pow(0.9999999, -2147483648.0));
        // Math.pow where the result is exact (HotSpot's x86-64 intrinsic and fdlibm agree there)
        for (int k = -1074; k <= 1023; k += 7) System.out.print(Math.pow(2, k) + " ");
        System.out.println();
        for (int b = -12; b <= 12; b++) {
            StringBuilder line = new StringBuilder();
            for (int k = 0; k <= 12; k++) line.append(Math.pow(b, k)).append(' ');
            System.out.println(line);
        }
        System.out.println(Math.pow(16, 0.5) + " " + Math.pow(2, 0.5) + " " + Math.pow(-8, 1) + " " + Math.pow(0.1, 2) + " " + Math.pow(7, -1)
                + " " + Math.pow(-0.0, 0.5) + " " + Math.pow(-0.0, -3) + " " + Math.pow(Double.NEGATIVE_INFINITY, 3) + " " + Math.pow(Double.NaN, 0)
                + " " + Math.pow(1, Double.POSITIVE_INFINITY) + " " + Math.pow(-2, 0.5));
        System.out.println(Math.round(2.5) + " " + Math.round(-2.5) + " " + Math.round(0.49999999999999994) + " " + Math.round(Double.NaN)
                + " " + Math.round(1e19) + " " + Math.round(-1e19) + " " + Math.round(2.5f) + " " + Math.round(-0.5f) + " " + Math.round(3e9f)
                + " " + Math.round(4503599627370497.0) + " " + Math.round(-4503599627370495.5));
        System.out.println(Math.rint(2.5) + " " + Math.rint(-3.5) + " " + Math.rint(-0.2) + " " + Math.rint(1e300) + " " + Math.rint(Double.NaN)
                + " " + Math.signum(-3.0) + " " + Math.signum(-0.0) + " " + Math.signum(2f) + " " + Math.signum(Double.NaN)
                + " " + Math.copySign(3.0, -0.0) + " " + Math.copySign(-2f, 1f) + " " + StrictMath.abs(-5) + " " + StrictMath.max(3L, 4L)
                + " " + StrictMath.floorMod(-7, 3) + " " + StrictMath.pow(10, 2) + " " + StrictMath.round(0.5));
    }
}

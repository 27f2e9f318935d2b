/** Double.parseDouble and Float.parseFloat: syntax, special values, rounding edges, hex, and random round trips. */
public class ParseFloatingPoint {
    static long seed = 88172645463325252L;

    static long next() {   // xorshift64
        seed ^= seed << 13; seed ^= seed >>> 7; seed ^= seed << 17;
        return seed;
    }

    static int below(int n) { return (int) ((next() >>> 33) % n); }

    public static void main(String[] args) {
        String[] inputs = {"1", "-0", "0", "+0.0", "0.1", "-.5", "5.", "  12.5\t\n", "1e23", "8.41e21", "9007199254740993", "9007199254740992.5",
            "2.2250738585072012e-308", "2.2250738585072011e-308", "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
            "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "1e-400", "1e400", "-1e400", "NaN", "-NaN", "+NaN",
            "Infinity", "-Infinity", "+Infinity", "1.5f", "1.5D", "2d", "0e10", "00000.000e-99999999999", "1e2147483648", "1e-2147483649",
            "123456789012345678901234567890e-10", "0.000000000000000000000000000000000000000000001", "3.4028235e38", "3.4028236e38",
            "3.4028235677973366e38", "1.4e-45", "7.006492321624086e-46", "7.006492321624087e-46", "1.17549435E-38", "0.3", "2.5e-1", "100",
            "1.0000000000000002", "1.00000000000000011102230246251565404236316680908203125", "1.00000000000000011102230246251565404236316680908203124",
            "1.00000000000000011102230246251565404236316680908203126", "16777217", "33554435", "0.1e1", "1E+2", "1e-0", "0x1.8p1", "0X.8P-1074",
            "0x1p-1075", "0x1.0000000000001p-1075", "-0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023", "0x0.0p0", "0x1p99999999999", "0x1p-99999999999",
            "0x123.abcp-4f", "0x1.000001p0", "0x1.0000018p0", "0x1.fffffep127", "0x1.ffffffp127", "0x1p-150", "0x1.1p-150", "-0x0.00000000001p-1000d"};
        for (String s : inputs) {
            double d = Double.parseDouble(s);
            float f = Float.parseFloat(s);
            System.out.println("[" + s.trim() + "] " + d + " " + Double.doubleToRawLongBits(d) + " " + f + " " + Float.floatToRawIntBits(f));
        }
        StringBuilder many = new StringBuilder("0.");
        for (int i = 0; i < 1200; i++) many.append((char) ('0' + below(10)));
        System.out.println(Double.parseDouble(many.toString()) + " " + Float.parseFloat(many + "e-30") + " " + Double.parseDouble("9" + many + "e300"));
        StringBuilder halfway = new StringBuilder("1.00000000000000011102230246251565404236316680908203125");
        for (int i = 0; i < 900; i++) halfway.append('0');
        System.out.println(Double.parseDouble(halfway.toString()) + " " + Double.parseDouble(halfway + "1") + " " + Double.parseDouble(halfway + "e0"));

        long hashD = 0, hashF = 0;
        for (int i = 0; i < 4000; i++) {
            double d = Double.longBitsToDouble(next());
            float f = Float.intBitsToFloat((int) next());
            // round trips through toString
            if (Double.doubleToLongBits(Double.parseDouble(Double.toString(d))) != Double.doubleToLongBits(d)) System.out.println("round trip " + d);
            if (Float.floatToIntBits(Float.parseFloat(Float.toString(f))) != Float.floatToIntBits(f)) System.out.println("round trip " + f);
            // random digit strings with random exponents
            StringBuilder s = new StringBuilder();
            if (below(2) == 0) s.append('-');
            int n = 1 + below(below(4) == 0 ? 40 : 19);
            for (int k = 0; k < n; k++) {
                s.append((char) ('0' + below(10)));
                if (k == 0 && below(2) == 0) s.append('.');
            }
            int exp = below(3) == 0 ? below(700) - 350 : below(90) - 45;
            s.append('e').append(exp);
            double pd = Double.parseDouble(s.toString());
            float pf = Float.parseFloat(s.toString());
            hashD = hashD * 31 + Double.doubleToRawLongBits(pd);
            hashF = hashF * 31 + Float.floatToRawIntBits(pf);
            if (i % 200 == 0) System.out.println(s + " " + pd + " " + pf);
        }
        System.out.println(hashD + " " + hashF);
    }
}

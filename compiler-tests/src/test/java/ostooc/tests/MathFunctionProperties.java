package ostooc.tests;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * pow, exp, log, log10, atan, atan2, against two oracles. StrictMath's pow, exp, log, log10 and Math's
 * atan, atan2 must equal the JVM's bit for bit (all are fdlibm's). Math.pow, exp, log and log10 must be
 * correctly rounded, checked against exact (integer exponents) or
 * 70-digit ({@link ExactMath}) BigDecimal arithmetic rather than the JVM: HotSpot's x86-64 intrinsics are
 * not correctly rounded for ~0.04% (pow) to ~0.2% (exp) of inputs, so a comparison with them would fail
 * now and then whatever we computed. Each try is one program; values are
 * printed as raw bits so that the sign of zero and NaNs are compared too.
 */
class MathFunctionProperties {
    static final String CLASS = "PowProgram";
    static final String[] EDGE = {"0.0", "-0.0", "1.0", "-1.0", "0.5", "-0.5", "2.0", "-2.0", "3.0", "-3.0", "Double.NaN", "Double.POSITIVE_INFINITY",
        "Double.NEGATIVE_INFINITY", "Double.MIN_VALUE", "-Double.MIN_VALUE", "Double.MAX_VALUE", "Double.MIN_NORMAL", "1e-310", "0.1", "1e7",
        "2147483647.0", "2147483648.5", "9.223372036854776E18", "-9.3E18", "123456.789", "1.0000000000000002", "0.9999999999999999", "1075.0",
        "-1075.0", "-1074.0", "1e20", "-1e20", "0.9999999", "1.0000001"};

    @Property
    void fdlibmFunctionsMatchTheJvm(@ForAll long seed) {
        Random r = new Random(seed);
        StringBuilder src = new StringBuilder("public class " + CLASS + " {\n    public static void main(String[] args) {\n");
        List<String> labels = new ArrayList<>();
        for (int k = 0; k < 80; k++) {
            String e = switch (k % 4) {   // with fdlibm's atan2 and StrictMath's exp, log, log10
                case 0 -> "Math.atan2(" + operand(r) + ", " + operand(r) + ")";
                case 1 -> "StrictMath." + new String[] {"exp", "log", "log10", "atan"}[r.nextInt(4)] + "(" + operand(r) + ")";
                default -> "StrictMath.pow(" + operand(r) + ", " + operand(r) + ")";
            };
            labels.add(e);
            src.append("        System.out.println(Double.doubleToRawLongBits(").append(e).append("));\n");
        }
        src.append("    }\n}\n");
        GeneratedCheck.assertSameOutput(CLASS, src.toString(), labels);
    }

    @Property
    void integerPowersAreCorrectlyRounded(@ForAll long seed) {
        Random r = new Random(seed);
        StringBuilder src = new StringBuilder("public class " + CLASS + " {\n    public static void main(String[] args) {\n");
        List<String> labels = new ArrayList<>();
        StringBuilder expected = new StringBuilder();
        for (int k = 0; k < 80; k++) {
            boolean large = r.nextInt(4) == 0;   // |n| up to 1000, on bases with few digits (BigDecimal's x^n stays small)
            double x = large ? new double[] {1 + (r.nextDouble() - 0.5) * 0.02, 10, r.nextInt(25) - 12}[r.nextInt(3)] : base(r);
            int n = large ? r.nextInt(2001) - 1000 : r.nextInt(61) - 30;
            String e = "Math.pow(" + literal(x) + ", " + n + ")";
            labels.add(e);
            src.append("        System.out.println(Double.doubleToRawLongBits(").append(e).append("));\n");
            expected.append(Double.doubleToRawLongBits(correctlyRounded(x, n))).append('\n');
        }
        src.append("    }\n}\n");
        String diff = GeneratedCheck.firstDifference(labels, expected.toString(), GeneratedCheck.runNative(CLASS, src.toString()));
        if (diff != null) throw new AssertionError(diff + "\n(expected: the correctly rounded power)\n" + src);
    }

    @Property
    void realPowersAreCorrectlyRounded(@ForAll long seed) {
        Random r = new Random(seed);
        StringBuilder src = new StringBuilder("public class " + CLASS + " {\n    public static void main(String[] args) {\n");
        List<String> labels = new ArrayList<>();
        StringBuilder expected = new StringBuilder();
        while (labels.size() < 60) {
            double x = switch (r.nextInt(3)) {
                case 0 -> r.nextDouble() * 100;
                case 1 -> Math.exp(r.nextGaussian() * 20);
                default -> 1 + r.nextGaussian() * 1e-6;
            };
            double y = r.nextBoolean() ? r.nextGaussian() * 10 : new double[] {1.5, -0.5, 1.0 / 3, 2.2, 0.25, -1.5, 0.1, 1e6 + 0.5}[r.nextInt(8)];
            if (!(x > 0) || Math.abs(y * Math.log(x)) > 700) continue;   // normal results only (others go to fdlibm)
            String e = "Math.pow(" + literal(x) + ", " + literal(y) + ")";
            labels.add(e);
            src.append("        System.out.println(Double.doubleToRawLongBits(").append(e).append("));\n");
            expected.append(Double.doubleToRawLongBits(ExactMath.pow(x, y))).append('\n');
        }
        src.append("    }\n}\n");
        String diff = GeneratedCheck.firstDifference(labels, expected.toString(), GeneratedCheck.runNative(CLASS, src.toString()));
        if (diff != null) throw new AssertionError(diff + "\n(expected: the correctly rounded power)\n" + src);
    }

    @Property
    void expAndLogsAreCorrectlyRounded(@ForAll long seed) {
        Random r = new Random(seed);
        StringBuilder src = new StringBuilder("public class " + CLASS + " {\n    public static void main(String[] args) {\n");
        List<String> labels = new ArrayList<>();
        StringBuilder expected = new StringBuilder();
        for (int k = 0; k < 40; k++) {
            double x = switch (r.nextInt(3)) {
                case 0 -> r.nextGaussian() * 200;
                case 1 -> 1 + r.nextGaussian() * Math.scalb(1.0, -r.nextInt(50));
                default -> r.nextDouble() * 10;
            };
            if (Math.abs(x) < 1e-300 || Math.abs(x) > 700) x = 0.5;   // normal results (fdlibm decides the rest)
            String e = "Math.exp(" + literal(x) + ")", l = "Math.log(" + literal(Math.abs(x)) + ")", l10 = "Math.log10(" + literal(Math.abs(x)) + ")";
            for (String call : new String[] {e, l, l10}) {
                labels.add(call);
                src.append("        System.out.println(Double.doubleToRawLongBits(").append(call).append("));\n");
            }
            BigDecimal ln = Math.abs(x) == 1.0 ? BigDecimal.ZERO : ExactMath.ln(new BigDecimal(Math.abs(x)));
            expected.append(Double.doubleToRawLongBits(ExactMath.exp(new BigDecimal(x)).doubleValue())).append('\n');
            expected.append(Double.doubleToRawLongBits(ln.doubleValue())).append('\n');
            expected.append(Double.doubleToRawLongBits(ln.divide(ExactMath.LN10, new MathContext(70)).doubleValue())).append('\n');
        }
        src.append("    }\n}\n");
        String diff = GeneratedCheck.firstDifference(labels, expected.toString(), GeneratedCheck.runNative(CLASS, src.toString()));
        if (diff != null) throw new AssertionError(diff + "\n(expected: the correctly rounded value)\n" + src);
    }

    private static String operand(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> "Double.longBitsToDouble(" + r.nextLong() + "L)";
            case 1 -> literal(r.nextDouble() * 100 - 50);
            case 2 -> Integer.toString(r.nextInt(41) - 20);
            default -> "(" + EDGE[r.nextInt(EDGE.length)] + ")";
        };
    }

    /** A base: ordinary, near one, a power of ten, tiny or huge, or any bit pattern (finite). */
    private static double base(Random r) {
        double x = switch (r.nextInt(6)) {
            case 0 -> r.nextInt(1000) - 500 + r.nextDouble();
            case 1 -> 1 + (r.nextDouble() - 0.5) * 0.2;
            case 2 -> 10;
            case 3 -> r.nextDouble() * 1e-300;
            case 4 -> r.nextInt(25) - 12;
            default -> Double.longBitsToDouble(r.nextLong());
        };
        return Double.isFinite(x) ? x : 1.5;
    }

    private static String literal(double x) { return "Double.longBitsToDouble(" + Double.doubleToRawLongBits(x) + "L)"; }

    /** x^n rounded once to the nearest double (BigDecimal's doubleValue rounds correctly). */
    static double correctlyRounded(double x, int n) {
        if (n == 0) return 1.0;
        if (x == 0.0) return Math.pow(x, n);   // zeros and infinities: the special cases, same in every pow
        BigDecimal exact = new BigDecimal(x).pow(Math.abs(n));
        double magnitude = n > 0 ? exact.abs().doubleValue() : BigDecimal.ONE.divide(exact.abs(), new MathContext(80)).doubleValue();
        return x < 0 && (n & 1) != 0 ? -magnitude : magnitude;
    }
}

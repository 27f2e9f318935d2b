package ostooc.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Floating point with the JVM as the oracle: each try is one program of random float and double
 * expressions (arithmetic, %, negation, casts both ways, comparisons, Math and Double/Float statics) over
 * run-time values drawn from edge cases (NaN, infinities, -0.0, MIN/MAX, subnormals, values near 2^31
 * and 2^63) and random bit patterns. Every value is printed, so Double/Float.toString is tested too, and
 * parsed back (parseDouble/parseFloat of toString, with whitespace, with a sign, of float text as double). pow is
 * StrictMath's here: Math.pow's integer powers are correctly rounded, which HotSpot's is not always
 * ({@link MathFunctionProperties} checks them against exact arithmetic).
 * Programs are generated from the seed (replay a failure from it); the seed itself is what jqwik shrinks.
 */
class FloatProperties {
    static final String CLASS = "FloatProgram";
    static final String[] EDGE_D = {"0.0", "-0.0", "1.0", "-1.5", "0.1", "1e-3", "1e7", "Double.NaN", "Double.POSITIVE_INFINITY",
        "Double.NEGATIVE_INFINITY", "Double.MIN_VALUE", "Double.MAX_VALUE", "Double.MIN_NORMAL", "2147483647.0", "2147483648.5",
        "-2147483649.0", "9.223372036854776E18", "-9.3E18", "4.9e-320", "123456.789"};
    static final String[] EDGE_F = {"0f", "-0f", "1f", "-2.5f", "0.1f", "Float.NaN", "Float.POSITIVE_INFINITY", "Float.NEGATIVE_INFINITY",
        "Float.MIN_VALUE", "Float.MAX_VALUE", "16777217f", "2.1474836E9f", "-9.2E18f", "1e-40f", "3.3333333f"};

    @Property
    void floatingPointMatchesTheJvm(@ForAll long seed) {
        Random r = new Random(seed);
        StringBuilder src = new StringBuilder("public class " + CLASS + " {\n    public static void main(String[] args) {\n");
        for (int i = 0; i < 4; i++) {
            src.append("        double d").append(i).append(" = ").append(doubleValue(r)).append(";\n");
            src.append("        float f").append(i).append(" = ").append(floatValue(r)).append(";\n");
        }
        src.append("        int i0 = ").append(r.nextInt()).append("; long l0 = ").append(r.nextLong()).append("L;\n");
        List<String> labels = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            String e = top(r);
            labels.add(e);
            src.append("        System.out.println(").append(e).append(");\n");
        }
        src.append("    }\n}\n");
        GeneratedCheck.assertSameOutput(CLASS, src.toString(), labels);
    }

    private static String doubleValue(Random r) {
        return r.nextInt(3) == 0 ? "Double.longBitsToDouble(" + r.nextLong() + "L)" : "(" + pick(r, EDGE_D) + ")";
    }

    private static String floatValue(Random r) {
        return r.nextInt(3) == 0 ? "Float.intBitsToFloat(" + r.nextInt() + ")" : "(" + pick(r, EDGE_F) + ")";
    }

    /** A printed expression: a double, a float, a conversion to an integer type, a comparison, or a library call. */
    private static String top(Random r) {
        return switch (r.nextInt(11)) {
            case 0, 1 -> expr(r, true, 3);
            case 2, 3 -> expr(r, false, 3);
            case 4 -> "(int) " + paren(expr(r, r.nextBoolean(), 2)) + " + \" \" + (long) " + paren(expr(r, r.nextBoolean(), 2))
                    + " + \" \" + (char) " + paren(expr(r, true, 1)) + " + 0 + \" \" + (short) " + paren(expr(r, false, 1));
            case 5 -> {
                String a = expr(r, true, 2), b = expr(r, r.nextBoolean(), 2);
                yield "(" + a + " < " + b + ") + \" \" + (" + a + " <= " + b + ") + \" \" + (" + a + " == " + b + ") + \" \" + (" + a + " != " + b + ") + \" \" + (" + a + " >= " + b + ")";
            }
            case 6 -> "Math.floor(" + expr(r, true, 2) + ") + \" \" + Math.ceil(" + expr(r, true, 2) + ") + \" \" + Math.sqrt(" + expr(r, true, 2) + ")";
            case 7 -> "Math.min(" + expr(r, true, 1) + ", " + expr(r, true, 1) + ") + \" \" + Math.max(" + expr(r, false, 1) + ", " + expr(r, false, 1)
                    + ") + \" \" + Double.compare(" + expr(r, true, 1) + ", " + expr(r, true, 1) + ") + \" \" + Math.abs(" + expr(r, false, 1) + ")";
            case 9 -> "StrictMath.pow(" + expr(r, true, 1) + ", " + expr(r, r.nextBoolean(), 1) + ") + \" \" + StrictMath.pow(" + expr(r, true, 1)
                    + ", " + r.nextInt(7) + ")";
            case 10 -> {
                String d = paren(expr(r, true, 2)), f = paren(expr(r, false, 2));
                yield "Double.parseDouble(Double.toString(" + d + ")) + \" \" + Float.parseFloat(Float.toString(" + f + ")) + \" \" + Double.parseDouble(\" \" + "
                        + f + " + \"\\n\") + \" \" + Float.parseFloat(\"\" + " + d + ") + \" \" + Double.doubleToRawLongBits(Double.parseDouble(\"-\" + Math.abs(" + d + ")))";
            }
            default -> "\"\" + " + expr(r, true, 2) + " + " + expr(r, false, 2) + " + (float) l0 + (double) l0 + (float) i0";
        };
    }

    /** A double (or float) expression of at most {@code depth} levels. */
    private static String expr(Random r, boolean isDouble, int depth) {
        int choice = depth == 0 ? r.nextInt(3) : r.nextInt(9);
        String v = isDouble ? "d" : "f";
        return switch (choice) {
            case 0, 1 -> v + r.nextInt(4);
            case 2 -> r.nextInt(4) == 0 ? (isDouble ? "(double) i0" : "(float) l0") : pick(r, isDouble ? EDGE_D : EDGE_F);
            case 3 -> "-" + paren(expr(r, isDouble, depth - 1));
            case 4 -> isDouble ? "(double) " + paren(expr(r, false, depth - 1)) : "(float) " + paren(expr(r, true, depth - 1));
            default -> "(" + expr(r, isDouble, depth - 1) + " " + "+-*/%".charAt(r.nextInt(5)) + " " + expr(r, isDouble && r.nextBoolean() ? r.nextBoolean() : isDouble, depth - 1) + ")";
        };
    }

    private static String paren(String e) { return "(" + e + ")"; }

    private static String pick(Random r, String[] a) { return a[r.nextInt(a.length)]; }
}

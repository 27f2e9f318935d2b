package ostooc.tests;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated program of paths behind constant conditions, over every kind of local (issue 10, bug 1:
 * phis over edges from dead code of a float type made invalid IR). Each method works on two locals
 * {@code r} and {@code q} of one type — int, long, float, double, boolean, char, byte, short, String,
 * int[], double[] or Object — with statements (assignments, compound assignments, ++/--, swaps, ?:,
 * if/else, while, do, for with break and continue, labeled blocks and loops, switch statements and
 * expressions) guarded by conditions that mix javac constants ({@code true}, {@code 1 < 2}, static final
 * fields, final locals), values that are constant only in the IR (locals set once), and run-time values
 * ({@code z}, a comparison of the locals) under {@code !}, {@code &&} and {@code ||}. main calls every
 * method with {@code z} false and true; each top-level statement prints both locals, so each output line
 * belongs to one statement. Every loop is bounded by a fresh counter.
 *
 * <p>A method is drawn from a list of non-negative ints ({@link Draw}); choice 0 is always the simplest
 * (an assignment, the condition {@code true}, the first type), so jqwik's shrinking of those ints towards 0
 * and of the method list towards fewer methods shrinks a failing program to a small one.
 */
public final class DeadPathProgram {
    public static final String CLASS = "GenDeadPaths";

    /** A type of the locals: its keyword, run-time values, compound updates of r, a run-time test, how to print one. */
    record Kind(String keyword, String[] values, String[] updates, String test, String show) {
        String show(String v) { return show.replace("#", v); }
    }

    static final List<Kind> KINDS = List.of(
            new Kind("int", new String[] {"7", "-1", "0", "Integer.MIN_VALUE", "Integer.MAX_VALUE"},
                    new String[] {"r += q;", "r++;", "--r;", "r *= 3;", "r <<= 1;", "r ^= q;", "r -= q--;"}, "r < q", "#"),
            new Kind("long", new String[] {"7L", "-1L", "0L", "Long.MIN_VALUE", "1L << 40"},
                    new String[] {"r += q;", "r++;", "r *= -3;", "r >>= 2;", "q -= r++;"}, "r <= q", "#"),
            new Kind("float", new String[] {"1.5f", "-0f", "0f", "Float.NaN", "3e10f", "-2.25f"},
                    new String[] {"r += q;", "r++;", "r *= q;", "r /= 2;", "r %= 1.25f;", "q -= --r;"}, "r < q", "#"),
            new Kind("double", new String[] {"1.5", "-0.0", "0.0", "Double.NaN", "-2.75", "1e300"},
                    new String[] {"r += q;", "r--;", "r *= q;", "r /= 3;", "r %= 1.25;", "q += r++;"}, "r != q", "#"),
            new Kind("boolean", new String[] {"true", "false"},
                    new String[] {"r &= q;", "r |= q;", "r ^= true;", "r = !r;"}, "r", "#"),
            new Kind("char", new String[] {"'a'", "'q'", "'\\u0000'", "'\\uffff'"},
                    new String[] {"r += 1;", "r++;", "r += q;", "--r;", "r *= 2;"}, "r < q", "(int) #"),
            new Kind("byte", new String[] {"(byte) 3", "(byte) -7", "(byte) 127", "(byte) -128"},
                    new String[] {"r += q;", "r++;", "r *= 100;", "r >>= 1;"}, "r > q", "#"),
            new Kind("short", new String[] {"(short) 300", "(short) -7", "(short) 32767"},
                    new String[] {"r += q;", "r--;", "r *= 300;", "q -= r;"}, "r >= q", "#"),
            new Kind("String", new String[] {"\"x\"", "\"\"", "\"yz\""},
                    new String[] {"r += q;", "r += 1;", "r = r + 'c';", "r += r.length();"}, "r.length() > q.length()", "#"),
            new Kind("int[]", new String[] {"new int[] {1}", "new int[] {2, 3}", "new int[] {-4, 5, 6}"},
                    new String[] {"r[0] += 5;", "r[0]++;", "r = q;", "r = new int[] {r[0] * 2, r.length};", "q[q.length - 1] -= r[0];"},
                    "r.length < q.length", "show(#)"),
            new Kind("double[]", new String[] {"new double[] {1.5}", "new double[] {-0.0, 2}", "new double[] {Double.NaN}"},
                    new String[] {"r[0] *= 5;", "r[0]++;", "r = q;", "r[0] /= q[0];"}, "r[0] < q[0]", "show(#)"),
            new Kind("Object", new String[] {"\"o1\"", "null", "\"o2\""},
                    new String[] {"r = q;", "r = \"\" + r;", "q = r;"}, "r == null", "String.valueOf(#)"));

    /** Conditions known to javac, to the IR only, or at run time; the first is the simplest. */
    static final String[] LEAVES = {"true", "false", "z", "!true", "ON", "OFF", "on", "yes", "no", "1 < 2", "three > 2", "!z", "TEST"};

    /** One method: the type of its locals, their arguments, and the choices its statements are drawn from. */
    public record Method(int kind, int a, int b, List<Integer> choices) { }

    /** The choices of one method, read in order (and again from the start when they run out). */
    static final class Draw {
        private final List<Integer> n;
        private int at;
        Draw(List<Integer> n) { this.n = n; }
        int next(int bound) { return n.isEmpty() ? 0 : n.get(at++ % n.size()) % bound; }
    }

    /** Renders a method's body: top-level statements, each followed by a print of r and q. */
    static final class Body {
        final Kind kind;
        final Draw draw;
        final List<String> topLevel = new ArrayList<>();
        private int fresh;
        Body(Kind kind, Draw draw) { this.kind = kind; this.draw = draw; }

        String name(String prefix) { return prefix + fresh++; }
    }

    private DeadPathProgram() { }

    public static String render(List<Method> methods) {
        StringBuilder sb = new StringBuilder("public class " + CLASS + " {\n");
        sb.append("    static final boolean ON = true, OFF = false;\n");
        sb.append("    static String show(int[] x) { String s = \"[\"; for (int v : x) s += v + \",\"; return s + \"]\"; }\n");
        sb.append("    static String show(double[] x) { String s = \"[\"; for (double v : x) s += v + \",\"; return s + \"]\"; }\n\n");
        sb.append("    public static void main(String[] args) {\n");
        for (int m = 0; m < methods.size(); m++) {
            Method method = methods.get(m);
            Kind k = kind(method);
            for (String z : new String[] {"false", "true"})
                sb.append("        m").append(m).append('(').append(z).append(", ").append(value(k, method.a())).append(", ")
                        .append(value(k, method.b())).append(");\n");
        }
        sb.append("    }\n");
        for (int m = 0; m < methods.size(); m++) sb.append(renderMethod(m, methods.get(m)).source);
        return sb.append("}\n").toString();
    }

    /** What printed each line: the method, z, and the top-level statement. */
    public static List<String> labels(List<Method> methods) {
        List<String> out = new ArrayList<>();
        for (int m = 0; m < methods.size(); m++) {
            List<String> stmts = renderMethod(m, methods.get(m)).statements;
            for (String z : new String[] {"false", "true"})
                for (String s : stmts) out.add("m" + m + "(z=" + z + "): " + s.strip().replaceAll("\\s*\\n\\s*", " "));
        }
        return out;
    }

    private record Rendered(String source, List<String> statements) { }

    private static Kind kind(Method m) { return KINDS.get(m.kind() % KINDS.size()); }

    private static String value(Kind k, int i) { return k.values()[i % k.values().length]; }

    private static Rendered renderMethod(int m, Method method) {
        Kind k = kind(method);
        Body body = new Body(k, new Draw(method.choices()));
        StringBuilder sb = new StringBuilder();
        sb.append("\n    static void m").append(m).append("(boolean z, ").append(k.keyword()).append(" a, ").append(k.keyword()).append(" b) {\n");
        sb.append("        ").append(k.keyword()).append(" r = a, q = b;\n");
        sb.append("        final boolean on = true;\n        boolean yes = true, no = false;\n        int three = 3;\n");
        List<String> stmts = new ArrayList<>();
        int count = 1 + body.draw.next(6);
        for (int i = 0; i < count; i++) {
            String s = statement(body, 2, "        ");
            stmts.add(s);
            sb.append(s);
            sb.append("        System.out.println(\"m").append(m).append('.').append(i).append(" \" + ")
                    .append(k.show("r")).append(" + \" \" + ").append(k.show("q")).append(");\n");
        }
        sb.append("    }\n");
        return new Rendered(sb.toString(), stmts);
    }

    /** A condition of at most {@code depth} operators. */
    static String condition(Body b, int depth) {
        int c = depth == 0 ? 0 : b.draw.next(5);
        switch (c) {
            case 0, 1: {
                String leaf = LEAVES[b.draw.next(LEAVES.length)];
                return leaf.equals("TEST") ? "(" + b.kind.test() + ")" : leaf;
            }
            case 2: return "!(" + condition(b, depth - 1) + ")";
            case 3: return "(" + condition(b, depth - 1) + " && " + condition(b, depth - 1) + ")";
            default: return "(" + condition(b, depth - 1) + " || " + condition(b, depth - 1) + ")";
        }
    }

    /** A value of the locals' type: a local, an argument, a literal (a constant in the IR), or a conditional of them. */
    static String operand(Body b, int depth) {
        switch (b.draw.next(depth == 0 ? 4 : 5)) {
            case 0: return "q";
            case 1: return "a";
            case 2: return "r";
            case 3: return b.kind.values()[b.draw.next(b.kind.values().length)];
            default: return "(" + condition(b, 2) + " ? " + operand(b, depth - 1) + " : " + operand(b, depth - 1) + ")";
        }
    }

    /** One statement (with a trailing newline) at {@code indent}; compound statements nest at most {@code depth} deep. */
    static String statement(Body b, int depth, String indent) {
        Kind k = b.kind;
        int kinds = depth == 0 ? 4 : 14;
        String in = indent + "    ";
        switch (b.draw.next(kinds)) {
            case 0: return indent + "r = " + operand(b, 1) + ";\n";
            case 1: return indent + k.updates()[b.draw.next(k.updates().length)] + "\n";
            case 2: {
                String t = b.name("t");
                return indent + "{ " + k.keyword() + " " + t + " = r; r = q; q = " + t + "; }\n";
            }
            case 3: {
                String v = b.name("v");
                return indent + k.keyword() + " " + v + " = " + condition(b, 2) + " ? " + operand(b, 0) + " : " + operand(b, 0) + ";\n"
                        + indent + "r = " + v + ";\n";
            }
            case 4: return indent + "if (" + condition(b, 2) + ") {\n" + block(b, depth, in) + indent + "}\n";
            case 5: return indent + "if (" + condition(b, 2) + ") {\n" + block(b, depth, in) + indent + "} else {\n" + block(b, depth, in) + indent + "}\n";
            case 6: {
                String n = b.name("n");
                return indent + "int " + n + " = 0;\n" + indent + "while (" + condition(b, 2) + " && " + n + "++ < 2) {\n" + block(b, depth, in) + indent + "}\n";
            }
            case 7: {
                String n = b.name("n");
                return indent + "int " + n + " = 0;\n" + indent + "do {\n" + block(b, depth, in) + indent + "} while (" + condition(b, 2) + " && ++" + n + " < 3);\n";
            }
            case 8: {
                String i = b.name("i");
                return indent + "for (int " + i + " = 0; " + condition(b, 2) + " && " + i + " < 2; " + i + "++) {\n" + block(b, depth, in) + indent + "}\n";
            }
            case 9: {
                String i = b.name("i");
                String exit = b.draw.next(2) == 0 ? "continue" : "break";
                return indent + "for (int " + i + " = 0; " + i + " < 3; " + i + "++) {\n" + block(b, depth, in)
                        + in + "if (" + condition(b, 2) + ") " + exit + ";\n" + block(b, depth, in) + indent + "}\n";
            }
            case 10: {
                String l = b.name("l");
                return indent + l + ": {\n" + block(b, depth, in) + in + "if (" + condition(b, 2) + ") break " + l + ";\n"
                        + block(b, depth, in) + indent + "}\n";
            }
            case 11: {
                String l = b.name("l"), i = b.name("i"), j = b.name("j");
                String exit = b.draw.next(2) == 0 ? "continue " : "break ";
                return indent + l + ": for (int " + i + " = 0; " + i + " < 2; " + i + "++) {\n"
                        + in + "for (int " + j + " = 0; " + j + " < 2; " + j + "++) {\n"
                        + in + "    if (" + condition(b, 2) + ") " + exit + l + ";\n" + block(b, depth, in + "    ") + in + "}\n" + indent + "}\n";
            }
            case 12:
                return indent + "switch (" + condition(b, 2) + " ? 1 : 2) {\n" + in + "case 1:\n" + block(b, depth, in + "    ")
                        + in + "    break;\n" + in + "case 2:\n" + block(b, depth, in + "    ") + in + "default:\n" + block(b, depth, in + "    ") + indent + "}\n";
            default:
                return indent + "r = switch (" + condition(b, 2) + " ? 1 : 0) {\n" + in + "case 1 -> " + operand(b, 1) + ";\n"
                        + in + "default -> {\n" + block(b, depth, in + "    ") + in + "    yield " + operand(b, 0) + ";\n" + in + "}\n" + indent + "};\n";
        }
    }

    /** One to three statements one level deeper. */
    private static String block(Body b, int depth, String indent) {
        StringBuilder sb = new StringBuilder();
        for (int n = 1 + b.draw.next(3); n > 0; n--) sb.append(statement(b, depth - 1, indent));
        return sb.toString();
    }
}

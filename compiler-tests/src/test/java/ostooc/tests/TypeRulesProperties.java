package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * Casts, {@code instanceof}, {@code ==} and conditional expressions between random reference types of a
 * random hierarchy ({@link TypeHierarchy}: classes final, abstract or neither, interfaces, enums with and
 * without constant bodies, records, sealed and non-sealed types; Object, String, StringBuilder, Runnable;
 * arrays of them up to 2 dimensions, int[] and long[]), javac 17 in-process being the oracle: ostooc's front
 * end must accept exactly the programs javac accepts, and for a rejected one report javac's first error (line,
 * column, message with its {@code where} clause). A program ostooc reports as {@code unsupported:} (a lub that
 * involves JDK interfaces the subset does not model) is counted, not compared. The run-time property runs the
 * type tests javac accepts on the JVM and natively: the same true/false, the same ClassCastException.
 */
class TypeRulesProperties {
    private static final String FILE = "Main.java";

    /** Statements per generated program (each in its own method, so each error is its own). */
    private static final int STATEMENTS = 12;

    @Property(tries = 60)
    void castsAndTypeTestsAreCheckedAsJavacDoes(@ForAll long seed) {
        Random rnd = new Random(seed);
        TypeHierarchy h = new TypeHierarchy(rnd);
        Program p = new Program();
        for (int k = 0; k < STATEMENTS; k++) {
            String s = h.randomType(), s2 = h.randomType(), t = h.randomType();
            int r = rnd.nextInt(100);
            String operand = r < 65 ? "s" : r < 70 ? "null" : "(b ? s : s2)";
            String statement = switch (rnd.nextInt(4)) {
                case 0 -> "Object o = (" + t + ") " + operand + ";";
                case 1 -> "boolean z = " + operand + " instanceof " + t + ";";
                case 2 -> "boolean z = " + operand + " instanceof " + t + " v;";
                default -> "boolean z = " + operand + " == t;";
            };
            p.add("boolean b, " + s + " s, " + s2 + " s2, " + t + " t", statement, null, true);
        }
        p.compareWithJavac(h);
    }

    @Property(tries = 60)
    void conditionalsAreTypedAsJavacDoes(@ForAll long seed) {
        Random rnd = new Random(seed);
        TypeHierarchy h = new TypeHierarchy(rnd);
        Program p = new Program();
        for (int k = 0; k < STATEMENTS; k++) {
            String x = h.randomType(), y = h.randomType(), z = h.randomType(), t = h.randomType();
            String a = operand(rnd, "x"), b = operand(rnd, "y"), c = operand(rnd, "z");
            List<String> methods = h.methodNames();
            String method = methods.get(rnd.nextInt(methods.size()));
            int kind = rnd.nextInt(9);
            String statement = switch (kind) {
                case 0 -> t + " r = b ? " + a + " : " + b + ";";
                case 1 -> t + " r = b ? (c ? " + a + " : " + b + ") : " + c + ";";
                case 2 -> t + " r = b ? " + a + " : (c ? " + b + " : " + c + ");";
                case 3 -> "var v = b ? " + a + " : " + b + "; " + t + " r = v;";
                case 4 -> "var v = b ? " + a + " : " + b + "; int k = v." + method + "();";
                case 5 -> "sink" + k + "(b ? " + a + " : " + b + ");";
                case 6 -> "Object o = (" + t + ") (b ? " + a + " : " + b + ");";
                case 7 -> "boolean q = (b ? " + a + " : " + b + ") == (c ? " + c + " : null);";
                default -> "String str = \"\" + (b ? " + a + " : " + b + ");";
            };
            // a method that does not exist and a mismatched argument have other messages (javac: the lub's members,
            // the poly argument's operands); there only acceptance is compared
            p.add("boolean b, boolean c, " + x + " x, " + y + " y, " + z + " z", statement, kind == 5 ? t : null, kind != 4 && kind != 5);
        }
        p.compareWithJavac(h);
    }

    private static String operand(Random rnd, String name) { return rnd.nextInt(10) == 0 ? "null" : name; }

    /** A class Main of one-statement methods {@code tK} (statement K on line 3 + 3K), and the sinks some call. */
    private static final class Program {
        private final StringBuilder methods = new StringBuilder(), sinks = new StringBuilder();
        private final List<Boolean> compareMessages = new ArrayList<>();

        void add(String params, String statement, String sinkType, boolean messages) {
            int k = compareMessages.size();
            methods.append("    static void t").append(k).append("(").append(params).append(") {\n        ").append(statement).append("\n    }\n");
            if (sinkType != null) sinks.append("    static void sink").append(k).append("(").append(sinkType).append(" r) { }\n");
            compareMessages.add(messages);
        }

        int statementAt(int line) { return (line - 3) % 3 == 0 && line >= 3 && (line - 3) / 3 < compareMessages.size() ? (line - 3) / 3 : -1; }

        void compareWithJavac(TypeHierarchy h) {
            String source = "public class Main {\n" + methods + sinks + "    public static void main(String[] args) { }\n}\n" + h.source();
            List<CompileErrors> javac = CompileErrors.javac(FILE, source), ostooc = CompileErrors.ostooc(FILE, source);
            String both = "\njavac:\n" + lines(javac) + "ostooc:\n" + lines(ostooc) + source;
            for (CompileErrors e : javac) assertTrue(statementAt(e.line()) >= 0, "javac rejects a declaration (a generator bug)" + both);
            for (CompileErrors e : ostooc) assertTrue(statementAt(e.line()) >= 0, "ostooc rejects a declaration" + both);
            for (int k = 0; k < compareMessages.size(); k++) {
                int line = 3 + 3 * k;
                List<CompileErrors> j = javac.stream().filter(e -> e.line() == line).toList(), o = ostooc.stream().filter(e -> e.line() == line).toList();
                if (o.stream().anyMatch(CompileErrors::unsupported)) {   // only what the subset lacks: a lub of JDK types, boxing
                    assertTrue(o.stream().allMatch(e -> e.message().startsWith("unsupported: the type of this expression, lub(")
                            || e.message().startsWith("unsupported: boxing")), "statement " + k + ": unexpected" + both);
                    Statistics.collect("unsupported");
                    continue;
                }
                Statistics.collect(j.isEmpty() ? "accepted" : "rejected");
                assertEquals(j.isEmpty(), o.isEmpty(), "statement " + k + " (line " + line + "): " + (j.isEmpty() ? "javac accepts, ostooc rejects" : "javac rejects, ostooc accepts") + both);
                if (compareMessages.get(k)) assertEquals(lines(j), lines(o), "statement " + k + " (line " + line + "): different errors" + both);
            }
        }

        private static String lines(List<CompileErrors> errors) {
            StringBuilder sb = new StringBuilder();
            for (CompileErrors e : errors) sb.append("  ").append(e).append('\n');
            return sb.toString();
        }
    }

    @Property
    void typeTestsRunAsOnTheJvm(@ForAll long seed) {
        Random rnd = new Random(seed);
        TypeHierarchy h = new TypeHierarchy(rnd);
        String s = h.randomType();
        String value = valueOf(h, s, rnd);
        List<String> lines = new ArrayList<>();
        String dims = s.substring(s.indexOf('[') < 0 ? s.length() : s.indexOf('['));
        for (int k = 0; k < 6; k++) {   // half of the targets of the value's shape, so that more tests are legal
            String t = rnd.nextBoolean() ? h.randomType() : h.decls.get(rnd.nextInt(h.decls.size())).name + dims;
            lines.add("        System.out.println(\"" + t + " \" + (s instanceof " + t + "));");
        }
        String castTo = rnd.nextBoolean() ? h.randomType() : h.decls.get(rnd.nextInt(h.decls.size())).name + dims;
        lines.add("        Object o = (" + castTo + ") s;");
        lines.add("        System.out.println(\"cast to " + castTo + "\");");
        String source = runtimeProgram(h, s, value, lines);
        List<Long> rejected = CompileErrors.javacErrorLines(FILE, source);
        List<String> kept = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) if (!rejected.contains(5L + k)) kept.add(lines.get(k));
        source = runtimeProgram(h, s, value, kept);
        assertTrue(CompileErrors.javacErrorLines(FILE, source).isEmpty(), "still rejected:\n" + source);

        InProcessJvm.Outcome jvm = InProcessJvm.runCatching("Main", source, ClassCastException.class);
        Run nat = GeneratedCheck.runNative("Main", source);
        Statistics.label("cast").collect(!kept.contains(lines.get(lines.size() - 2)) ? "rejected by javac" : jvm.thrown() == null ? "ok" : "ClassCastException");
        Statistics.label("instanceof").collect(jvm.stdout().contains("true") ? "some true" : "all false");
        assertEquals(jvm.stdout(), nat.stdout(), "output\n" + source);
        if (jvm.thrown() == null) assertEquals(0, nat.exitCode(), nat.stderr() + "\n" + source);
        else assertTrue(nat.exitCode() == 101 && nat.stderr().contains("java.lang.ClassCastException"),
                "the JVM threw " + jvm.thrown() + "; native: exit " + nat.exitCode() + ", " + nat.stderr() + "\n" + source);
    }

    // line 5 is the first of `lines`
    private static String runtimeProgram(TypeHierarchy h, String s, String value, List<String> lines) {
        return "public class Main {\n    public static void main(String[] args) {\n        " + s + " s = " + value + ";\n        System.out.println(\"value\");\n"
                + String.join("\n", lines) + "\n    }\n}\n" + h.source();
    }

    /**
     * A value of static type {@code type}: an instance of a random instantiable subtype, an array whose
     * component is a random named subtype of the component, a string, or null.
     */
    private static String valueOf(TypeHierarchy h, String type, Random rnd) {
        if (rnd.nextInt(10) == 0) return "null";
        int dims = 0;
        String base = type;
        while (base.endsWith("[]")) { base = base.substring(0, base.length() - 2); dims++; }
        if (dims > 0) {
            if (base.equals("int") || base.equals("long")) return "new " + base + "[1]" + "[]".repeat(dims - 1);
            List<String> below = named(h, base, false);
            String element = below.get(rnd.nextInt(below.size()));
            int extra = element.endsWith("[]") ? 1 : 0;   // int[] in an Object[]
            return "new " + element.replace("[]", "") + "[1]" + "[]".repeat(dims - 1 + extra);
        }
        List<String> below = named(h, base, true);
        if (base.equals("Object")) { below.add("\"text\""); below.add("new int[2]"); below.add("new StringBuilder()"); }
        if (base.equals("String")) below.add("\"text\"");
        if (base.equals("StringBuilder")) below.add("new StringBuilder()");
        return below.isEmpty() ? "null" : below.get(rnd.nextInt(below.size()));
    }

    /** Named subtypes of {@code base} (instances of them when {@code instances}: {@code new C()}, {@code E.A}). */
    private static List<String> named(TypeHierarchy h, String base, boolean instances) {
        List<String> out = new ArrayList<>();
        TypeHierarchy.Decl b = h.byName(base);
        for (TypeHierarchy.Decl d : h.decls) {
            if (b != null && !d.isSubtypeOf(b) || b == null && !base.equals("Object")) continue;
            if (!instances) out.add(d.name);
            else if (d.kind == TypeHierarchy.Kind.ENUM) { out.add(d.name + ".A"); out.add(d.name + ".B"); }
            else if (d.isInstantiable()) out.add("new " + d.name + "()");
        }
        if (!instances && b == null) out.add(base);   // Object[], String[], StringBuilder[], Runnable[]
        if (!instances && b == null && base.equals("Object")) { out.add("String"); out.add("int[]"); }
        return out;
    }
}

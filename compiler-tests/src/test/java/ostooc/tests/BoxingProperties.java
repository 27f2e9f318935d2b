package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;

import ostooc.tests.fuzz.FuzzCheck;
import ostooc.tests.fuzz.LineReducer;

/**
 * Boxing, unboxing and overload resolution against the JVM, on random programs of many statements each
 * (batched as the fuzz tests are: one compile per program, so the default run stays short):
 * <ul>
 * <li>{@link BoxingProgram}: boxing/unboxing expressions and statements; the lines javac rejects are dropped,
 *     ostooc must accept the rest (an {@code unsupported:} line is counted and dropped), and the program must
 *     print what it prints on the JVM and exit as it does (a NullPointerException when a null box is unboxed:
 *     exit 101 at the same point of the output, the JVM's message and line) at -O0, -O1, -O2 and in the libc
 *     tier ({@link FuzzCheck}).
 * <li>{@link OverloadProgram}: random overload sets and calls; ostooc must reject exactly the calls javac rejects,
 *     with javac's first error (line, column, message), and the accepted calls must choose the JVM's method
 *     (each method prints its signature).
 * </ul>
 * A failing program is reduced ({@link LineReducer}) and printed with its seed. System property
 * {@code boxing.programs}: programs per property (default 8), for a longer hunt.
 */
class BoxingProperties {
    private static final int PROGRAMS = Integer.getInteger("boxing.programs", 8);
    private static final int STATEMENTS = 60;

    @Property(tries = 1, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void boxingProgramsRunAsOnTheJvm(@ForAll("seeds") long seed) {
        for (int k = 0; k < PROGRAMS; k++) boxingProgram(seed + k);
    }

    /** Seeds spread over all longs (jqwik's default for one try would be small numbers, the same few programs every run). */
    @Provide
    Arbitrary<Long> seeds() { return Arbitraries.longs().withDistribution(RandomDistribution.uniform()); }

    private static void boxingProgram(long seed) {
        BoxingProgram p = new BoxingProgram(new Random(seed), STATEMENTS);
        for (int round = 0; round < 4; round++) {   // dropping a line can only remove errors, but javac reports some only once others are gone
            List<Long> rejected = CompileErrors.javacErrorLines(BoxingProgram.CLASS + ".java", p.source());
            if (rejected.isEmpty()) break;
            p = p.without(rejected);
        }
        String source = p.source();
        assertTrue(CompileErrors.javacErrorLines(BoxingProgram.CLASS + ".java", source).isEmpty(), "javac still rejects (a generator bug):\n" + source);
        List<Long> unsupported = new ArrayList<>();
        for (CompileErrors e : CompileErrors.ostooc(BoxingProgram.CLASS + ".java", source)) {
            if (!e.unsupported() || BoxingProgram.statementAt(e.line()) < 0) fail("seed " + seed + ": ostooc rejects what javac accepts: " + e + "\n" + numbered(source));
            unsupported.add((long) e.line());
        }
        if (!unsupported.isEmpty()) {
            Statistics.label("lines unsupported").collect(unsupported.size());
            p = p.without(unsupported);
            source = p.source();
        }
        Statistics.label("statements kept").collect(p.statements.size() / 10 * 10);
        check(seed, BoxingProgram.CLASS, source);
    }

    @Property(tries = 1, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void overloadsResolveAsJavacAndTheJvmDo(@ForAll("seeds") long seed) {
        for (int k = 0; k < PROGRAMS; k++) overloadProgram(seed + k);
    }

    private static void overloadProgram(long seed) {
        OverloadProgram p = new OverloadProgram(new Random(seed), 4, 6);
        String file = OverloadProgram.CLASS + ".java";
        String source = p.source(Set.of());
        List<CompileErrors> javac = CompileErrors.javac(file, source), ostooc = CompileErrors.ostooc(file, source);
        String both = "seed " + seed + "\njavac:\n" + lines(javac) + "ostooc:\n" + lines(ostooc) + numbered(source);
        for (CompileErrors e : javac) assertTrue(p.callAt(e.line()) >= 0, "javac rejects a declaration (a generator bug)\n" + both);
        for (CompileErrors e : ostooc) assertTrue(p.callAt(e.line()) >= 0, "ostooc rejects a declaration\n" + both);
        Set<Integer> dropped = new HashSet<>();
        for (int k = 0; k < p.calls.size(); k++) {
            int line = p.callLine(k);
            List<CompileErrors> j = javac.stream().filter(e -> e.line() == line).toList(), o = ostooc.stream().filter(e -> e.line() == line).toList();
            if (!j.isEmpty() || !o.isEmpty()) dropped.add(k);
            if (o.stream().anyMatch(CompileErrors::unsupported)) { Statistics.label("calls").collect("unsupported"); continue; }
            Statistics.label("calls").collect(j.isEmpty() ? "accepted" : kind(j.get(0).message()));
            assertEquals(j.isEmpty(), o.isEmpty(), "call " + k + " (line " + line + "): " + (j.isEmpty() ? "javac accepts, ostooc rejects" : "javac rejects, ostooc accepts") + "\n" + both);
            assertEquals(lines(j.subList(0, Math.min(1, j.size()))), lines(o.subList(0, Math.min(1, o.size()))), "call " + k + " (line " + line + "): different errors\n" + both);
        }
        check(seed, OverloadProgram.CLASS, p.source(dropped));
    }

    /**
     * The shapes of javac's overload errors, one call of each (the property meets them at random): arity, compact
     * argument mismatch, varargs mismatch, the candidate list, ambiguity between two and three methods and
     * constructors (javac's pair), nested classes named simply.
     */
    @Test
    void overloadErrorsAreJavacs() {
        String source = """
                public class Main {
                    static String a(int x) { return ""; }
                    static String v(int x, Integer... y) { return ""; }
                    static String w(long... y) { return ""; }
                    static String m(Integer x) { return ""; }
                    static String m(int x, int y) { return ""; }
                    static String k(int x, Integer y) { return ""; }
                    static String k(Integer x, int y) { return ""; }
                    static String q(Object... x) { return ""; }
                    static String q(Integer... x) { return ""; }
                    static String q(int... x) { return ""; }
                    static String r(long x) { return ""; }
                    static String r(Long x) { return ""; }
                    static String r(int x, long... y) { return ""; }
                    static void f(int a, Integer b, Integer c) { }
                    static void f(Integer a, int b, Integer c) { }
                    static void f(Integer a, Integer b, int c) { }
                    static void h(Object a, int b) { }
                    static void h(Number a, long b) { }
                    static void h(Integer a, Object b) { }
                    static void g(Byte a, int... b) { }
                    static void g(double a, Integer... b) { }
                    static class C1 {
                        C1(Byte a) { }
                        C1(short a, Integer... b) { }
                        C1(int a, Integer b) { }
                        C1(Integer a, int b) { }
                        static void m(Byte a) { }
                        static void m(long a, int b) { }
                    }
                    public static void main(String[] args) { }
                """;
        String[] calls = {"a(1, 2)", "a(true)", "a()", "a(1L)", "a((Object) 1)", "v(1, 2.0)", "v(true)", "w(1.5, 2)", "w(new int[0])", "m(true)",
                "m(1L)", "m(null, 1, 2)", "k(1, 2)", "q(1)", "q()", "r(1.5)", "r(1, 2.5)", "f(1, 2, 3)", "h(1, 2)", "g(b, 1, 2)", "new C1()",
                "new C1(1, 2)", "C1.m()", "C1.m(true)"};
        StringBuilder sb = new StringBuilder(source);
        for (int k = 0; k < calls.length; k++) sb.append("    static void t").append(k).append("(Byte b) { ").append(calls[k]).append("; }\n");
        source = sb.append("}\n").toString();
        List<CompileErrors> javac = CompileErrors.javac("Main.java", source);
        assertEquals(calls.length, javac.size(), "one error per call:\n" + lines(javac));
        assertEquals(lines(javac), lines(CompileErrors.ostooc("Main.java", source)));
    }

    /** The JVM against ostooc's builds; a failure reduced to its smallest program with the same kind of failure. */
    private static void check(long seed, String cls, String source) {
        FuzzCheck.Oracle jvm = FuzzCheck.oracle(cls, source);
        assertTrue(jvm.run() != null && jvm.run().exitCode() >= 0, "seed " + seed + ": javac rejects or the JVM run timed out (a generator bug)\n" + jvm.javacErrors() + "\n" + source);
        String end = jvm.run().stderr().lines().findFirst().orElse("exit 0").replaceAll("Exception in thread \"main\" ([\\w.]+).*", "$1");
        Statistics.label("JVM run ends").collect(end);
        Statistics.label("lines printed").collect(Math.min(50, jvm.run().stdout().lines().count() / 10 * 10));
        FuzzCheck.Failure f = FuzzCheck.checkNative(cls, source, jvm.run(), FuzzCheck.BUILDS);
        Statistics.label("outcome").collect(f == null ? "same" : f.kind());
        if (f == null) return;
        String reduced = LineReducer.reduce(source, s -> sameFailure(cls, s, f), 150);
        fail("seed " + seed + ": " + f + "\n--- reduced:\n" + reduced + "\n--- program:\n" + numbered(source));
    }

    private static final java.util.regex.Pattern IDENTITY_HASH = java.util.regex.Pattern.compile("[A-Za-z0-9_$;]@[0-9a-f]+");

    private static boolean sameFailure(String cls, String source, FuzzCheck.Failure want) {
        FuzzCheck.Oracle o = FuzzCheck.oracle(cls, source);
        if (o.run() == null || o.run().exitCode() < 0) return false;
        if (IDENTITY_HASH.matcher(o.run().stdout()).find()) return false;   // a reduction that prints Object's toString: a different hash each run
        FuzzCheck.Build b = FuzzCheck.BUILDS.stream().filter(x -> want.build().equals(x.name()) || want.build().startsWith(x.name() + " under")).findFirst().orElseThrow();
        FuzzCheck.Failure f = FuzzCheck.checkNative(cls, source, o.run(), List.of(b));
        return f != null && f.kind().equals(want.kind());
    }

    /** javac's error for a call, by kind: no suitable method, cannot be applied, incompatible types (one candidate left), ambiguous. */
    private static String kind(String message) {
        return message.startsWith("incompatible types") ? "incompatible types" : message.startsWith("method ") ? "cannot be applied"
                : message.startsWith("reference to") ? "ambiguous" : message.startsWith("no suitable") ? "no suitable method" : message.lines().findFirst().orElse("");
    }

    private static String lines(List<CompileErrors> errors) {
        StringBuilder sb = new StringBuilder();
        for (CompileErrors e : errors) sb.append("  ").append(e).append('\n');
        return sb.toString();
    }

    private static String numbered(String source) {
        StringBuilder sb = new StringBuilder();
        List<String> ls = source.lines().toList();
        for (int i = 0; i < ls.size(); i++) sb.append(String.format("%3d  ", i + 1)).append(ls.get(i)).append('\n');
        return sb.toString();
    }
}

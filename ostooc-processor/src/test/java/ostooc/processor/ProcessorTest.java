package ostooc.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.tools.Diagnostic.Kind;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import ostooc.driver.Compiler;
import ostooc.frontend.SourceFile;

/**
 * javac (javax.tools) with the processor on good and bad sources. A bad source's javac errors must be
 * exactly ostooc's own diagnostics for it — kind, line, column, message — and sit on the line marked
 * {@code // here}; a good one gives no error and, with {@code -Aostoo.output}, an executable whose output is
 * the JVM's on the class files javac wrote in the same run.
 */
class ProcessorTest {
    @TempDir
    Path dir;

    record Reported(Kind kind, long line, long column, String message) { }

    static Stream<Arguments> unsupported() {
        return Stream.of(
                bad("a lambda", "        IntOp twice = x -> 2 * x; // here"),
                bad("a JDK interface", "        CharSequence text = \"ok\"; // here"),
                bad("a generic collection", "        java.util.List<String> l = new java.util.ArrayList<>(); // here"),
                bad("try/catch", "        try { ok++; } catch (RuntimeException e) { ok--; } // here"),
                bad("a JDK class not in the library", "        java.util.Scanner in = null; // here"),
                bad("Math.sin", "        double p = Math.sin(ok); // here"),
                bad("a lossy conversion", "        int x = 1L; // here"),
                bad("an unknown name", "        int y = undefinedName + 1; // here"));
    }

    static Arguments bad(String what, String line) {
        return Arguments.of(what, "public class Bad {\n    interface IntOp { int apply(int x); }\n    public static void main(String[] args) {\n        int ok = 1;\n"
                + line + "\n        System.out.println(ok);\n    }\n}\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsupported")
    void reportsOstoocsDiagnosticsAsJavacErrorsAtTheirPositions(String what, String source) throws IOException {
        Path file = write("Bad.java", source);
        List<Reported> javac = javac(List.of(file), List.of());
        List<Reported> ostooc = new ArrayList<>();
        for (ostooc.frontend.Diagnostic d : Compiler.check(List.of(new SourceFile(file.toString(), source))))
            ostooc.add(new Reported(Kind.ERROR, d.line(), d.column(), d.message()));

        assertFalse(ostooc.isEmpty(), "ostooc accepts it");
        assertEquals(ostooc, errorsAndWarnings(javac));
        long marked = source.lines().takeWhile(l -> !l.endsWith("// here")).count() + 1;
        assertEquals(marked, javac.get(0).line(), javac.toString());
    }

    @Test
    void errorsInSeveralFilesAreEachReportedInTheirFile() throws IOException {
        Path a = write("A.java", "public class A {\n    static int f() { return B.g(); }\n    static long h = 3;\n    static int i = h; // here\n}\n");
        Path b = write("B.java", "public class B {\n    static int g() {\n        Object o = new Object() { };\n        return 1 / 0.5; // here\n    }\n}\n");
        List<Reported> javac = errorsAndWarnings(javac(List.of(a, b), List.of()));
        assertEquals(List.of(4L, 4L), javac.stream().map(Reported::line).toList(), javac.toString());
        assertTrue(javac.get(0).message().contains("possible lossy conversion from long to int"), javac.toString());
        assertTrue(javac.get(1).message().contains("possible lossy conversion from double to int"), javac.toString());
    }

    @Test
    void aSupportedLibraryWithoutMainIsAccepted() throws IOException {
        Path lib = write("Geometry.java", "public class Geometry {\n    record Point(int x, int y) { }\n"
                + "    static int manhattan(Point a, Point b) { return Math.abs(a.x() - b.x()) + Math.abs(a.y() - b.y()); }\n}\n");
        assertEquals(List.of(), errorsAndWarnings(javac(List.of(lib), List.of())));
    }

    @Test
    void writesTheExecutableThatPrintsWhatTheJvmPrints() throws Exception {
        Path hello = repo().resolve("samples/hello/Hello.java");
        Path exe = dir.resolve("hello");
        List<Reported> javac = javac(List.of(hello), List.of("-Aostoo.output=" + exe, "-Aostoo.optimize=s"));
        assertEquals(List.of(), errorsAndWarnings(javac));
        assertTrue(javac.stream().anyMatch(r -> r.kind() == Kind.NOTE && r.message().equals("ostooc: wrote " + exe)), javac.toString());
        assertTrue(Files.isExecutable(exe));
        assertEquals(run(List.of("java", "-cp", dir.resolve("classes").toString(), "Hello")), run(List.of(exe.toString())));
    }

    @Test
    void noExecutableWhenTheSourceHasErrors() throws IOException {
        Path bad = write("Bad.java", "public class Bad { public static void main(String[] a) { Runnable r = () -> { }; } }\n");
        Path exe = dir.resolve("bad");
        assertFalse(errorsAndWarnings(javac(List.of(bad), List.of("-Aostoo.output=" + exe))).isEmpty());
        assertFalse(Files.exists(exe));
    }

    @Test
    void aProgramWithoutMainIsAnErrorOnlyWhenAnExecutableIsAsked() throws IOException {
        Path lib = write("Lib.java", "public class Lib { static int twice(int x) { return 2 * x; } }\n");
        List<Reported> javac = errorsAndWarnings(javac(List.of(lib), List.of("-Aostoo.output=" + dir.resolve("lib"))));
        assertEquals(1, javac.size(), javac.toString());
        assertTrue(javac.get(0).message().startsWith("no class with a main method"), javac.toString());
        assertEquals(-1, javac.get(0).line(), "no position");
    }

    @Test
    void aBadOptimizationLevelIsReported() throws IOException {
        Path hello = repo().resolve("samples/hello/Hello.java");
        List<Reported> javac = errorsAndWarnings(javac(List.of(hello), List.of("-Aostoo.output=" + dir.resolve("h"), "-Aostoo.optimize=9")));
        assertEquals(List.of("ostooc: -Aostoo.optimize=9: expected 0, 1, 2 or s"), javac.stream().map(Reported::message).toList());
    }

    @Test
    void isFoundOnTheProcessorPathThroughItsServiceFile() throws IOException {
        Path file = write("Bad.java", "public class Bad {\n    static Thread thread;\n}\n");
        JavaCompiler jc = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = jc.getStandardFileManager(diags, Locale.ROOT, StandardCharsets.UTF_8)) {
            Files.createDirectories(dir.resolve("classes"));
            List<String> args = List.of("-d", dir.resolve("classes").toString(), "-processorpath", System.getProperty("java.class.path"));
            boolean ok = jc.getTask(null, fm, diags, args, null, fm.getJavaFileObjects(file)).call();
            assertFalse(ok, "javac accepted a Thread: the processor did not run");
        }
        assertTrue(diags.getDiagnostics().stream().anyMatch(d -> d.getKind() == Kind.ERROR && d.getLineNumber() == 2
                && d.getColumnNumber() == 12 && d.getMessage(Locale.ROOT).equals("unsupported: java.lang.Thread (not in ostooc's library yet)")), diags.getDiagnostics().toString());
    }

    // ---- helpers ----

    /** javac with the processor (given as an instance), classes into dir/classes; every diagnostic. */
    private List<Reported> javac(List<Path> files, List<String> options) throws IOException {
        JavaCompiler jc = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
        Files.createDirectories(dir.resolve("classes"));
        try (StandardJavaFileManager fm = jc.getStandardFileManager(diags, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> args = new ArrayList<>(List.of("-d", dir.resolve("classes").toString()));
            args.addAll(options);
            JavaCompiler.CompilationTask task = jc.getTask(null, fm, diags, args, null, fm.getJavaFileObjectsFromPaths(files));
            task.setProcessors(List.of(new OstoocProcessor()));
            task.call();
        }
        List<Reported> out = new ArrayList<>();
        for (javax.tools.Diagnostic<? extends JavaFileObject> d : diags.getDiagnostics())
            out.add(new Reported(d.getKind(), d.getLineNumber(), d.getColumnNumber(), d.getMessage(Locale.ROOT)));
        return out;
    }

    private static List<Reported> errorsAndWarnings(List<Reported> all) {
        return all.stream().filter(r -> r.kind() == Kind.ERROR || r.kind() == Kind.WARNING).toList();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static Path repo() {
        Path p = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(p.resolve("samples/hello"))) p = p.getParent();
        return p;
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}

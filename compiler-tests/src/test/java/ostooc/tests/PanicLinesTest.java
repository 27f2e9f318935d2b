package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import ostooc.driver.Linkers;
import ostooc.driver.Options;

/**
 * Runtime errors whose failing expression spans lines name the JVM's line: each case of
 * {@code panic-lines/PanicLines.java} ({@code static void cN()}, run as {@code PanicLines N}) fails once on
 * the JVM and natively at -O0, -O1, -O2 and in the libc tier, and the panic must report what the JVM's
 * exception reports ({@link PanicReports}: the message, and the line of the first stack frame in the
 * program's file). The JVM runs in process, each case in a fresh class loader (fresh static state), its
 * stack trace taken from the Throwable; the program compiles once per level, so the ~80 cases cost 80 quick runs
 * each instead of 80 programs of the differential suite.
 */
class PanicLinesTest {
    private static final Path SOURCE = Repo.programs().resolveSibling("panic-lines").resolve("PanicLines.java");
    private static final Pattern CASE = Pattern.compile("static void c(\\d+)\\(\\)");

    @Test void everyCaseNamesTheJvmsLine() throws Exception {
        List<String> cases = cases();
        assertTrue(cases.size() >= 80, "cases found: " + cases);
        Path work = Files.createTempDirectory("ostooc-panic-lines-");
        try {
            Path classes = Jvm.compile(List.of(SOURCE), Files.createDirectories(work.resolve("classes")));
            List<String> jvm = new ArrayList<>();
            for (String k : cases) jvm.add(jvmReport(classes, k));
            List<String> failures = new ArrayList<>();
            for (int level = 0; level <= 2; level++) {
                Path exe = Native.compile(List.of(SOURCE), work, "o" + level, "PanicLines", level);
                check(exe, "-O" + level, cases, jvm, failures);
            }
            for (Options.LinkerKind linker : Linkers.libcLinkers()) {
                Path exe = Native.compileLibc(List.of(SOURCE), work, "libc-" + linker, "PanicLines", linker);
                check(exe, "libc, " + linker, cases, jvm, failures);
                break;   // one libc executable: the tiers share the front end that places the lines
            }
            assertEquals(List.of(), failures);
        } finally {
            Differential.deleteTree(work);
        }
    }

    private static void check(Path exe, String level, List<String> cases, List<String> jvm, List<String> failures) {
        for (int i = 0; i < cases.size(); i++) {
            String what = "case c" + cases.get(i) + " (" + level + ")";
            Run r = Processes.run(List.of(exe.toString(), cases.get(i)), exe.getParent(), 30);
            try {
                assertEquals(101, r.exitCode(), "exit code of " + what + ": " + r.stderr());
                PanicReports.check(r.stderr(), jvm.get(i), List.of(SOURCE), what);
            } catch (AssertionError e) {
                failures.add(e.getMessage());
            }
        }
    }

    /** What the JVM prints for case {@code k}'s uncaught exception ("Exception in thread "main" ..." and its frames). */
    private static String jvmReport(Path classes, String k) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Class<?> main = loader.loadClass("PanicLines");
            main.getMethod("main", String[].class).invoke(null, (Object) new String[] {k});
        } catch (InvocationTargetException e) {
            Throwable t = e.getCause();
            StringBuilder out = new StringBuilder("Exception in thread \"main\" ").append(t).append('\n');
            for (StackTraceElement f : t.getStackTrace()) out.append("\tat ").append(f).append('\n');
            return out.toString();
        }
        throw new AssertionError("case c" + k + " does not fail on the JVM");
    }

    private static List<String> cases() throws IOException {
        List<String> out = new ArrayList<>();
        Matcher m = CASE.matcher(Files.readString(SOURCE));
        while (m.find()) out.add(m.group(1));
        return out;
    }
}

package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import ostooc.backend.elf.ExecutableChecks;

/**
 * The central check of the project: a program's stdout and exit code from ostooc equal the JVM's, an
 * uncaught exception on the JVM being a panic (exit 101) natively. Each executable must also obey
 * ostoo's loader rules, and every division must be guarded against MIN / -1 ({@link DivisionGuards}).
 */
public final class Differential {
    private Differential() { }

    public static void check(Program p) throws IOException {
        Path work = Files.createTempDirectory("ostooc-diff-" + p.name() + "-");
        try {
            Path exe = Native.compile(p.sources(), work, "prog", p.mainClass());
            assertEquals(java.util.List.of(), ExecutableChecks.ostooViolations(Files.readAllBytes(exe)), "ostoo loader rules");
            assertEquals(java.util.List.of(), DivisionGuards.violations(exe), "idiv/div without a -1 guard");
            Run nativeRun = Native.run(exe, 30);
            Path classes = Files.createDirectories(work.resolve("classes"));
            Run jvm = Jvm.run(Jvm.compile(p.sources(), classes), p.mainClass(), Jvm.hasIntMain(p.sources()));
            int expectedExit = jvm.uncaughtException() ? 101 : jvm.exitCode();
            assertEquals(jvm.stdout(), nativeRun.stdout(), "stdout of " + p.name() + " (native stderr: " + nativeRun.stderr() + ")");
            assertEquals(expectedExit, nativeRun.exitCode(), "exit code of " + p.name() + "; native stderr: " + nativeRun.stderr()
                    + "; JVM stderr: " + jvm.stderr());
            if (expectedExit == 101) assertTrue(nativeRun.stderr().startsWith("panic: "), "a panic message on stderr: " + nativeRun.stderr());
        } finally {
            deleteTree(work);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

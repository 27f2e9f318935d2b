package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import ostooc.backend.elf.ExecutableChecks;
import ostooc.driver.Linkers;
import ostooc.driver.Options;

/**
 * The central check of the project: a program's stdout and exit code from ostooc equal the JVM's, an
 * uncaught exception on the JVM being a panic (exit 101) natively, in both runtime tiers, and at -O2 (the
 * inliner) in the freestanding tier; a panic reports the JVM's exception message and line ({@link PanicReports}).
 * Each executable must also obey
 * ostoo's loader rules, and every division must be guarded against MIN / -1 ({@link DivisionGuards}).
 */
public final class Differential {
    private Differential() { }

    /**
     * Both tiers: the freestanding executable, and the libc one linked by every linker that can link musl
     * ({@link Linkers#libcLinkers}: GNU ld, and ours once it reads libc.a), so those executables also behave
     * identically. The division-guard check looks at the freestanding executable only: the libc one holds
     * musl's own code, and ours is the same compiler output.
     */
    public static void check(Program p) throws IOException {
        Path work = Files.createTempDirectory("ostooc-diff-" + p.name() + "-");
        try {
            Path classes = Files.createDirectories(work.resolve("classes"));
            Run jvm = Jvm.run(Jvm.compile(p.sources(), classes), p.mainClass(), Jvm.hasIntMain(p.sources()));
            Path exe = Native.compile(p.sources(), work, "prog", p.mainClass());
            assertEquals(java.util.List.of(), DivisionGuards.violations(exe), "idiv/div without a -1 guard");
            behavesAsOnTheJvm(p, exe, jvm, "freestanding");
            Path optimized = Native.compile(p.sources(), work, "prog-o2", p.mainClass(), 2);
            assertEquals(java.util.List.of(), DivisionGuards.violations(optimized), "idiv/div without a -1 guard at -O2");
            behavesAsOnTheJvm(p, optimized, jvm, "freestanding, -O2");
            for (Options.LinkerKind linker : Linkers.libcLinkers()) {
                String tier = "libc, linked by " + linker.name().toLowerCase(java.util.Locale.ROOT);
                behavesAsOnTheJvm(p, Native.compileLibc(p.sources(), work, "prog-libc-" + linker, p.mainClass(), linker), jvm, tier);
            }
        } finally {
            deleteTree(work);
        }
    }

    private static void behavesAsOnTheJvm(Program p, Path exe, Run jvm, String tier) throws IOException {
        String what = p.name() + " (" + tier + " tier)";
        assertEquals(java.util.List.of(), ExecutableChecks.ostooViolations(Files.readAllBytes(exe)), "ostoo loader rules, " + what);
        Run nativeRun = Native.run(exe, 30);
        int expectedExit = jvm.uncaughtException() ? 101 : jvm.exitCode();
        assertEquals(jvm.stdout(), nativeRun.stdout(), "stdout of " + what + " (native stderr: " + nativeRun.stderr() + ")");
        assertEquals(expectedExit, nativeRun.exitCode(), "exit code of " + what + "; native stderr: " + nativeRun.stderr()
                + "; JVM stderr: " + jvm.stderr());
        if (expectedExit == 101) PanicReports.check(nativeRun.stderr(), jvm.stderr(), p.sources(), what);
    }

    static void deleteTree(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

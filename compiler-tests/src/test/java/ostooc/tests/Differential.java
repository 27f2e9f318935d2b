package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import ostooc.backend.elf.ExecutableChecks;
import ostooc.driver.Linkers;
import ostooc.driver.Options;

/**
 * The central check of the project: a program's stdout and exit code from ostooc equal the JVM's, an
 * uncaught exception on the JVM being a panic (exit 101) natively, at every optimization level (-O0: no IR
 * passes, -O1, -O2: the copying inliner, -Os: byte-aligned functions) in the freestanding tier and at -O1
 * in the libc tier; a panic reports the JVM's exception message and line ({@link PanicReports}).
 * Each executable must also obey
 * ostoo's loader rules, and every division must be guarded against MIN / -1 ({@link DivisionGuards}).
 * The -O0 and -O2 freestanding executables and the libc ones also run as ostoo starts them ({@link OstooExec}:
 * 32 KiB stack, argc = 0, ostoo's syscalls only, x87 control word 0) and must still behave as on the JVM.
 */
public final class Differential {
    private Differential() { }

    /** The optimization levels every program runs at in the freestanding tier: all that the command line accepts. */
    static final List<Options.OptLevel> LEVELS = List.of(Options.OptLevel.values());

    /**
     * The freestanding levels whose executables also run under ostoo-exec: -O0, the deepest stack frames (no
     * inlining, every value in its own slot), and -O2, the code users ship. -O1 and -Os lie between them in
     * stack use and run the same passes as one of them; running them too would cost suite time for little.
     */
    static final List<Options.OptLevel> OSTOO_LEVELS = List.of(Options.OptLevel.O0, Options.OptLevel.O2);

    /**
     * The environment of the runs under ostoo-exec: the JVM oracle inherits the test's environment, and the
     * programs read only PATH (Environment.java), which ostoo's userspace shell passes too. Only PATH: every
     * entry is copied onto the 32 KiB stack.
     */
    static final Map<String, String> OSTOO_ENV = System.getenv("PATH") == null ? Map.of() : Map.of("PATH", System.getenv("PATH"));

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
            for (Options.OptLevel level : LEVELS) {
                Path exe = Native.compile(p.sources(), work, "prog" + level.flag(), p.mainClass(), level);
                assertEquals(List.of(), DivisionGuards.violations(exe), "idiv/div without a -1 guard at " + level.flag());
                behavesAsOnTheJvm(p, exe, jvm, "freestanding, " + level.flag());
                if (OSTOO_LEVELS.contains(level)) behavesAsOnOstoo(p, exe, jvm, "freestanding, " + level.flag());
            }
            for (Options.LinkerKind linker : Linkers.libcLinkers()) {
                String tier = "libc, linked by " + linker.name().toLowerCase(java.util.Locale.ROOT);
                Path exe = Native.compileLibc(p.sources(), work, "prog-libc-" + linker, p.mainClass(), linker);
                behavesAsOnTheJvm(p, exe, jvm, tier);
                behavesAsOnOstoo(p, exe, jvm, tier);
            }
        } finally {
            deleteTree(work);
        }
    }

    private static void behavesAsOnTheJvm(Program p, Path exe, Run jvm, String tier) throws IOException {
        String what = p.name() + " (" + tier + " tier)";
        assertEquals(List.of(), ExecutableChecks.ostooViolations(Files.readAllBytes(exe)), "ostoo loader rules, " + what);
        sameAsTheJvm(p, Native.run(exe, 30), jvm, what);
    }

    /** The same executable started as ostoo starts it; the JVM ran without arguments, so argc = 0 here. */
    private static void behavesAsOnOstoo(Program p, Path exe, Run jvm, String tier) throws IOException {
        sameAsTheJvm(p, OstooExec.run(exe, List.of(), OSTOO_ENV, 30), jvm, p.name() + " (" + tier + " tier, under ostoo-exec)");
    }

    private static void sameAsTheJvm(Program p, Run nativeRun, Run jvm, String what) throws IOException {
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

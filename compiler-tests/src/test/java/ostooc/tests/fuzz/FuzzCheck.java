package ostooc.tests.fuzz;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import ostooc.driver.Options;
import ostooc.driver.Result;
import ostooc.frontend.SourceFile;
import ostooc.frontend.Tier;
import ostooc.tests.Native;
import ostooc.tests.PanicReports;
import ostooc.tests.Run;

/**
 * One generated source (a program or a batch of them) through the oracle and ostooc: javac and the
 * in-process JVM ({@link FuzzJvm}), then ostooc in-process (one warm compiler: the driver's API; the
 * library's parse trees cached, see ParseAll) at -O0, -O1, -O2 and in the libc tier, each executable run
 * as a child process. Returns null when every build printed what the JVM printed and exited as it did (an
 * uncaught exception being a panic, exit 101, whose message and line match the JVM's), else the first
 * {@link Failure}.
 */
public final class FuzzCheck {
    private FuzzCheck() { }

    /** What went wrong, by kind (statistics count kinds), at which build, and the details. */
    public record Failure(String kind, String build, String detail) {
        @Override
        public String toString() { return kind + " at " + build + ": " + detail; }
    }

    public record Build(String name, Options.OptLevel level, Tier tier) { }

    /** Where the time goes (nanoseconds over all threads), for the campaign's statistics. */
    static final java.util.concurrent.atomic.LongAdder JAVAC = new java.util.concurrent.atomic.LongAdder(), JVM = new java.util.concurrent.atomic.LongAdder(),
            COMPILE = new java.util.concurrent.atomic.LongAdder(), RUN = new java.util.concurrent.atomic.LongAdder();

    static String timing() {
        return String.format("time in javac %.1f s, JVM runs %.1f s, ostooc %.1f s, native runs %.1f s (all threads)%n",
                JAVAC.sum() / 1e9, JVM.sum() / 1e9, COMPILE.sum() / 1e9, RUN.sum() / 1e9);
    }

    public static final List<Build> BUILDS = List.of(
            new Build("-O0", Options.OptLevel.O0, Tier.FREESTANDING),
            new Build("-O1", Options.OptLevel.O1, Tier.FREESTANDING),
            new Build("-O2", Options.OptLevel.O2, Tier.FREESTANDING),
            new Build("libc -O1", Options.OptLevel.O1, Tier.LIBC));

    /** The JVM's run of a source; null classes when javac rejected it (a generator bug). */
    public record Oracle(Run run, String javacErrors) { }

    public static Oracle oracle(String className, String source) {
        StringWriter errors = new StringWriter();
        long t0 = System.nanoTime();
        Map<String, byte[]> classes = FuzzJvm.compile(className, source, errors);
        long t1 = System.nanoTime();
        JAVAC.add(t1 - t0);
        if (classes == null) return new Oracle(null, errors.toString());
        Run run = FuzzJvm.run(className, classes, 20_000);
        JVM.add(System.nanoTime() - t1);
        return new Oracle(run, null);
    }

    public static Failure check(String className, String source) {
        Oracle o = oracle(className, source);
        if (o.run() == null) return new Failure("generator: javac rejected the program", "javac", o.javacErrors());
        if (o.run().exitCode() < 0) return new Failure("generator: JVM run timed out", "jvm", o.run().stderr());
        return checkNative(className, source, o.run(), BUILDS);
    }

    public static Failure checkNative(String className, String source, Run jvm, List<Build> builds) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("ostooc-fuzz-");
            for (Build b : builds) {
                Failure f = checkBuild(className, source, jvm, b, dir);
                if (f != null) return f;
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) deleteTree(dir);
        }
    }

    private static Failure checkBuild(String className, String source, Run jvm, Build b, Path dir) {
        Path exe = dir.resolve("prog-" + b.level() + "-" + b.tier());
        Options options = new Options(List.of(), exe, className, Options.Emit.EXE, b.level()).withTier(b.tier());
        Result r;
        long t0 = System.nanoTime();
        try {
            r = ostooc.driver.Compiler.compile(List.of(new SourceFile(className + ".java", source)), options);
        } catch (Throwable t) {
            String msg = String.valueOf(t.getMessage());
            String first = msg.lines().limit(2).reduce((x, y) -> x + " " + y.strip()).orElse("");
            return new Failure("internal compiler error: " + signature(t, first), b.name(), t + "\n" + stackTop(t));
        }
        long t1 = System.nanoTime();
        COMPILE.add(t1 - t0);
        if (!r.ok()) return new Failure("rejected valid Java: " + firstMessage(r.formatDiagnostics()), b.name(), r.formatDiagnostics());
        Run linux, ostoo;
        try {
            linux = Native.run(exe, 20);
            // -O0 (the deepest frames) and libc also as ostoo starts them: 32 KiB stack, argc 0, ostoo's syscalls
            ostoo = b.level() == Options.OptLevel.O0 || b.tier() == Tier.LIBC ? ostooc.tests.OstooExec.run(exe, 20) : null;
        } catch (AssertionError timedOut) {   // the JVM finished within its limit: a hang or a slowdown natively
            RUN.add(System.nanoTime() - t1);
            return new Failure("native run timed out", b.name(), String.valueOf(timedOut.getMessage()));
        }
        RUN.add(System.nanoTime() - t1);
        Failure f = compareRun(className, jvm, linux, b.name());
        return f != null || ostoo == null ? f : compareRun(className, jvm, ostoo, b.name() + " under ostoo-exec");
    }

    private static Failure compareRun(String className, Run jvm, Run nat, String build) {
        int expectedExit = jvm.uncaughtException() ? 101 : jvm.exitCode();
        if (!jvm.stdout().equals(nat.stdout())) {
            return new Failure(nat.exitCode() >= 128 || nat.exitCode() == 134 || nat.exitCode() == 139 ? "crash (signal " + (nat.exitCode() - 128) + ")"
                    : nat.exitCode() != expectedExit ? "different output and exit code" : "different output", build, firstDifference(jvm, nat));
        }
        if (nat.exitCode() != expectedExit) {
            return new Failure(nat.exitCode() >= 128 ? "crash (signal " + (nat.exitCode() - 128) + ")" : "different exit code", build,
                    "exit " + nat.exitCode() + ", expected " + expectedExit + "; native stderr: " + nat.stderr() + "; JVM stderr: " + jvm.stderr());
        }
        if (expectedExit == 101) {
            try {
                PanicReports.check(nat.stderr(), jvm.stderr(), List.of(Path.of(className + ".java")), className);
            } catch (AssertionError e) {
                return new Failure(e.getMessage().contains("location") ? "panic location differs" : "panic message differs", build, e.getMessage());
            }
        }
        return null;
    }

    /** A short, stable key for an internal error: the exception class and the message's invariant part. */
    private static String signature(Throwable t, String first) {
        String s = first.replaceAll("%\\d+", "%N").replaceAll("@[\\w.$<>\"()\\[\\];/]+", "@F").replaceAll("\\bb\\d+\\b", "bN");
        s = s.length() > 160 ? s.substring(0, 160) : s;
        return t.getClass().getSimpleName() + ": " + s;
    }

    private static String stackTop(Throwable t) {
        StringBuilder sb = new StringBuilder();
        StackTraceElement[] st = t.getStackTrace();
        for (int i = 0; i < Math.min(8, st.length); i++) sb.append("\tat ").append(st[i]).append('\n');
        return sb.toString();
    }

    private static String firstMessage(String diagnostics) {
        String first = diagnostics.lines().findFirst().orElse("");
        int e = first.indexOf("error: ");
        return e >= 0 ? first.substring(e + 7) : first;
    }

    static String firstDifference(Run jvm, Run nat) {
        List<String> a = jvm.stdout().lines().toList(), b = nat.stdout().lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "<no line>", y = i < b.size() ? b.get(i) : "<no line>";
            if (!x.equals(y)) return "line " + (i + 1) + "\n  JVM:    " + x + "\n  native: " + y + "\n  (native exit " + nat.exitCode()
                    + ", stderr: " + nat.stderr().strip() + ")";
        }
        return "same lines, different text";
    }

    static void deleteTree(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind
        }
    }
}

package ostooc.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ostooc.driver.Options;

/**
 * Runs a generated program on both sides and compares: the JVM in-process ({@link InProcessJvm}), ostooc
 * natively at each IR pass level ({@link Native}, {@link #LEVELS}, with the {@link DivisionGuards} check
 * on each binary), and the {@link #OSTOO_LEVEL} executable also as ostoo starts it ({@link OstooExec}). Each
 * output line has a label (the expression or statement that printed it), so a mismatch names its level and its
 * first differing source.
 */
public final class GeneratedCheck {
    private GeneratedCheck() { }

    /**
     * -O0, -O1 and -O2: each runs a different IR pipeline. -Os is left out here (it runs -O1's passes and only
     * packs functions differently, which the program suite, {@link Differential#LEVELS}, covers) since
     * every level costs a compile and a run per generated program.
     */
    static final List<Options.OptLevel> LEVELS = List.of(Options.OptLevel.O0, Options.OptLevel.O1, Options.OptLevel.O2);

    /**
     * The level whose executable also runs under ostoo-exec (32 KiB stack, argc = 0, ostoo's syscalls): -O0,
     * whose frames are the deepest. One level only: the run is cheap, but the programs differ in their code, not
     * in how they start.
     */
    static final Options.OptLevel OSTOO_LEVEL = Options.OptLevel.O0;

    /** Compiles {@code source} with ostooc (-O1) and runs the executable. */
    public static Run runNative(String className, String source) {
        return runNative(className, source, Options.OptLevel.O1);
    }

    /** Compiles {@code source} with ostooc at {@code level} and runs the executable. */
    public static Run runNative(String className, String source, Options.OptLevel level) {
        return runNative(className, source, level, false).get(0);
    }

    /** As above; with {@code underOstoo}, the same executable then also runs under {@link OstooExec} (the second run). */
    static List<Run> runNative(String className, String source, Options.OptLevel level, boolean underOstoo) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("ostooc-gen-");
            Path file = dir.resolve(className + ".java");
            Files.writeString(file, source);
            Path exe = Native.compile(List.of(file), dir, "prog", className, level);
            List<String> unguarded = DivisionGuards.violations(exe);
            if (!unguarded.isEmpty()) throw new AssertionError("divisions without a -1 guard at " + level.flag() + ":\n" + String.join("\n", unguarded));
            Run linux = Native.run(exe, 30);
            return underOstoo ? List.of(linux, OstooExec.run(exe, 30)) : List.of(linux);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) {
                try { Differential.deleteTree(dir); } catch (IOException ignored) { }
            }
        }
    }

    /**
     * Runs {@code source} on the JVM and natively at each level (at {@link #OSTOO_LEVEL} under ostoo-exec too); on
     * a difference, fails naming the level and the first differing line's label, and keeps the source (also quoted in the message when short) in
     * {@code target/ostooc-failures/}.
     */
    public static void assertSameOutput(String className, String source, List<String> labels) {
        String jvm = InProcessJvm.run(className, source);
        String diff = null;
        for (Options.OptLevel level : LEVELS) {
            List<Run> runs = runNative(className, source, level, level == OSTOO_LEVEL);
            for (int i = 0; i < runs.size() && diff == null; i++) {
                String d = firstDifference(labels, jvm, runs.get(i));
                if (d != null) diff = "at " + level.flag() + (i == 0 ? "" : " under ostoo-exec") + ": " + d;
            }
            if (diff != null) break;
        }
        if (diff == null) return;
        String kept;
        try {
            Path dir = Files.createDirectories(Path.of("target", "ostooc-failures", className + "-" + Integer.toHexString(source.hashCode())));
            kept = Files.writeString(dir.resolve(className + ".java"), source).toAbsolutePath().toString();
        } catch (IOException e) {
            kept = "(not kept: " + e + ")";
        }
        throw new AssertionError(diff + "\nprogram: " + kept + (source.length() < 3000 ? "\n" + source : ""));
    }

    /** Null if both runs printed the same lines and native exited 0; otherwise a description of the first difference. */
    public static String firstDifference(List<String> labels, String jvmOut, Run nat) {
        List<String> expected = jvmOut.lines().toList();
        List<String> actual = nat.stdout().lines().toList();
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : "<no line>";
            String a = i < actual.size() ? actual.get(i) : "<no line>";
            if (!e.equals(a)) {
                String label = i < labels.size() ? labels.get(i) : "<line " + (i + 1) + ", past the last label>";
                return "line " + (i + 1) + " differs: " + label + "\n  JVM:    " + e + "\n  native: " + a
                        + "\n  (native exit " + nat.exitCode() + ", stderr: " + nat.stderr().strip() + ")";
            }
        }
        if (!jvmOut.equals(nat.stdout())) return "same lines but different line endings or trailing text";
        if (nat.exitCode() != 0) return "native exit code " + nat.exitCode() + " (JVM: 0); stderr: " + nat.stderr().strip();
        return null;
    }
}

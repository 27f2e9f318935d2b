package ostooc.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a generated program on both sides and compares: the JVM in-process ({@link InProcessJvm}), ostooc
 * natively ({@link Native}, with the {@link DivisionGuards} check on the binary). Each output line has a
 * label (the expression or statement that printed it), so a mismatch names its first differing source.
 */
public final class GeneratedCheck {
    private GeneratedCheck() { }

    /** Compiles {@code source} with ostooc and runs the executable. */
    public static Run runNative(String className, String source) { return runNative(className, source, 1); }

    /** As {@link #runNative(String, String)}, at IR pass level {@code optLevel} (0, 1 or 2). */
    public static Run runNative(String className, String source, int optLevel) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("ostooc-gen-");
            Path file = dir.resolve(className + ".java");
            Files.writeString(file, source);
            Path exe = Native.compile(List.of(file), dir, "prog", className, optLevel);
            List<String> unguarded = DivisionGuards.violations(exe);
            if (!unguarded.isEmpty()) throw new AssertionError("divisions without a -1 guard:\n" + String.join("\n", unguarded));
            return Native.run(exe, 30);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) {
                try { Differential.deleteTree(dir); } catch (IOException ignored) { }
            }
        }
    }

    /**
     * Runs {@code source} on both sides; on a difference, fails naming the first differing line's label, and
     * keeps the source (also quoted in the message when short) in {@code target/ostooc-failures/}.
     */
    public static void assertSameOutput(String className, String source, List<String> labels) {
        assertSameOutput(className, source, labels, 1);
    }

    /** As {@link #assertSameOutput(String, String, List)}, natively at each of {@code optLevels} (0, 1, 2). */
    public static void assertSameOutput(String className, String source, List<String> labels, int... optLevels) {
        String jvm = InProcessJvm.run(className, source);
        String diff = null;
        for (int level : optLevels) {
            if (diff != null) break;
            try {
                diff = firstDifference(labels, jvm, runNative(className, source, level));
            } catch (RuntimeException | AssertionError e) {   // rejected, or an internal error: keep the program too
                diff = "ostooc failed: " + String.join("\n", e.toString().lines().limit(8).toList());
            }
            if (diff != null && optLevels.length > 1) diff = "-O" + level + ": " + diff;
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

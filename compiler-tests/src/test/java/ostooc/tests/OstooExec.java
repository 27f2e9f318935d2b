package ostooc.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs an executable the way ostoo starts it, on Linux: under ostoo-exec ({@code src/test/c/ostoo-exec.c}),
 * which gives the program ostoo's fixed 32 KiB stack (with a guard page below it), argc = 0 when there are no
 * arguments (ostoo's kernel shell {@code exec}), no environment unless given, garbage in the registers ostoo
 * leaves unset, FS base 0, x87 control word 0, and only ostoo's system calls (a seccomp filter; the others
 * return -ENOSYS). {@link Native#run} runs the same executable as a Linux process (8 MiB stack, argc 1, every
 * syscall), which hides exactly these differences.
 * <p>ostoo-exec is built with gcc once per test run (the first use in this JVM) into {@code target/}; gcc is
 * required, as for the other C helpers of the suite: without it the tests fail, saying so, never skip.
 */
public final class OstooExec {
    /** ostoo-exec's own exit codes: ostoo's loader would panic, or would refuse the ELF. */
    static final int LOADER_PANIC = 125, LOADER_REFUSES = 126;

    private static Path binary;

    private OstooExec() { }

    /**
     * Runs {@code exe} under ostoo-exec. No {@code args} gives argc = 0; otherwise argv is the executable's
     * file name followed by {@code args}, as ostoo's userspace shell passes them (argv[0] = the word typed), so
     * Java's {@code main} sees exactly {@code args}. {@code env} becomes the whole environment.
     */
    public static Run run(Path exe, List<String> args, Map<String, String> env, long timeoutSeconds) {
        List<String> cmd = new ArrayList<>(List.of(binary().toString()));
        new java.util.TreeMap<>(env).forEach((name, value) -> { cmd.add("-e"); cmd.add(name + "=" + value); });   // a fixed stack image
        cmd.add(exe.toString());
        if (!args.isEmpty()) {
            cmd.add(exe.getFileName().toString());
            cmd.addAll(args);
        }
        return Processes.run(cmd, exe.getParent(), timeoutSeconds);
    }

    /** {@link #run(Path, List, Map, long)} with argc = 0 and no environment: the kernel shell's {@code exec}. */
    public static Run run(Path exe, long timeoutSeconds) {
        return run(exe, List.of(), Map.of(), timeoutSeconds);
    }

    /** ostoo-exec, built from the test tree's source on the first call of this run. */
    static synchronized Path binary() {
        if (binary != null) return binary;
        Path source = Repo.root().resolve("compiler-tests/src/test/c/ostoo-exec.c");
        Path target = Repo.root().resolve("compiler-tests/target");
        try {
            Files.createDirectories(target);
            // Built beside its final name and moved there: an ostoo-exec of an earlier run may still be executing.
            Path tmp = Files.createTempFile(target, "ostoo-exec", ".tmp");
            List<String> cc = List.of("gcc", "-O2", "-Wall", "-Werror", "-o", tmp.toString(), source.toString());
            Run r;
            try {
                r = Processes.run(cc, target, 120);
            } catch (AssertionError e) {
                if (!(e.getCause() instanceof IOException)) throw e;   // gcc ran, but timed out
                throw new AssertionError("gcc is required to build ostoo-exec, which runs the test programs as ostoo"
                        + " starts them (install gcc and libc6-dev; .ci/run does): " + e.getMessage(), e);
            }
            if (r.exitCode() != 0) throw new AssertionError("gcc could not build " + source + ":\n" + r.stderr());
            Path exe = target.resolve("ostoo-exec");
            Files.move(tmp, exe, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            binary = exe;
            return exe;
        } catch (IOException e) {
            throw new AssertionError("cannot build ostoo-exec into " + target + ": " + e, e);
        }
    }
}

package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An executable run under {@code strace -f}: the system calls it made, in order, without strace's own
 * {@code execve} (the log's first line), and the check that ostoo implements each of them.
 */
record Strace(List<String> lines, List<String> calls) {
    /** The system calls ostoo implements (../shared/ostoo-abi.md). */
    static final Set<String> OSTOO_SYSCALLS = Set.of("read", "write", "open", "close", "fstat", "lseek", "mmap", "mprotect",
            "munmap", "brk", "rt_sigaction", "rt_sigprocmask", "rt_sigreturn", "ioctl", "writev", "pipe", "madvise", "dup2",
            "getpid", "clone", "execve", "exit", "wait4", "kill", "fcntl", "getcwd", "chdir", "sigaltstack", "arch_prctl",
            "futex", "sched_getaffinity", "getdents64", "set_tid_address", "clock_gettime", "exit_group", "set_robust_list",
            "pipe2", "getrandom");

    private static final Pattern CALL = Pattern.compile("^(?:\\d+\\s+|\\[pid\\s+\\d+\\]\\s+)?([a-z_0-9]+)\\(");

    /** Runs {@code exe} (in {@code dir}, which also holds the log) under strace; it must exit 0. */
    static Strace run(Path exe, Path dir) throws IOException {
        Path log = Files.createTempFile(dir, "strace", ".log");
        Run r = Processes.run(List.of("strace", "-f", "-qq", "-e", "trace=all", "-o", log.toString(), exe.toString()), dir, 30);
        assertEquals(0, r.exitCode(), r.stderr());
        List<String> lines = Files.readAllLines(log);
        assertFalse(lines.isEmpty(), "empty strace log");
        assertTrue(lines.get(0).matches("^(\\d+\\s+)?execve\\(.*"), "first line is strace's own execve: " + lines.get(0));
        List<String> calls = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            Matcher m = CALL.matcher(line);
            if (m.find()) calls.add(m.group(1));
        }
        return new Strace(lines, calls);
    }

    /** Fails, listing the whole log, when the program made a system call ostoo does not implement. */
    void assertOnlyOstooSyscalls() {
        assertEquals(List.of(), calls.stream().filter(n -> !OSTOO_SYSCALLS.contains(n)).toList(),
                "system calls ostoo does not implement:\n" + String.join("\n", lines));
    }
}

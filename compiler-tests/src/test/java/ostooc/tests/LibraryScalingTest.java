package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 10: no library routine of the shim is quadratic. Each routine of
 * {@code resources/scaling/LibraryScaling.java} (Arrays.toString of every type, the deep methods, String's
 * and StringBuilder's building and searching methods, number formatting) runs natively at a size n and
 * at 8n; the bytes it allocated (exact: the freestanding heap is a bump allocator) and its CPU time
 * must grow less than 20× (linear gives 8×, n log n about 10×, quadratic 64×).
 *
 * <p>Robust on a loaded machine: bytes are deterministic; time is the process's CPU time around the
 * routine alone (not wall time, not start-up), n is doubled until a run takes at least
 * {@value #MIN_CPU_MS} ms (so timer resolution and noise are small against it), each size is measured
 * {@value #RUNS} times and the fastest run counts, and a time ratio over the limit is measured again
 * (up to {@value #ATTEMPTS} times) before it fails: a quadratic routine fails every attempt. Every run
 * is limited to {@value #DATA_LIMIT_MB} MiB of data ({@code prlimit}), so a quadratic routine ends with
 * "out of memory" (exit 102) instead of taking the machine's memory.
 */
class LibraryScalingTest {
    static final double MAX_RATIO = 20;
    static final long MIN_CPU_MS = 10;
    static final long MAX_BYTES_AT_N = 16L << 20;   // calibration stops here: 8n then stays within the data limit
    static final int START_N = 16384, MAX_N = 1 << 22;
    static final int RUNS = 3, ATTEMPTS = 3;
    static final long DATA_LIMIT_MB = 512;

    private static final Pattern RESULT = Pattern.compile("bytes (\\d+) cpu (\\d+) check (-?\\d+)\n");

    static Path work;
    static Path exe;

    @BeforeAll
    static void compile() throws IOException {
        work = Files.createTempDirectory("ostooc-scaling-");
        Path src = Repo.root().resolve("compiler-tests/src/test/resources/scaling/LibraryScaling.java");
        exe = Native.compile(List.of(src), work, "scaling", "LibraryScaling");
    }

    @AfterAll
    static void clean() throws IOException {
        if (work != null) Differential.deleteTree(work);
    }

    /** One run: the routine's bytes and CPU nanoseconds. */
    record Measure(long bytes, long cpuNanos) { }

    @TestFactory
    Stream<DynamicTest> libraryRoutinesScaleLinearly() {
        Run names = Processes.run(List.of(exe.toString(), "list"), work, 30);
        assertEquals(0, names.exitCode(), names.stderr());
        List<String> routines = names.stdout().lines().toList();
        assertTrue(routines.size() >= 40, "the routines: " + routines);
        return routines.stream().map(r -> DynamicTest.dynamicTest(r, () -> checkLinear(r)));
    }

    static void checkLinear(String routine) {
        int n = START_N;
        for (Measure probe = measure(routine, n); probe.cpuNanos < MIN_CPU_MS * 1_000_000 && probe.bytes < MAX_BYTES_AT_N && n < MAX_N; ) {
            n *= 2;
            probe = measure(routine, n);
        }
        Measure m = fastest(routine, n);
        Measure big = fastest(routine, 8 * n);
        double bytes = (double) big.bytes / m.bytes;
        assertTrue(bytes < MAX_RATIO, routine + ": allocation grows " + String.format("%.1f", bytes) + "× from n = " + n
                + " (" + m.bytes + " bytes) to 8n (" + big.bytes + " bytes); linear is 8×");
        boolean timed = m.cpuNanos >= MIN_CPU_MS * 500_000;   // else too fast to time at the sizes memory allows: bytes only
        double time = (double) big.cpuNanos / m.cpuNanos;
        for (int attempt = 1; timed && time >= MAX_RATIO && attempt < ATTEMPTS; attempt++) {
            m = fastest(routine, n);
            big = fastest(routine, 8 * n);
            time = (double) big.cpuNanos / m.cpuNanos;
        }
        synchronized (InProcessJvm.STDOUT_LOCK) {   // not into the output of an in-process JVM run of another test class (the fuzzer's)
            System.out.printf("%-36s n = %7d: bytes %10d -> %11d (%4.1f×), CPU %7d -> %8d µs (%4.1f×%s)%n", routine, n, m.bytes, big.bytes,
                    bytes, m.cpuNanos / 1000, big.cpuNanos / 1000, time, timed ? "" : ", not checked");
        }
        if (!timed) return;
        assertTrue(time < MAX_RATIO, routine + ": CPU time grows " + String.format("%.1f", time) + "× from n = " + n
                + " (" + m.cpuNanos / 1000 + " µs) to 8n (" + big.cpuNanos / 1000 + " µs); linear is 8×");
    }

    /** {@value #RUNS} runs at size n: the bytes (the same every time) and the least CPU time. */
    static Measure fastest(String routine, int n) {
        Measure best = null;
        for (int i = 0; i < RUNS; i++) {
            Measure m = measure(routine, n);
            if (best != null) assertEquals(best.bytes, m.bytes, routine + " at n = " + n + ": allocation is deterministic");
            if (best == null || m.cpuNanos < best.cpuNanos) best = m;
        }
        return best;
    }

    static Measure measure(String routine, int n) {
        Run r = Processes.run(List.of("prlimit", "--data=" + (DATA_LIMIT_MB << 20), exe.toString(), routine, Integer.toString(n)), work, 120);
        assertTrue(r.exitCode() != 102, routine + " at n = " + n + " ran out of its " + DATA_LIMIT_MB + " MiB: allocation grows faster than linearly");
        assertEquals(0, r.exitCode(), routine + " at n = " + n + ": " + r.stderr());
        Matcher m = RESULT.matcher(r.stdout());
        assertTrue(m.matches(), routine + " at n = " + n + " printed: " + r.stdout());
        return new Measure(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
    }
}

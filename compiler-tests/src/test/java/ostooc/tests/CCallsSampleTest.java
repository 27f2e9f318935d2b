package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ostooc.driver.Linkers;
import ostooc.driver.Options;

/**
 * samples/c-calls: Java calling musl (strlen, qsort with a Java comparator, variadic snprintf and printf).
 * It calls C, so the JVM cannot be the oracle: the C results are checked against Java's own Arrays.sort and
 * String.format, and every libc linker must make an executable that prints the same.
 */
class CCallsSampleTest {
    static Path work;

    @BeforeAll
    static void setUp() throws IOException { work = Files.createTempDirectory("ostooc-c-calls-"); }

    @AfterAll
    static void clean() throws IOException {
        if (work != null) Differential.deleteTree(work);
    }

    static Path source() { return Repo.samples().resolve("c-calls/CCalls.java"); }

    static String expected() {
        int[] sorted = {42, -7, 1000, 3, 0, 19};
        Arrays.sort(sorted);
        String formatted = String.format(Locale.ROOT, "%d values, ratio %.3f", sorted.length, 22.0 / 7.0);
        return String.join("\n",
                "strlen(\"ostoo\") = " + "ostoo".length(),
                "qsort with a Java comparator: " + Arrays.toString(sorted),
                "snprintf: " + formatted + " (" + formatted.length() + " chars)",
                "printf says: C and Java output interleave in order",   // stdout is a pipe: flushed before Java's next line
                "Java again") + "\n";
    }

    @Test
    void everyLibcLinkerMakesAnExecutableThatComputesWhatJavaDoes() {
        for (Options.LinkerKind linker : Linkers.libcLinkers()) {
            Path exe = Native.compileLibc(List.of(source()), work, "c-calls-" + linker, null, linker);
            Run r = Processes.run(List.of(exe.toString()), work, 30);
            assertEquals(0, r.exitCode(), r.stderr());
            assertEquals(expected(), r.stdout(), "linked by " + linker);
        }
    }
}

package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime's alloc-error handler, as in the seed: when brk cannot grow, the program prints
 * {@code out of memory} on stderr and exits 102. The JVM cannot be the oracle here (it throws
 * OutOfMemoryError at a heap size of its own choosing), so the native run is checked directly, with the
 * data segment limited by {@code prlimit} so that brk fails at a known size.
 */
class OutOfMemoryTest {
    private static final String PROGRAM = """
            public class Hog {
                public static void main(String[] args) {
                    String s = "0123456789abcdef";
                    for (int i = 0; i < 40; i++) {
                        s = s + s;   // doubles each round: 32 MiB of chars by round 20
                        System.out.println(i);
                    }
                }
            }
            """;

    @Test
    void outOfMemoryPrintsAndExits102(@TempDir Path dir) throws IOException {
        Path src = Files.writeString(dir.resolve("Hog.java"), PROGRAM);
        Path exe = Native.compile(List.of(src), dir, "hog", "Hog");
        Run r = Processes.run(List.of("prlimit", "--data=" + (8 << 20), exe.toString()), dir, 30);
        assertEquals(102, r.exitCode(), "exit code; stderr: " + r.stderr());
        assertEquals("out of memory\n", r.stderr());
        assertTrue(r.stdout().startsWith("0\n1\n2\n"), "it ran until memory ran out: " + r.stdout());
    }

    @Test
    void withoutALimitTheSameProgramGetsFurther(@TempDir Path dir) throws IOException {
        // the control: the limit, not the program, is what ends the run above
        Path src = Files.writeString(dir.resolve("Hog.java"), PROGRAM.replace("i < 40", "i < 12"));
        Path exe = Native.compile(List.of(src), dir, "hog", "Hog");
        Run r = Native.run(exe, 30);
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals(12, r.stdout().lines().count());
    }
}

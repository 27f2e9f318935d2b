package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ostooc.driver.Options;

/**
 * How deep a program can recurse in ostoo's fixed 32 KiB stack, and what happens past that. A simple recursive
 * method takes 16 bytes a frame at -O0 and -O2 (the return address and one saved register; measured with
 * ostoo-exec's {@code -b}: 2,032 frames fit at -O0, 2,029 at -O2, in the 32,592 bytes ostoo leaves below the
 * entry RSP); a method keeping five longs across its call takes 48. The JVM (1 MiB thread stack) reaches 10,000
 * to 20,000 frames of the same method, a Linux process (8 MiB) about 500,000.
 * <p>The runtime has no stack-overflow handling yet: the program runs into the unmapped page below the stack and
 * faults. On Linux that is SIGSEGV; ostoo has no handler for it either and kills the process (code -11). Either
 * way it ends there, so it never goes on to print a wrong result: the differential runs under ostoo-exec see a
 * different exit code, never a silent difference. (Java's StackOverflowError cannot be caught in the subset,
 * which has no {@code try}.)
 */
class StackDepthTest {
    private static final String SOURCE = """
            public class Depth {
                static int depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); }
                public static void main(String[] args) { System.out.println(depth(Integer.parseInt(args[0]))); }
            }
            """;
    /** Fits at -O0 and -O2 with a margin of ~130 frames: a frame growing past 16 bytes fails this test. */
    static final int FITS = 1900;
    /** Twice ostoo's limit; well within the JVM's and a Linux process's. */
    static final int TOO_DEEP = 4000;
    /** A process killed by SIGSEGV, as Java's Process reports it. */
    static final int KILLED_BY_SIGSEGV = 128 + 11;

    @TempDir
    static Path dir;
    static Path source;
    static Path classes;
    /** The executables at -O0 and -O2, built once (the two tests may run concurrently). */
    static final Map<Options.OptLevel, Path> EXES = new java.util.EnumMap<>(Options.OptLevel.class);

    @BeforeAll
    static void compile() throws IOException {
        source = Files.writeString(dir.resolve("Depth.java"), SOURCE);
        classes = Jvm.compile(List.of(source), Files.createDirectories(dir.resolve("classes")));
        for (Options.OptLevel level : List.of(Options.OptLevel.O0, Options.OptLevel.O2))
            EXES.put(level, Native.compile(List.of(source), dir, "depth" + level.flag(), "Depth", level));
    }

    @Test
    void aRecursionOf1900FramesFitsInOstoosStackAtO0AndO2() {
        Run jvm = jvm(FITS);
        assertEquals(FITS + "\n", jvm.stdout(), jvm.stderr());
        for (Options.OptLevel level : EXES.keySet()) {
            Run r = OstooExec.run(EXES.get(level), List.of(String.valueOf(FITS)), Map.of(), 30);
            assertEquals(jvm.stdout(), r.stdout(), level.flag() + ": " + r.stderr());
            assertEquals(0, r.exitCode(), level.flag() + ": " + r.stderr());
        }
    }

    @Test
    void deeperTheProgramFaultsAndPrintsNothingWrong() {
        Run jvm = jvm(TOO_DEEP);
        assertEquals(TOO_DEEP + "\n", jvm.stdout(), jvm.stderr());
        for (Options.OptLevel level : EXES.keySet()) {
            Path exe = EXES.get(level);
            Run linux = Processes.run(List.of(exe.toString(), String.valueOf(TOO_DEEP)), dir, 30);
            assertEquals(jvm.stdout(), linux.stdout(), "as a Linux process (8 MiB stack), " + level.flag());
            Run r = OstooExec.run(exe, List.of(String.valueOf(TOO_DEEP)), Map.of(), 30);
            assertEquals("", r.stdout(), level.flag());
            assertEquals(KILLED_BY_SIGSEGV, r.exitCode(), level.flag() + ": " + r.stderr());
        }
    }

    private static Run jvm(int depth) {
        return Processes.run(List.of(Jvm.javaBinary(), "-cp", classes.toString(), "Depth", String.valueOf(depth)), dir, 60);
    }
}

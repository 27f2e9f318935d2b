package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import ostooc.driver.Options;
import ostooc.driver.Result;
import ostooc.frontend.SourceFile;

/**
 * Compile time grows linearly with a method's length: one method of n and of 4n statements (each a branch
 * and divisions by a variable, the shapes that made instruction selection, the IR verifier's dominance
 * checks and the allocation checker quadratic: the fuzzer's 5,400-line batches took 31 s at -O2), compiled
 * at -O2 with the allocation checker on (as every compile in this suite). The compiling thread's CPU time
 * at 4n must stay under 9× that at n (quadratic is 16×); the best of three runs each, after a warm-up.
 */
class CompileScalingTest {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Test
    void compileTimeIsLinearInTheLengthOfAMethod() throws Exception {
        Path dir = Files.createTempDirectory("ostooc-scaling-");
        compile(program(100), dir);   // warm-up: JIT and the library's cached parse
        long small = best(program(400), dir), large = best(program(1600), dir);
        double ratio = (double) large / small;
        assertTrue(ratio < 9, String.format("CPU time at 400 statements %.0f ms, at 1600 %.0f ms: %.1fx (quadratic is 16x)", small / 1e6, large / 1e6, ratio));
    }

    private static long best(String source, Path dir) {
        long best = Long.MAX_VALUE;
        for (int k = 0; k < 3; k++) best = Math.min(best, compile(source, dir));
        return best;
    }

    private static long compile(String source, Path dir) {
        long t = CPU.getCurrentThreadCpuTime();
        Result r = ostooc.driver.Compiler.compile(List.of(new SourceFile("Long.java", source)),
                new Options(List.of(), dir.resolve("long"), "Long", Options.Emit.EXE, Options.OptLevel.O2));
        long spent = CPU.getCurrentThreadCpuTime() - t;
        assertTrue(r.ok(), r.formatDiagnostics());
        return spent;
    }

    /** main calls f, whose body is {@code n} statements {@code if (x > k) s += x / y + x % y; else s ^= y / (x | 1);}. */
    private static String program(int n) {
        StringBuilder sb = new StringBuilder("public class Long {\n    static int f(int x, int y) {\n        int s = 0;\n");
        for (int k = 0; k < n; k++)
            sb.append("        if (x > ").append(k % 97).append(") s += x / y + x % y; else s ^= y / (x | 1);\n        y = y * 31 + ").append(k).append(";\n");
        return sb.append("        return s;\n    }\n    public static void main(String[] args) { System.out.println(f(args.length + 50, 7)); }\n}\n").toString();
    }
}

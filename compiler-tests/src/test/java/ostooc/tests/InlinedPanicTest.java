package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import ostooc.driver.Compiler;
import ostooc.driver.Options;
import ostooc.driver.Result;

/**
 * A panic inside a method the inliner copied into its caller still names the method's own source
 * line ({@code panic: panicked at InlinedPanic.java:L:C}), exactly as at -O0 where the method is called.
 * The line is found by the marker comment in the program; the IR shows the call really was inlined
 * (at -O1 too: {@code at} has one call site, so inlining it cannot grow the program).
 */
class InlinedPanicTest {
    private static final Path SOURCE = Repo.programs().resolve("InlinedPanic.java");
    private static final String CALL_OF_AT = "call @\"InlinedPanic.at(";

    @Test void thePanicNamesTheInlinedMethodsLine() throws IOException {
        Path work = Files.createTempDirectory("ostooc-inlined-panic-");
        try {
            Run o0 = Native.run(Native.compile(List.of(SOURCE), work, "o0", "InlinedPanic", 0), 30);
            Run o2 = Native.run(Native.compile(List.of(SOURCE), work, "o2", "InlinedPanic", 2), 30);
            assertEquals(101, o2.exitCode(), o2.stderr());
            assertTrue(o2.stderr().startsWith("panic: panicked at InlinedPanic.java:" + markerLine() + ":"), o2.stderr());
            assertEquals(o0.stderr(), o2.stderr());
            assertEquals(o0.stdout(), o2.stdout());
        } finally {
            Differential.deleteTree(work);
        }
    }

    @Test void theMethodIsInlinedFromO1On() throws IOException {
        Path work = Files.createTempDirectory("ostooc-inlined-panic-ir-");
        try {
            assertTrue(moduleIr(work, 0).contains(CALL_OF_AT), "-O0 calls InlinedPanic.at");
            assertFalse(moduleIr(work, 1).contains(CALL_OF_AT), "-O1 inlines InlinedPanic.at (one call site)");
            assertFalse(moduleIr(work, 2).contains(CALL_OF_AT), "-O2 inlines InlinedPanic.at");
        } finally {
            Differential.deleteTree(work);
        }
    }

    /** The IR text of the program at {@code level} (main itself may be inlined into the start-up code). */
    private static String moduleIr(Path work, int level) throws IOException {
        Path ir = work.resolve("o" + level + ".ir");
        Result r = Compiler.compile(new Options(List.of(SOURCE), ir, "InlinedPanic", Options.Emit.IR, level));
        assertTrue(r.ok(), r.formatDiagnostics());
        return Files.readString(ir);
    }

    private static int markerLine() throws IOException {
        List<String> lines = Files.readAllLines(SOURCE);
        for (int k = 0; k < lines.size(); k++) if (lines.get(k).contains("// the panic")) return k + 1;
        throw new AssertionError("no '// the panic' marker in " + SOURCE);
    }
}

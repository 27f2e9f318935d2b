package ostooc.backend.x86.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Filetests of kind {@code ; test run}: each {@code src/test/resources/x86-run/*.ir} is compiled, linked
 * and run; {@code ; exit: N} gives the expected exit code and {@code ; stdout: text} (with \n escapes) the
 * expected output. A module without {@code @_start} gets {@link NativeRunner#START}.
 */
class RunFileTests {
    @TestFactory
    Stream<DynamicTest> run() throws IOException {
        Path dir = Path.of("src/test/resources/x86-run");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) { files = s.filter(p -> p.toString().endsWith(".ir")).sorted().toList(); }
        if (files.isEmpty()) throw new AssertionError("no run filetests in " + dir.toAbsolutePath());
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(Files.readString(p))));
    }

    private static void check(String text) {
        if (!text.startsWith("; test run")) throw new AssertionError("first line must be '; test run'");
        Integer exit = null;
        String stdout = "";
        for (String line : text.split("\n")) {
            if (line.startsWith("; exit: ")) exit = Integer.parseInt(line.substring(8).trim());
            if (line.startsWith("; stdout: ")) stdout = line.substring(10).replace("\\n", "\n");
        }
        if (exit == null) throw new AssertionError("missing '; exit: N'");
        NativeRunner.Result r = NativeRunner.run(text);
        assertEquals(stdout, r.out(), "stdout");
        assertEquals((int) exit, r.exitCode(), "exit code");
    }
}

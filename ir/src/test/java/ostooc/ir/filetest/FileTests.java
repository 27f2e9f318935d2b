package ostooc.ir.filetest;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Turns every {@code src/test/resources/filetests/*.ir} into a test. The first line picks the kind:
 * <pre>
 * ; test verify                      expected messages as "; error: ..." lines (none: must verify)
 * ; test optimize simplify-cfg, dce  expected IR after those passes as ";"-lines below "; expect:"
 * ; test roundtrip                   the body is already in printed form
 * ; test interp                      "; run: @f(1, 2) == 3" lines, also checked after -O2
 * </pre>
 * With {@code -Dbless=true} a test that disagrees rewrites its file and passes; otherwise it fails with
 * a diff (-: the file, +: what the code produces now).
 */
class FileTests {
    static final Path DIR = Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "filetests");

    @TestFactory
    Stream<DynamicTest> filetests() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".ir")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no filetests in " + DIR.toAbsolutePath());
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), p.toUri(), () -> check(p)));
    }

    private static void check(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String blessed = blessed(text);
        if (blessed.equals(text)) return;
        if (Boolean.getBoolean("bless")) { Files.writeString(file, blessed, StandardCharsets.UTF_8); return; }
        throw new AssertionError(file.getFileName() + " does not match (run with -Dbless=true to accept):\n" + Diff.unified(text, blessed));
    }

    static String blessed(String text) {
        String header = text.lines().findFirst().orElse("");
        if (!header.startsWith("; test ")) throw new IllegalArgumentException("first line must be '; test <kind>', is: " + header);
        String[] kind = header.substring("; test ".length()).trim().split("\\s+", 2);
        return switch (kind[0]) {
            case "verify" -> FileTestKinds.verify(text);
            case "optimize" -> FileTestKinds.optimize(text, kind.length > 1 ? kind[1] : "");
            case "roundtrip" -> FileTestKinds.roundtrip(text);
            case "interp" -> FileTestKinds.interp(text);
            default -> throw new IllegalArgumentException("unknown filetest kind '" + kind[0] + "' (verify, optimize, roundtrip, interp)");
        };
    }
}

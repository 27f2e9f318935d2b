package ostooc.frontend;

import ostooc.ir.DataItem;
import ostooc.ir.Function;
import ostooc.ir.IrPrinter;
import ostooc.ir.Module;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Golden IR of small programs: each {@code golden/X.java} is compiled and the IR of its own classes'
 * functions and data is compared with {@code golden/X.ir}. {@code -Dbless=true} rewrites the .ir files.
 * Every module is also run through the IR verifier.
 */
class GoldenIrTest {
    private static final Path DIR = Path.of("src/test/resources/golden");

    @TestFactory
    Stream<DynamicTest> golden() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            return sources.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
        }
    }

    private static void check(Path source) throws IOException {
        String name = source.getFileName().toString();
        String cls = name.substring(0, name.length() - ".java".length());
        Module m = TestSupport.compileOk(name, Files.readString(source));
        StringBuilder sb = new StringBuilder();
        for (DataItem d : m.data()) if (d.name().startsWith(cls)) sb.append(IrPrinter.print(d)).append('\n');
        for (Function f : m.functions()) if (f.name().startsWith(cls)) sb.append('\n').append(IrPrinter.print(f));
        Path expected = DIR.resolve(cls + ".ir");
        if (Boolean.getBoolean("bless") || !Files.exists(expected)) {
            Files.writeString(expected, sb.toString());
            return;
        }
        assertEquals(Files.readString(expected), sb.toString(), "IR of " + name + " (run with -Dbless=true to accept)");
    }
}

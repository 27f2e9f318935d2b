package ostooc.frontend;

import ostooc.ir.IrPrinter;
import ostooc.ir.Module;
import ostooc.ir.verify.Verifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compiles test programs against the real library every program is compiled with: the ostoo-rt and
 * stdlib-shim sources, read once and named as the driver names them ({@code <ostoo>/ostoo/shim/…}); the
 * front end keeps only what a program reaches.
 */
public final class TestSupport {
    private TestSupport() { }

    static final Path RT = Path.of("../ostoo-rt/src/main/java");
    static final Path SHIM = Path.of("../stdlib-shim/src/main/java");
    private static final List<SourceFile> LIBRARY = read();

    static List<SourceFile> library() { return LIBRARY; }

    private static List<SourceFile> read() {
        List<SourceFile> lib = new ArrayList<>();
        for (Path root : List.of(RT, SHIM)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().toList())
                    lib.add(new SourceFile("<ostoo>/" + root.relativize(p).toString().replace('\\', '/'), Files.readString(p)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        lib.sort((a, b) -> a.path().compareTo(b.path()));   // the driver's order
        return List.copyOf(lib);
    }

    /** Compiles one user file named {@code name}. */
    public static FrontendResult compile(String name, String source) {
        return Frontend.compile(List.of(new SourceFile(name, source)), library(), null);
    }

    /** Compiles and asserts success and a verifier-clean module. */
    public static Module compileOk(String name, String source) {
        FrontendResult r = compile(name, source);
        if (!r.ok()) throw new AssertionError("errors:\n" + String.join("\n", r.diagnostics().stream().map(Diagnostic::format).toList()));
        List<String> problems = Verifier.verify(r.module());
        if (!problems.isEmpty()) throw new AssertionError("verifier:\n" + String.join("\n", problems) + "\n" + IrPrinter.print(r.module()));
        return r.module();
    }

    /** The diagnostics formatted, one per entry. */
    public static List<String> errors(String name, String source) {
        return compile(name, source).diagnostics().stream().map(Diagnostic::format).toList();
    }
}

package ostooc.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ostooc.driver.Compiler;
import ostooc.driver.Options;
import ostooc.driver.Result;

/** Compiles a program with ostooc (in-process) and runs the executable. */
public final class Native {
    private Native() { }

    /** Compiles {@code sources} to {@code dir/name}; fails the test with the diagnostics if it does not compile. */
    public static Path compile(List<Path> sources, Path dir, String name, String mainClass) {
        Path exe = dir.resolve(name);
        Result r = Compiler.compile(new Options(sources, exe, mainClass, Options.Emit.EXE, 1));
        if (!r.ok()) throw new AssertionError("ostooc rejected the program:\n" + r.formatDiagnostics());
        if (!Files.isExecutable(exe)) throw new AssertionError("no executable written at " + exe);
        return exe;
    }

    public static Run run(Path exe, long timeoutSeconds) {
        return Processes.run(List.of(exe.toString()), exe.getParent(), timeoutSeconds);
    }
}

package ostooc.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ostooc.driver.Compiler;
import ostooc.driver.Options;
import ostooc.driver.Result;
import ostooc.frontend.Tier;

/** Compiles a program with ostooc (in-process) and runs the executable. */
public final class Native {
    private Native() { }

    /** Compiles {@code sources} to {@code dir/name}; fails the test with the diagnostics if it does not compile. */
    public static Path compile(List<Path> sources, Path dir, String name, String mainClass) {
        return compile(sources, dir, name, mainClass, 1);
    }

    /** As {@link #compile(List, Path, String, String)}, at IR pass level {@code optLevel} (0, 1 or 2). */
    public static Path compile(List<Path> sources, Path dir, String name, String mainClass, int optLevel) {
        return compile(new Options(sources, dir.resolve(name), mainClass, Options.Emit.EXE, optLevel));
    }

    /** As {@link #compile(List, Path, String, String)}, at {@code level}. */
    public static Path compile(List<Path> sources, Path dir, String name, String mainClass, Options.OptLevel level) {
        return compile(new Options(sources, dir.resolve(name), mainClass, Options.Emit.EXE, level));
    }

    /** The libc tier (musl), linked by {@code linker}; a missing sysroot fails the test with the finder's message. */
    public static Path compileLibc(List<Path> sources, Path dir, String name, String mainClass, Options.LinkerKind linker) {
        return compile(new Options(sources, dir.resolve(name), mainClass, Options.Emit.EXE, 1).withTier(Tier.LIBC).withLinker(linker));
    }

    public static Path compile(Options options) {
        Path exe = options.output();
        Result r = Compiler.compile(options);
        if (!r.ok()) throw new AssertionError("ostooc rejected the program:\n" + r.formatDiagnostics());
        if (!Files.isExecutable(exe)) throw new AssertionError("no executable written at " + exe);
        return exe;
    }

    public static Run run(Path exe, long timeoutSeconds) {
        return Processes.run(List.of(exe.toString()), exe.getParent(), timeoutSeconds);
    }
}

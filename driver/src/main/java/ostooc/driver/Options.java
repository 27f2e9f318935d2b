package ostooc.driver;

import java.nio.file.Path;
import java.util.List;

import ostooc.frontend.Tier;

/**
 * What to compile and how: the one input type of {@link Compiler}, shared by the CLI, the Maven plugin
 * and the tests.
 *
 * @param sources   .java files, or folders searched for them
 * @param output    where the result goes (for {@link Emit#EXE}: the executable)
 * @param mainClass the class whose main runs, or null to find the only one
 * @param emit      what to produce
 * @param optLevel  0 (no optimization passes) to 2
 * @param tier      the runtime tier, or null for the main class's {@code @Tier} (else freestanding)
 * @param sysroot   the folder holding musl's libc.a for the libc tier, or null to search ({@code ostooc.backend.link.Sysroot})
 * @param linker    which linker makes the executable, or null for the tier's default ({@link Linkers})
 */
public record Options(List<Path> sources, Path output, String mainClass, Emit emit, int optLevel,
                      Tier tier, Path sysroot, LinkerKind linker) {
    public enum Emit { IR, OBJ, EXE }

    /** ostooc's own static linker, or GNU ld ({@code ld -static}, for cross-checking and for libc.a until ours reads it). */
    public enum LinkerKind { INTERNAL, LD }

    public Options(List<Path> sources, Path output, String mainClass, Emit emit, int optLevel) {
        this(sources, output, mainClass, emit, optLevel, null, null, null);
    }

    public static Options executable(List<Path> sources, Path output) {
        return new Options(sources, output, null, Emit.EXE, 1);
    }

    public Options withEmit(Emit e) { return new Options(sources, output, mainClass, e, optLevel, tier, sysroot, linker); }
    public Options withMainClass(String m) { return new Options(sources, output, m, emit, optLevel, tier, sysroot, linker); }
    public Options withOptLevel(int o) { return new Options(sources, output, mainClass, emit, o, tier, sysroot, linker); }
    public Options withTier(Tier t) { return new Options(sources, output, mainClass, emit, optLevel, t, sysroot, linker); }
    public Options withSysroot(Path s) { return new Options(sources, output, mainClass, emit, optLevel, tier, s, linker); }
    public Options withLinker(LinkerKind l) { return new Options(sources, output, mainClass, emit, optLevel, tier, sysroot, l); }
}

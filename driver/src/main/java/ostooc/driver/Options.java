package ostooc.driver;

import java.nio.file.Path;
import java.util.List;

import ostooc.frontend.Tier;

/**
 * What to compile and how: the one input type of {@link Compiler}, shared by the CLI, the Maven plugin,
 * the annotation processor and the tests.
 *
 * @param sources   .java files, or folders searched for them
 * @param output    where the result goes (for {@link Emit#EXE}: the executable)
 * @param mainClass the class whose main runs, or null to find the only one
 * @param emit      what to produce
 * @param optLevel  how hard to optimize
 * @param tier      the runtime tier, or null for the main class's {@code @Tier} (else freestanding)
 * @param sysroot   the musl sysroot for the libc tier, or null to search ({@code ostooc.backend.link.Sysroot})
 * @param linker    which linker makes the executable, or null for the default ({@link Linkers})
 */
public record Options(List<Path> sources, Path output, String mainClass, Emit emit, OptLevel optLevel,
                      Tier tier, Path sysroot, LinkerKind linker) {
    /** IR text, an Intel-syntax assembly listing, a relocatable object, or the executable. */
    public enum Emit { IR, ASM, OBJ, EXE }

    /** ostooc's own static linker, or GNU ld ({@code ld -static}, a cross-check). */
    public enum LinkerKind { INTERNAL, LD }

    /**
     * The optimization levels. -O1's IR passes include inlining that cannot grow the program (single-use
     * and trivial callees); {@code O2} adds inlining of small direct calls, which copies code. {@code Os}
     * runs -O1's IR passes, without the copying inliner, and favors size in the back end: every function is
     * packed at byte alignment (gcc's {@code -Os} drops function alignment the same way). At the other
     * levels only functions with a loop start on a 16-byte boundary; loop-free ones are packed too
     * ({@code CodeGenerator.generate}).
     */
    public enum OptLevel {
        O0(0, 16), O1(1, 16), O2(2, 16), Os(1, 1);

        /** The IR pass pipeline's level ({@code PassPipeline.select}). */
        public final int passLevel;
        /** Alignment of each function's code, in bytes. */
        public final int functionAlignment;

        OptLevel(int passLevel, int functionAlignment) {
            this.passLevel = passLevel;
            this.functionAlignment = functionAlignment;
        }

        /** {@code 0}, {@code 1}, {@code 2} or {@code s} (as after {@code -O}); null for anything else. */
        public static OptLevel parse(String text) {
            for (OptLevel l : values()) if (l.name().substring(1).equals(text)) return l;
            return null;
        }

        public static OptLevel of(int level) {
            return switch (level) { case 0 -> O0; case 1 -> O1; case 2 -> O2; default -> throw new IllegalArgumentException("-O" + level); };
        }

        /** As written on the command line: {@code -O1}, {@code -Os}. */
        public String flag() { return "-" + name(); }
    }

    public Options(List<Path> sources, Path output, String mainClass, Emit emit, OptLevel optLevel) {
        this(sources, output, mainClass, emit, optLevel, null, null, null);
    }

    /** With a numeric level, as the tests write it. */
    public Options(List<Path> sources, Path output, String mainClass, Emit emit, int optLevel) {
        this(sources, output, mainClass, emit, OptLevel.of(optLevel));
    }

    public static Options executable(List<Path> sources, Path output) {
        return new Options(sources, output, null, Emit.EXE, OptLevel.O1);
    }

    public Options withEmit(Emit e) { return new Options(sources, output, mainClass, e, optLevel, tier, sysroot, linker); }
    public Options withMainClass(String m) { return new Options(sources, output, m, emit, optLevel, tier, sysroot, linker); }
    public Options withOptLevel(OptLevel o) { return new Options(sources, output, mainClass, emit, o, tier, sysroot, linker); }
    public Options withOptLevel(int o) { return withOptLevel(OptLevel.of(o)); }
    public Options withOutput(Path p) { return new Options(sources, p, mainClass, emit, optLevel, tier, sysroot, linker); }
    public Options withTier(Tier t) { return new Options(sources, output, mainClass, emit, optLevel, t, sysroot, linker); }
    public Options withSysroot(Path s) { return new Options(sources, output, mainClass, emit, optLevel, tier, s, linker); }
    public Options withLinker(LinkerKind l) { return new Options(sources, output, mainClass, emit, optLevel, tier, sysroot, l); }
}

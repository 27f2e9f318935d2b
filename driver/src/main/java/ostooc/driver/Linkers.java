package ostooc.driver;

import java.nio.file.Path;
import java.util.List;

import ostooc.frontend.Tier;

/**
 * Which linker and which archives a tier uses. Freestanding: the program's object alone, our linker.
 * libc: the object plus the sysroot's libc.a, GNU ld by default until ostooc's linker reads archives
 * ({@link #INTERNAL_LINKS_LIBC}; flip it when it does).
 */
public final class Linkers {
    /** Whether the internal linker links libc.a (archive members, TLS, GOTPCRELX, init_array, ...). */
    static final boolean INTERNAL_LINKS_LIBC = false;

    private Linkers() { }

    static ExecutableLinker of(Options.LinkerKind requested, Tier tier) {
        Options.LinkerKind kind = requested != null ? requested
                : tier == Tier.LIBC && !INTERNAL_LINKS_LIBC ? Options.LinkerKind.LD : Options.LinkerKind.INTERNAL;
        return kind == Options.LinkerKind.LD ? new GnuLinker() : new InternalLinker();
    }

    /** The linkers that can link the libc tier, each of which the tests run: GNU ld, and ours once it reads libc.a. */
    public static List<Options.LinkerKind> libcLinkers() {
        return INTERNAL_LINKS_LIBC ? List.of(Options.LinkerKind.INTERNAL, Options.LinkerKind.LD) : List.of(Options.LinkerKind.LD);
    }

    /** The archives linked after the program: musl's libc.a in the libc tier. */
    static List<Path> archives(Tier tier, Path sysroot) {
        return tier == Tier.LIBC ? List.of(SysrootFinder.find(sysroot).resolve("libc.a")) : List.of();
    }
}

package ostooc.driver;

import java.nio.file.Path;
import java.util.List;

import ostooc.backend.link.LinkException;
import ostooc.backend.link.Sysroot;
import ostooc.frontend.Tier;

/**
 * Which linker and which archives a tier uses. Freestanding: the program's object alone, our linker.
 * libc: the object plus the sysroot's libc.a ({@link Sysroot}), our linker too; GNU ld on request
 * ({@code --linker ld}), which the tests use as a cross-check.
 */
public final class Linkers {
    private Linkers() { }

    static ExecutableLinker of(Options.LinkerKind requested, Tier tier) {
        Options.LinkerKind kind = requested != null ? requested : Options.LinkerKind.INTERNAL;
        return kind == Options.LinkerKind.LD ? new GnuLinker() : new InternalLinker();
    }

    /** The linkers that can link the libc tier, each of which the tests run and compare: ours, and GNU ld. */
    public static List<Options.LinkerKind> libcLinkers() {
        return List.of(Options.LinkerKind.INTERNAL, Options.LinkerKind.LD);
    }

    /** The archives linked after the program: musl's libc.a in the libc tier. */
    static List<Path> archives(Tier tier, Path sysroot) {
        if (tier != Tier.LIBC) return List.of();
        try {
            return List.of(Sysroot.find(sysroot == null ? null : sysroot.toString()).libc());
        } catch (LinkException e) {
            throw new UsageException(e.getMessage());
        }
    }
}

package ostoo.rt;

import ostoo.rt.annotation.NoReturn;

/** The alloc-error handler: {@code out of memory} on stderr, exit 102, as in the seed. */
final class Oom {
    private Oom() { }

    @NoReturn
    static void outOfMemory() {
        Io.eprintln("out of memory");
        Exit.exit(102);
    }
}

package ostoo.rt;

import ostoo.rt.annotation.NoReturn;

/**
 * Ending the process ({@code System.exit}, panics, out of memory). Freestanding: syscall 60 at once
 * (output is unbuffered, nothing to flush). libc: musl's {@code exit}, which flushes stdio buffers that C
 * code filled, then calls exit_group.
 */
public final class Exit {
    private Exit() { }

    @NoReturn
    public static void exit(int code) {
        if (Build.LIBC) LibC.exit(code);
        else Sys.exit(code);
    }
}

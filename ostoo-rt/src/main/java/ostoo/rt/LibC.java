package ostoo.rt;

import ostoo.rt.annotation.CFunction;
import ostoo.rt.annotation.NoReturn;

/**
 * The musl functions the runtime itself calls in the libc tier (behind {@code if (Build.LIBC)}, so the
 * freestanding tier never references them). Pointers and sizes are {@code long}.
 */
final class LibC {
    private LibC() { }

    /** {@code ssize_t write(int fd, const void *buf, size_t n)}: -1 on error. */
    @CFunction static native long write(int fd, long buf, long n);
    /** {@code int fflush(FILE *f)}; {@code fflush(NULL)} flushes every stream and links no stream it does not use. */
    @CFunction static native int fflush(long stream);
    /** {@code void exit(int)}: runs atexit handlers, flushes stdio, exit_group. */
    @CFunction @NoReturn static native void exit(int code);
    /** {@code void *calloc(size_t n, size_t size)}: zeroed, 16-aligned, null when out of memory. */
    @CFunction static native long calloc(long n, long size);
    /** {@code char *getenv(const char *name)}: null when unset. */
    @CFunction static native long getenv(long name);
}

package ostoo.shim;

import ostoo.rt.Io;
import ostoo.rt.Sys;
import ostoo.rt.annotation.NoReturn;

/**
 * {@code System.out} and {@code System.err} ({@code fd} 1 and 2) and {@code System.exit}: the compiler
 * maps {@code System.out.println(x)} to {@code Console.println(1, x)}. Output is unbuffered, as in
 * ostoo-rt, so it interleaves with stderr and survives exit. Numbers are formatted without allocating.
 */
public final class Console {
    private Console() { }

    public static void print(int fd, String s) { Io.write(fd, s); }
    public static void print(int fd, boolean b) { Io.write(fd, b ? "true" : "false"); }
    public static void print(int fd, char c) { Io.writeChar(fd, c); }
    public static void print(int fd, int v) { print(fd, (long) v); }

    public static void print(int fd, long v) {
        long buf = Io.buf();
        int n = Numbers.formatLong(v, buf);
        Io.writeBytes(fd, buf, n);
    }

    public static void println(int fd) { Io.newline(fd); }
    public static void println(int fd, String s) { print(fd, s); Io.newline(fd); }
    public static void println(int fd, boolean b) { print(fd, b); Io.newline(fd); }
    public static void println(int fd, char c) { print(fd, c); Io.newline(fd); }
    public static void println(int fd, int v) { print(fd, (long) v); Io.newline(fd); }
    public static void println(int fd, long v) { print(fd, v); Io.newline(fd); }

    /** {@code System.exit(status)}. */
    @NoReturn
    public static void exit(int status) { Sys.exit(status); }
}

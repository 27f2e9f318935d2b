package ostoo.shim;

import ostoo.rt.Io;
import ostoo.rt.Mem;
import ostoo.rt.Exit;
import ostoo.rt.StringUnits;
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
    public static void print(int fd, Object o) { Io.write(fd, Strings.valueOf(o)); }
    public static void println(int fd, Object o) { Io.write(fd, Strings.valueOf(o), true); }
    /** The characters, as the JDK's print(char[]); a null array is a NullPointerException. */
    public static void print(int fd, char[] a) { Io.write(fd, StringUnits.of(a, 0, a.length)); }
    public static void println(int fd, char[] a) { Io.write(fd, StringUnits.of(a, 0, a.length), true); }

    public static void print(int fd, long v) { printLong(fd, v, false); }
    public static void print(int fd, double d) { Io.write(fd, DoubleToString.toString(d)); }
    public static void print(int fd, float f) { Io.write(fd, DoubleToString.toString(f)); }
    public static void println(int fd, double d) { Io.write(fd, DoubleToString.toString(d), true); }
    public static void println(int fd, float f) { Io.write(fd, DoubleToString.toString(f), true); }

    /** Formats {@code v} (and a newline) into the I/O buffer: one write. */
    private static void printLong(int fd, long v, boolean newline) {
        long buf = Io.buf();
        int n = Numbers.formatLong(v, buf);
        if (newline) Mem.storeByte(buf + n++, (byte) '\n');
        Io.writeBytes(fd, buf, n);
    }

    public static void println(int fd) { Io.newline(fd); }
    public static void println(int fd, String s) { Io.write(fd, s, true); }
    public static void println(int fd, boolean b) { print(fd, b); Io.newline(fd); }
    public static void println(int fd, char c) { print(fd, c); Io.newline(fd); }
    public static void println(int fd, int v) { printLong(fd, v, true); }
    public static void println(int fd, long v) { printLong(fd, v, true); }

    /** {@code System.exit(status)}. */
    @NoReturn
    public static void exit(int status) { Exit.exit(status); }
}

package ostoo.shim;

import ostoo.rt.Io;
import ostoo.rt.Sys;
import ostoo.rt.annotation.NoReturn;

/** Test stand-in for the stdlib shim's Console (System.out/err, System.exit). */
public final class Console {
    private Console() { }

    public static void print(int fd, String s) { Io.write(fd, s); }
    public static void print(int fd, boolean b) { Io.write(fd, b ? "true" : "false"); }
    public static void print(int fd, char c) { Io.write(fd, Strings.valueOf(c)); }
    public static void print(int fd, int v) { Io.write(fd, Strings.valueOf(v)); }
    public static void print(int fd, long v) { Io.write(fd, Strings.valueOf(v)); }
    public static void print(int fd, char[] a) { for (char c : a) print(fd, c); }
    public static void println(int fd) { Io.newline(fd); }
    public static void println(int fd, char[] a) { print(fd, a); Io.newline(fd); }
    public static void println(int fd, String s) { print(fd, s); Io.newline(fd); }
    public static void println(int fd, boolean b) { print(fd, b); Io.newline(fd); }
    public static void println(int fd, char c) { print(fd, c); Io.newline(fd); }
    public static void println(int fd, int v) { print(fd, v); Io.newline(fd); }
    public static void println(int fd, long v) { print(fd, v); Io.newline(fd); }

    @NoReturn
    public static void exit(int status) { Sys.exit(status); }
}

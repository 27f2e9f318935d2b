package ostoo.shim.lang;

import ostoo.rt.Panic;
import ostoo.rt.annotation.JdkClass;
import ostoo.shim.Console;
import ostoo.shim.Formatter;

/** {@code java.io.PrintStream} on a file descriptor: {@code System.out} (1) and {@code System.err} (2). */
@JdkClass("java.io.PrintStream")
public final class PrintStream {
    private final int fd;

    PrintStream(int fd) { this.fd = fd; }

    public void print(String s) { Console.print(fd, s); }
    public void print(boolean b) { Console.print(fd, b); }
    public void print(char c) { Console.print(fd, c); }
    public void print(int v) { Console.print(fd, v); }
    public void print(long v) { Console.print(fd, v); }
    public void print(float v) { Console.print(fd, v); }
    public void print(double v) { Console.print(fd, v); }
    public void print(char[] a) { Console.print(fd, a); }
    public void print(Object o) { Console.print(fd, o); }

    public void println() { Console.println(fd); }
    public void println(String s) { Console.println(fd, s); }
    public void println(boolean b) { Console.println(fd, b); }
    public void println(char c) { Console.println(fd, c); }
    public void println(int v) { Console.println(fd, v); }
    public void println(long v) { Console.println(fd, v); }
    public void println(float v) { Console.println(fd, v); }
    public void println(double v) { Console.println(fd, v); }
    public void println(char[] a) { Console.println(fd, a); }
    public void println(Object o) { Console.println(fd, o); }

    /**
     * {@code printf}/{@code format}: {@code String.format}'s text ({@link Formatter}), printed; on a bad argument the
     * text before it is printed first, as the JDK's Formatter writes to the stream as it goes.
     */
    public PrintStream printf(String format, Object... args) { return format(format, args); }

    public PrintStream format(String format, Object... args) {
        String[] textAndError = Formatter.formatPrefix(format, args);
        Console.print(fd, textAndError[0]);
        if (textAndError[1] != null) Panic.panic(textAndError[1], "PrintStream.printf");
        return this;
    }

    /** Output is written at once (ostoo-rt buffers nothing across calls), so there is nothing to flush. */
    public void flush() { }
}

package ostoo.rt;

import ostoo.rt.annotation.NoReturn;
import ostoo.rt.annotation.PanicHandler;

/**
 * The panic handler: prints {@code panic: panicked at <File.java:line:col>:} and the message (for runtime
 * errors, the Java exception the JVM would throw, e.g. {@code java.lang.ArithmeticException: / by zero})
 * on stderr, then exits 101 ({@link Exit}: in the libc tier musl flushes stdio first) — the code the JVM's uncaught exception corresponds to in tests.
 *
 * <p>Compiled check sites pass their location packed, so that a site costs no data of its own: the file
 * name (one String literal per source file) and {@code line << 16 | column}; the digits are written here,
 * only when a program panics. A {@code lineColumn} of 0 means {@code file} is the whole location (the
 * library's own errors: {@code "Integer.parseInt"}).
 */
public final class Panic {
    private Panic() { }

    @PanicHandler @NoReturn
    public static void panic(String message, String file, int lineColumn) {
        Io.eprint("panic: panicked at ");
        Io.eprint(file);
        if (lineColumn != 0) Io.eprint(position(lineColumn));
        Io.eprintln(":");
        Io.eprintln(message);
        Exit.exit(101);
    }

    /** A panic located by a name rather than a source position ({@code "String.substring"}). */
    @NoReturn
    public static void panic(String message, String location) { panic(message, location, 0); }

    /** {@code ":line:column"} of a packed {@code line << 16 | column}, as a new String. */
    private static String position(int lineColumn) {
        long s = StringUnits.allocate(12, StringUnits.LATIN1);   // ":65535:65535" at most
        long chars = s + Layout.STRING_CHARS;
        long end = colonAndDigits(colonAndDigits(chars, lineColumn >>> 16), lineColumn & 0xFFFF);
        Mem.storeInt(s + Layout.STRING_LENGTH, (int) (end - chars));
        return Mem.stringAt(s);
    }

    /** Stores ':' and the decimal digits of {@code n} (n >= 0) as Latin-1 chars at {@code at}; returns the end. */
    private static long colonAndDigits(long at, int n) {
        Mem.storeByte(at, (byte) ':');
        int digits = 1;
        for (int m = n; m >= 10; m /= 10) digits++;   // constant divisors: no division check, no idiv
        long end = at + 1 + digits;
        for (long p = end; p > at + 1; n /= 10) {
            p--;
            Mem.storeByte(p, (byte) ('0' + n % 10));
        }
        return end;
    }
}

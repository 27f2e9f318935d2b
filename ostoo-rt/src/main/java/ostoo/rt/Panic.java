package ostoo.rt;

import ostoo.rt.annotation.NoReturn;
import ostoo.rt.annotation.PanicHandler;

/**
 * The panic handler: prints {@code panic: panicked at <File.java:line:col>:} and the message (for runtime
 * errors, the Java exception the JVM would throw, e.g. {@code java.lang.ArithmeticException: / by zero})
 * on stderr, then exits 101 ({@link Exit}: in the libc tier musl flushes stdio first) — the code the JVM's uncaught exception corresponds to in tests.
 */
public final class Panic {
    private Panic() { }

    @PanicHandler @NoReturn
    public static void panic(String message, String location) {
        Io.eprint("panic: panicked at ");
        Io.eprint(location);
        Io.eprintln(":");
        Io.eprintln(message);
        Exit.exit(101);
    }
}

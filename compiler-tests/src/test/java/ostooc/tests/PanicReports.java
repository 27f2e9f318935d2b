package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A native panic reports what the JVM reports for the same uncaught exception: its message
 * ({@code panic: panicked at F.java:L:C:} then the message line) is a prefix of the JVM's exception line
 * (the JVM may add detail: the module text of a ClassCastException, the helpful NullPointerException
 * text), and a location in one of the program's own files names the line of the JVM's first stack frame
 * in that file. So class names in messages, and locations packed by the compiler and formatted by the
 * runtime, are checked against the oracle.
 */
public final class PanicReports {
    private PanicReports() { }

    private static final Pattern NATIVE = Pattern.compile("panic: panicked at (.*):\n(.*)\n");
    private static final Pattern POSITION = Pattern.compile("([^:/]+\\.java):(\\d+):(\\d+)");
    private static final String JVM_EXCEPTION = "Exception in thread \"main\" ";

    public static void check(String nativeStderr, String jvmStderr, List<Path> sources, String what) {
        Matcher n = NATIVE.matcher(nativeStderr);
        assertTrue(n.lookingAt(), "a panic report on stderr, " + what + ": " + nativeStderr);
        String jvmLine = jvmStderr.lines().filter(l -> l.startsWith(JVM_EXCEPTION)).findFirst().orElseThrow();
        String exception = jvmLine.substring(JVM_EXCEPTION.length());
        assertTrue(exception.startsWith(n.group(2)), "panic message of " + what + ": " + n.group(2) + "\n  JVM: " + exception);
        Matcher p = POSITION.matcher(n.group(1));
        if (!p.matches() || sources.stream().noneMatch(s -> s.getFileName().toString().equals(p.group(1)))) return;
        String frame = jvmStderr.lines().filter(l -> l.contains("(" + p.group(1) + ":")).findFirst().orElse("");
        assertTrue(frame.endsWith("(" + p.group(1) + ":" + p.group(2) + ")"),
                "panic location of " + what + ": " + n.group(1) + "\n  JVM frame: " + frame);
    }
}

package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A native panic reports what the JVM reports for the same uncaught exception: its message
 * ({@code panic: panicked at F.java:L:C:} then the message line) is a prefix of the JVM's exception line
 * (the JVM may add detail: the module text of a ClassCastException, the helpful NullPointerException
 * text). Its location is checked against the JVM's stack trace: a position in one of the program's own
 * files must be the JVM's first frame in the program's files, same file and same line (the line javac's
 * line table gives the failing bytecode; see frontend lower.LineMarks); any other location (a library
 * routine's name, {@code "Integer.parseInt"}, or a position in the library's sources) is allowed only
 * when the JVM's exception was thrown outside the program's files (its top frame is the library's).
 * So class names in messages, and locations packed by the compiler and formatted by the runtime, are
 * checked against the oracle.
 */
public final class PanicReports {
    private PanicReports() { }

    private static final Pattern NATIVE = Pattern.compile("panic: panicked at (.*):\n(.*)\n");
    private static final Pattern POSITION = Pattern.compile("([^:/]+\\.java):(\\d+):(\\d+)");
    private static final Pattern FRAME = Pattern.compile("^\\s+at .*\\(([^:()]+\\.java):(\\d+)\\)$");
    private static final String JVM_EXCEPTION = "Exception in thread \"main\" ";

    public static void check(String nativeStderr, String jvmStderr, List<Path> sources, String what) {
        Matcher n = NATIVE.matcher(nativeStderr);
        assertTrue(n.lookingAt(), "a panic report on stderr, " + what + ": " + nativeStderr);
        String jvmLine = jvmStderr.lines().filter(l -> l.startsWith(JVM_EXCEPTION)).findFirst().orElseThrow();
        String exception = jvmLine.substring(JVM_EXCEPTION.length());
        assertTrue(exception.startsWith(n.group(2)), "panic message of " + what + ": " + n.group(2) + "\n  JVM: " + exception);
        List<String> frames = jvmStderr.lines().dropWhile(l -> !l.startsWith(JVM_EXCEPTION)).skip(1)
                .takeWhile(l -> l.startsWith("\tat ")).toList();
        String firstOwn = frames.stream().filter(f -> isOwn(f, sources)).findFirst().orElse("");
        Matcher p = POSITION.matcher(n.group(1));
        if (p.matches() && isOwnFile(p.group(1), sources)) {
            assertTrue(firstOwn.endsWith("(" + p.group(1) + ":" + p.group(2) + ")"),
                    "panic location of " + what + ": " + n.group(1) + "\n  JVM's first frame in the program: " + firstOwn);
        } else {
            String top = frames.isEmpty() ? "" : frames.get(0);
            assertTrue(!isOwn(top, sources), "panic location of " + what + ": " + n.group(1)
                    + " is not in the program, but the JVM threw in it: " + top);
        }
    }

    /** A stack frame line in one of the program's files. */
    private static boolean isOwn(String frame, List<Path> sources) {
        Matcher f = FRAME.matcher(frame);
        return f.matches() && isOwnFile(f.group(1), sources);
    }

    private static boolean isOwnFile(String name, List<Path> sources) {
        return sources.stream().anyMatch(s -> Files.isDirectory(s) ? containsFile(s, name) : s.getFileName().toString().equals(name));
    }

    private static boolean containsFile(Path dir, String name) {
        try (var w = Files.walk(dir)) {
            return w.anyMatch(f -> f.getFileName().toString().equals(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

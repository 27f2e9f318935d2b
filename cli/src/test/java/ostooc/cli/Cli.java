package ostooc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Test helpers: ostooc in-process or as a child JVM, programs run natively or on the JVM. */
final class Cli {
    private Cli() { }

    record Outcome(int code, String out, String err) {
        List<String> errLines() { return err.lines().toList(); }
    }

    /** Main.run in this JVM, with stdout and stderr captured. */
    static Outcome ostooc(Object... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        String[] a = new String[args.length];
        for (int i = 0; i < args.length; i++) a[i] = args[i].toString();
        int code = Main.run(a, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    /** ostooc in a child JVM started in {@code dir}, with {@code classPath}. */
    static Outcome ostoocProcess(Path dir, String classPath, String... args) {
        List<String> cmd = new ArrayList<>(List.of(java(), "-cp", classPath, Main.class.getName()));
        cmd.addAll(List.of(args));
        return exec(dir, cmd);
    }

    /** A program: stdout and exit code. */
    static Outcome exec(Path dir, List<String> command) {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes(), err = p.getErrorStream().readAllBytes();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + command);
            return new Outcome(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The class path of this test run (the compiler and its runtime sources). */
    static String classPath() { return System.getProperty("java.class.path"); }

    static String classPathWithout(String entryPart) {
        List<String> kept = new ArrayList<>();
        for (String e : classPath().split(File.pathSeparator)) if (!e.contains(entryPart)) kept.add(e);
        return String.join(File.pathSeparator, kept);
    }

    static String java() { return Path.of(System.getProperty("java.home"), "bin", "java").toString(); }

    static Path repo() {
        Path p = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(p.resolve("samples/hello"))) p = p.getParent();
        return p;
    }

    static Path sample(String name) { return repo().resolve("samples").resolve(name); }

    /** Compiles {@code sources} with javac into {@code classes}; the JVM side of a comparison. */
    static void javac(Path classes, List<Path> sources) {
        List<String> args = new ArrayList<>(List.of("-d", classes.toString()));
        sources.forEach(s -> args.add(s.toString()));
        int code = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new));
        assertEquals(0, code, "javac " + sources);
    }
}

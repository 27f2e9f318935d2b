package ostooc.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The oracle: compiles a program with javac (against the ostoo-rt jar, so runtime annotations resolve)
 * and runs it on the JVM in a child process.
 */
public final class Jvm {
    private static final Pattern INT_MAIN = Pattern.compile("static\\s+int\\s+main\\s*\\(\\s*\\)");

    private Jvm() { }

    public static Path compile(List<Path> sources, Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-nowarn", "-encoding", "UTF-8",
                "-cp", System.getProperty("java.class.path")));
        for (Path p : javaFiles(sources)) args.add(p.toString());
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int rc = javac.run(null, null, err, args.toArray(String[]::new));
        if (rc != 0) throw new AssertionError("javac rejected the program:\n" + err);
        return classes;
    }

    /** Runs {@code mainClass}; a seed-style {@code static int main()} goes through {@link IntMainLauncher}. */
    public static Run run(Path classes, String mainClass, boolean intMain) {
        String cp = classes + java.io.File.pathSeparator + System.getProperty("java.class.path");
        // UTF-8 output whatever the machine's locale (a CI shell may have none): native programs always write UTF-8.
        List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8", "-cp", cp));
        if (intMain) cmd.add(IntMainLauncher.class.getName());
        cmd.add(mainClass);
        return Processes.run(cmd, classes, 60);
    }

    public static boolean hasIntMain(List<Path> sources) {
        for (Path p : javaFiles(sources)) {
            try {
                if (INT_MAIN.matcher(Files.readString(p)).find()) return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return false;
    }

    static List<Path> javaFiles(List<Path> sources) {
        List<Path> out = new ArrayList<>();
        for (Path s : sources) {
            if (Files.isDirectory(s)) {
                try (Stream<Path> w = Files.walk(s)) { w.filter(p -> p.toString().endsWith(".java")).sorted().forEach(out::add); }
                catch (IOException e) { throw new UncheckedIOException(e); }
            } else out.add(s);
        }
        return out;
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

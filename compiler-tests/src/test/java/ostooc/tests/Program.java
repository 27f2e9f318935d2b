package ostooc.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A test program: one {@code Name.java} file (class {@code Name}, default package) or a folder of files
 * whose main class is {@code Main} (its package taken from {@code Main.java}).
 */
public record Program(String name, List<Path> sources, String mainClass) {
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");

    public static Program of(Path p) {
        if (Files.isDirectory(p)) return new Program(p.getFileName().toString(), List.of(p), mainClassIn(p));
        String cls = p.getFileName().toString().replaceFirst("\\.java$", "");
        return new Program(cls, List.of(p), cls);
    }

    /** Every program directly under {@code dir}: its .java files and its sub-folders. */
    public static List<Program> under(Path dir) {
        List<Program> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.sorted().forEach(p -> {
                if (Files.isDirectory(p) || p.toString().endsWith(".java")) out.add(of(p));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** False for programs that use the runtime's own API (ostoo.rt: C functions, raw memory), which the JVM cannot run. */
    public boolean runsOnTheJvm() {
        for (Path f : Jvm.javaFiles(sources)) {
            try {
                if (Files.readString(f).contains("import ostoo.rt.")) return false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return true;
    }

    private static String mainClassIn(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            Path main = s.filter(p -> p.getFileName().toString().equals("Main.java")).findFirst().orElse(null);
            if (main == null) {   // a sample: the single class with a main method
                return Jvm.javaFiles(List.of(dir)).stream().filter(Program::hasMain).findFirst()
                        .map(Program::classNameOf).orElseThrow(() -> new IllegalStateException("no main in " + dir));
            }
            return classNameOf(main);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasMain(Path p) {
        try { return Files.readString(p).matches("(?s).*static\\s+(void|int)\\s+main\\s*\\(.*"); }
        catch (IOException e) { throw new UncheckedIOException(e); }
    }

    private static String classNameOf(Path file) {
        try {
            Matcher m = PACKAGE.matcher(Files.readString(file));
            String simple = file.getFileName().toString().replaceFirst("\\.java$", "");
            return m.find() ? m.group(1) + "." + simple : simple;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./ostooc} launcher rebuilds the compiler ({@code mvn package}) exactly when one of its sources
 * is newer than {@code cli/target/ostooc.jar}: the top pom, a module's pom, a file of a module's
 * {@code src/main} (added, changed or deleted). Build output ({@code target/}, with the copies of
 * {@code src/main} the invoker tests leave there), {@code .git}, the samples' own Maven projects, bench
 * output and the sysroot never do. The real script runs in a tree laid out like the repository, with the
 * real top pom, and with stub {@code mvn} (which logs its call) and {@code java} first on the PATH.
 */
class LauncherTest {
    private static final long NOW = System.currentTimeMillis();
    // all in the past, so that the jar a rebuild re-stamps (with the time the build started) is newer than each
    private static final FileTime SOURCES = FileTime.fromMillis(NOW - 3_000_000), JAR = FileTime.fromMillis(NOW - 2_000_000),
            ARCHIVE = FileTime.fromMillis(NOW - 1_900_000), EDITED = FileTime.fromMillis(NOW - 1_000_000);

    /** Files that are not the compiler's sources, each newer than the jar. */
    private static final List<String> NOT_SOURCES = List.of(
            "ostoo-maven-plugin/target/it/hello/src/main/java/Hello.java",   // a maven-invoker-plugin copy
            "ostoo-maven-plugin/target/it/hello/pom.xml",
            "frontend/target/classes/ostooc/frontend/Frontend.class",
            "stdlib-shim/target/classes/ostooc-sources/ostoo/shim/Console.java",
            "frontend/src/test/java/ostooc/frontend/SomeTest.java",
            "compiler-tests/src/test/resources/programs/Some.java",
            "samples/maven-hello/pom.xml",
            "samples/maven-hello/src/main/java/hello/Hello.java",
            "samples/maven-hello/target/classes/hello/Hello.class",
            "samples/hello/Hello.java",
            ".git/index",
            ".git/refs/heads/src/main/branch",
            "sysroot/usr/lib/x86_64-linux-musl/libc.a",
            "bench/build/nbody",
            "hello",
            "README.md");

    @TempDir
    Path temp;

    @Test
    void buildOutputAndOtherFilesNeverRebuild() throws IOException {
        Path tree = tree();
        for (String f : NOT_SOURCES) write(tree.resolve(f), EDITED);
        assertEquals(List.of(), launch(tree), "mvn calls");
    }

    @Test
    void aMissingJarIsBuilt() throws IOException {
        Path tree = tree();
        Files.delete(tree.resolve("cli/target/ostooc.jar"));
        assertEquals(List.of("mvn -q -B -DskipTests -pl cli -am package"), launch(tree));
    }

    /** For the top pom and each module's pom and src/main: an edit rebuilds, once. */
    @TestFactory
    Stream<DynamicTest> aNewerSourceRebuildsOnce() throws IOException {
        List<String> sources = new ArrayList<>(List.of("pom.xml"));
        for (String m : modules()) sources.addAll(List.of(m + "/pom.xml", m + "/src/main/java/Source.java"));
        return sources.stream().map(s -> DynamicTest.dynamicTest(s, () -> {
            Path tree = tree();
            for (String f : NOT_SOURCES) write(tree.resolve(f), EDITED);
            Files.setLastModifiedTime(tree.resolve(s), EDITED);
            assertEquals(List.of("mvn -q -B -DskipTests -pl cli -am package"), launch(tree), "after an edit of " + s);
            assertEquals(List.of("mvn -q -B -DskipTests -pl cli -am package"), launch(tree), "the next compile does not rebuild");
        }));
    }

    @Test
    void anAddedOrDeletedSourceRebuilds() throws IOException {
        Path tree = tree();
        Path dir = tree.resolve("frontend/src/main/java");
        Files.delete(dir.resolve("Source.java"));
        Files.setLastModifiedTime(dir, EDITED);
        assertEquals(1, launch(tree).size(), "after a deletion");
        write(dir.resolve("Added.java"), SOURCES);
        Files.setLastModifiedTime(dir, FileTime.fromMillis(System.currentTimeMillis() + 1000));
        assertEquals(2, launch(tree).size(), "after an addition");
    }

    /** The modules of the real top pom. */
    private static List<String> modules() throws IOException {
        List<String> modules = new ArrayList<>();
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(Repo.root().resolve("pom.xml")));
        while (m.find()) modules.add(m.group(1));
        if (modules.size() < 5) throw new AssertionError("no modules found in the top pom: " + modules);
        return modules;
    }

    /** A fresh tree: the real launcher and top pom, each module's pom and one source, a built jar and archive. */
    private Path tree() throws IOException {
        Path tree = Files.createTempDirectory(temp, "tree-");
        Files.copy(Repo.root().resolve("ostooc"), tree.resolve("ostooc"));
        Files.copy(Repo.root().resolve("pom.xml"), tree.resolve("pom.xml"));
        for (String m : modules()) {
            write(tree.resolve(m + "/pom.xml"), SOURCES);
            write(tree.resolve(m + "/src/main/java/Source.java"), SOURCES);
        }
        write(tree.resolve("cli/target/ostooc.jar"), JAR);
        write(tree.resolve("cli/target/ostooc.jsa"), ARCHIVE);
        Path bin = Files.createDirectories(tree.resolve("stub-bin"));
        stub(bin.resolve("mvn"), "echo \"mvn $*\" >> '" + tree.resolve("mvn.log") + "'");
        stub(bin.resolve("java"), "exit 0");
        try (Stream<Path> all = Files.walk(tree)) {
            for (Path p : all.filter(p -> !p.startsWith(tree.resolve("cli/target"))).toList()) Files.setLastModifiedTime(p, SOURCES);
        }
        return tree;
    }

    /** Runs {@code ostooc --version} in {@code tree}; the mvn calls logged so far. */
    private static List<String> launch(Path tree) throws IOException {
        Run r = Processes.run(List.of(tree.resolve("ostooc").toString(), "--version"), tree, 30,
                Map.of("PATH", tree.resolve("stub-bin") + ":" + System.getenv("PATH")));
        assertEquals(0, r.exitCode(), "launcher exit code; stderr: " + r.stderr());
        Path log = tree.resolve("mvn.log");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    private static void write(Path file, FileTime time) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "");
        Files.setLastModifiedTime(file, time);
    }

    private static void stub(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}

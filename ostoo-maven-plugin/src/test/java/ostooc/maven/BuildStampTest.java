package ostooc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ostooc.driver.Options;

/** The up-to-date check's hash: equal for equal inputs, different when any input differs. */
class BuildStampTest {
    @TempDir
    Path dir;

    @Test
    void changesWithEverySourceAndOptionButNotWithTime() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/main/java/p"));
        Files.writeString(src.resolve("A.java"), "package p; class A { }\n");
        Options o = new Options(List.of(dir.resolve("src/main/java")), dir.resolve("target/ostoo/a"), null, Options.Emit.EXE, 1);
        ClassLoader cl = BuildStampTest.class.getClassLoader();
        String first = BuildStamp.of(o, cl);

        Files.setLastModifiedTime(src.resolve("A.java"), java.nio.file.attribute.FileTime.fromMillis(0));
        assertEquals(first, BuildStamp.of(o, cl), "a touched but unchanged source");

        Files.writeString(src.resolve("A.java"), "package p; class A { int x; }\n");
        String edited = BuildStamp.of(o, cl);
        assertNotEquals(first, edited, "an edited source");

        Files.writeString(src.resolve("B.java"), "package p; class B { }\n");
        String added = BuildStamp.of(o, cl);
        assertNotEquals(edited, added, "an added source");

        assertNotEquals(added, BuildStamp.of(o.withOptLevel(Options.OptLevel.Os), cl), "another level");
        assertNotEquals(added, BuildStamp.of(o.withMainClass("p.B"), cl), "another main class");
        assertNotEquals(added, BuildStamp.of(o.withOutput(dir.resolve("elsewhere")), cl), "another output");
        assertEquals(added, BuildStamp.of(o, cl));
    }
}

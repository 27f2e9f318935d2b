package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import ostooc.driver.Options;

/**
 * Every {@code Character} method stdlib-shim offers equals the JVM's at every code point (and out-of-range
 * ints), natively at each IR level: {@code resources/character-methods/CharacterMethods.java} prints one
 * hash per method and 4096-code-point block, each line labelled by its method and block, so a failure
 * names where to look. The tables behind the methods are generated from the JDK (stdlib-shim's
 * {@code CharacterTablesSource}); this checks that the shim reads them right.
 */
class CharacterMethodsTest {
    private static final String CLASS = "CharacterMethods";

    @Test
    void everyMethodAgreesWithTheJvmAtEveryCodePoint() throws IOException {
        Path file = Repo.root().resolve("compiler-tests/src/test/resources/character-methods/" + CLASS + ".java");
        String source = Files.readString(file);
        Path classes = Files.createTempDirectory("ostooc-chars-");
        String jvm;
        try {   // a child JVM: the in-process one shares System.out with the tests running alongside for the 2 s it takes
            Run run = Jvm.run(Jvm.compile(List.of(file), classes), CLASS, false);
            assertEquals(0, run.exitCode(), run.stderr());
            jvm = run.stdout();
        } finally {
            Differential.deleteTree(classes);
        }
        List<String> labels = jvm.lines().map(l -> l.substring(0, l.lastIndexOf(':'))).toList();
        assertEquals(19 * 275 + 19 * 16 + 2, labels.size(), "the program prints a line per method and block");
        for (Options.OptLevel level : GeneratedCheck.LEVELS)
            assertNull(GeneratedCheck.firstDifference(labels, jvm, GeneratedCheck.runNative(CLASS, source, level)), "at " + level.flag());
    }
}

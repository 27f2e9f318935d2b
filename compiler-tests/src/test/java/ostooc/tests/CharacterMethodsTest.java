package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
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
        String source = Files.readString(Repo.root().resolve("compiler-tests/src/test/resources/character-methods/" + CLASS + ".java"));
        String jvm = InProcessJvm.run(CLASS, source);
        List<String> labels = jvm.lines().map(l -> l.substring(0, l.lastIndexOf(':'))).toList();
        assertEquals(19 * 275 + 19 * 16 + 2, labels.size(), "the program prints a line per method and block");
        for (Options.OptLevel level : GeneratedCheck.LEVELS)
            assertNull(GeneratedCheck.firstDifference(labels, jvm, GeneratedCheck.runNative(CLASS, source, level)), "at " + level.flag());
    }
}

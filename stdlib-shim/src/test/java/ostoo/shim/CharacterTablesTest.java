package ostoo.shim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The committed {@code CharacterTables.java} is what {@link CharacterTablesSource} generates from the running
 * JDK, and the JDK facts the generated layouts and {@link Characters} rely on hold for every code point.
 * That Characters reads the tables right is checked natively, against the JVM, by compiler-tests'
 * {@code CharacterMethodsTest}.
 */
class CharacterTablesTest {
    @Test
    void committedTablesAreTheGeneratedOnes() throws IOException {
        Path committed = Path.of("src/main/java/ostoo/shim/CharacterTables.java");
        assertEquals(CharacterTablesSource.source(), Files.readString(committed),
                "regenerate: java -cp stdlib-shim/target/test-classes ostoo.shim.CharacterTablesSource > stdlib-shim/" + committed);
    }

    @Test
    void theShimsDerivationsHoldForEveryCodePoint() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            int d = Character.digit(c, 36);
            assertEquals(Character.isDigit(c), d >= 0 && d < 10, "isDigit is digit < 10 at " + c);
            if (d >= 0) assertEquals(Character.getNumericValue(c), d, "getNumericValue is the digit value at " + c);
            for (int radix = Character.MIN_RADIX; radix <= Character.MAX_RADIX; radix++)
                assertEquals(Character.digit(c, radix), d < radix ? d : -1, "digit in radix " + radix + " at " + c);
            if (c <= 0xFFFF) {
                assertEquals((char) Character.toUpperCase(c), Character.toUpperCase((char) c), "toUpperCase(char) at " + c);
                assertEquals((char) Character.toLowerCase(c), Character.toLowerCase((char) c), "toLowerCase(char) at " + c);
                assertEquals(Character.getNumericValue(c), Character.getNumericValue((char) c), "getNumericValue(char) at " + c);
            }
        }
    }
}

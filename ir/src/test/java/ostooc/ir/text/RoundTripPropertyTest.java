package ostooc.ir.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import ostooc.ir.IrPrinter;
import ostooc.ir.gen.TextGenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** print → parse → print is the identity on arbitrary (not necessarily well-formed) modules. */
class RoundTripPropertyTest {
    @Property(tries = 1000)
    void printParsePrintIsIdentity(@ForAll long seed) {
        String text = IrPrinter.print(TextGenerator.generate(seed));
        assertEquals(text, IrPrinter.print(IrParser.parse(text)));
    }
}

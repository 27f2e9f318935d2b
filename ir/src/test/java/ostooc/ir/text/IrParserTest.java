package ostooc.ir.text;

import ostooc.ir.Block;
import ostooc.ir.Function;
import ostooc.ir.Instr;
import ostooc.ir.IrPrinter;
import ostooc.ir.Module;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IrParserTest {
    static String resource(String name) throws IOException {
        try (InputStream in = IrParserTest.class.getResourceAsStream("/filetests/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The canonical text without its leading comment lines. */
    static String body(String fileText) {
        return fileText.replaceFirst("(?s)^(;[^\n]*\n)*", "");
    }

    @Test void everythingRoundTrips() throws IOException {
        String text = body(resource("roundtrip-everything.ir"));
        assertEquals(text, IrPrinter.print(IrParser.parse(text)));
    }

    @Test void keepsIdsAndResolvesForwardReferences() {
        Module m = IrParser.parse("""
                func @f(i32) i32 {
                b7:
                  %4:i32 = param 0
                  br b2
                b2:
                  %9:i32 = phi [b7 %4], [b2 %12]
                  %12:i32 = add %9, %4
                  brif %12, b2, b5
                b5:
                  ret %12
                }
                """);
        Function f = m.function("f");
        Block b2 = f.blocks().get(1);
        Instr phi = b2.instrs().get(0);
        assertEquals(2, b2.id());
        assertEquals(9, phi.id());
        assertSame(b2.instrs().get(1), phi.input(1));
        assertSame(b2, phi.phiBlocks.get(1));
        assertSame(b2, phi.block());
        assertEquals(13, f.valueCount());
        assertEquals(8, f.blockIdLimit());
    }

    private static IrParseException failure(String text) {
        return assertThrows(IrParseException.class, () -> IrParser.parse(text));
    }

    @Test void reportsUndefinedValueAtItsUse() {
        IrParseException e = failure("func @f() i32 {\nb0:\n  ret %3\n}\n");
        assertEquals("3:7: undefined value %3 in @f", e.getMessage());
        assertEquals(3, e.line());
        assertEquals(7, e.column());
    }

    @Test void reportsUndefinedBlock() {
        assertEquals("3:6: undefined block b9 in @f", failure("func @f() void {\nb0:\n  br b9\n}\n").getMessage());
    }

    @Test void reportsDuplicateValue() {
        assertEquals("4:3: value %0 defined twice",
                failure("func @f() void {\nb0:\n  %0:i32 = iconst 1\n  %0:i32 = iconst 2\n  ret\n}\n").getMessage());
    }

    @Test void reportsDuplicateBlock() {
        assertEquals("4:1: block b0 defined twice", failure("func @f() void {\nb0:\n  ret\nb0:\n  ret\n}\n").getMessage());
    }

    @Test void reportsUnknownOpcode() {
        assertEquals("3:12: unknown opcode: frob", failure("func @f() void {\nb0:\n  %0:i32 = frob 1\n}\n").getMessage());
    }

    @Test void reportsMissingMemoryKind() {
        assertEquals("3:12: load needs a memory kind, e.g. load.i32",
                failure("func @f(i64) void {\nb0:\n  %1:i32 = load %0, 0\n}\n").getMessage());
    }

    @Test void reportsUnknownType() {
        assertEquals("1:9: unknown type: i16", failure("func @f(i16) void {\n}\n").getMessage());
    }

    @Test void reportsInstructionOutsideBlock() {
        assertEquals("2:3: instruction before the first block label", failure("func @f() void {\n  ret\n}\n").getMessage());
    }

    @Test void reportsVoidValue() {
        assertEquals("3:6: a value cannot have type void", failure("func @f() void {\nb0:\n  %0:void = iconst 1\n}\n").getMessage());
    }

    @Test void reportsTrailingTokens() {
        assertEquals("3:10: expected end of line, found value %1", failure("func @f() void {\nb0:\n  ret %0 %1\n}\n").getMessage());
    }

    @Test void reportsUnterminatedString() {
        assertEquals("3:7: unterminated string", failure("func @f() void naked {\nb0:\n  asm \"mov\n}\n").getMessage());
    }

    @Test void reportsMissingBrace() {
        assertEquals("4:1: missing '}' at the end of function @f", failure("func @f() void {\nb0:\n  ret\n").getMessage());
    }

    @Test void reportsDuplicateFunction() {
        assertEquals("5:1: duplicate function f", failure("func @f() void {\nb0:\n  ret\n}\nfunc @f() void {\nb0:\n  ret\n}\n").getMessage());
    }

    @Test void reportsBadHex() {
        assertEquals("1:24: bad hex contents: ", failure("data @d rodata align 1 x\"4\"\n").getMessage().replaceAll("contents: .*", "contents: "));
    }

    @Test void reportsBlockLabelWhereValueBelongs() {
        assertEquals("3:7: unexpected 'b1' in operands of ret", failure("func @f() void {\nb0:\n  ret b1\n}\n").getMessage());
    }
}

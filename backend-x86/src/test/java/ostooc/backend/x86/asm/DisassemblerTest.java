package ostooc.backend.x86.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The disassembler against texts objdump is known to print for the same bytes: the encoding table's
 * triples ({@link EncodingTableTest}, {@link SseEncodingTest}, both checked against objdump there) and
 * random instruction streams in objdump's syntax ({@link RandomInstructions}, which
 * {@link ObjdumpCrossCheckTest} round-trips through objdump): assembled, then decoded, they must read
 * the same. Relocated calls name their symbol where objdump prints {@code .+5}; branches print their
 * target's offset in the function, as objdump does for a function at 0.
 */
class DisassemblerTest {
    @TestFactory
    Stream<DynamicTest> decodesEveryEncodingTableRowAsObjdumpDoes() {
        return EncodingTableTest.ROWS.stream().map(r -> DynamicTest.dynamicTest(r.asm(), () -> {
            Assembler a = AsmText.assemble(r.asm());
            List<Decoded> d = Disassembler.decode(a.finish(), a.relocations());
            assertEquals(1, d.size(), d.toString());
            String objdump = r.objdump().replaceFirst(" R_X86_64_\\S+ \\S+$", "");
            String ours = d.get(0).text().replaceFirst("\\s+# .*$", "");
            // the table writes branch targets relative to the instruction (.+N); in a function they are offsets
            if (d.get(0).reloc() != null) objdump = objdump.replace(".+5", d.get(0).reloc().symbol());
            else objdump = objdump.replaceFirst("\\.\\+(\\d+)$", "$1");
            assertEquals(objdump, ours);
            assertEquals(r.hex(), d.get(0).hexBytes());
        }));
    }

    @Test
    void decodesEverySseTripleAsObjdumpDoes() {
        for (SseEncodingTest.Case c : SseEncodingTest.CASES) {
            Assembler a = new Assembler();
            c.emit().accept(a);
            List<Decoded> d = Disassembler.decode(a.finish(), a.relocations());
            assertEquals(List.of(c.text()), d.stream().map(Decoded::text).toList(), c.hex());
        }
    }

    @Test
    void aLargeRandomStreamReadsBackAsWritten() {
        roundTrip(20240601L, 5000);
    }

    @Property(tries = 50)
    void randomStreamsReadBackAsWritten(@ForAll long seed) {
        roundTrip(seed, 200);
    }

    @Test
    void branchesPrintTheirTargetOffsetAndUnknownBytesAreBad() {
        Assembler a = AsmText.assemble("top:\nje top\nnop_free: jmp top\n");
        byte[] code = a.finish();
        byte[] withJunk = java.util.Arrays.copyOf(code, code.length + 1);
        withJunk[code.length] = (byte) 0x06;   // push es: invalid in 64-bit mode
        List<String> texts = Disassembler.decode(withJunk, List.of()).stream().map(Decoded::text).toList();
        assertEquals(List.of("je 0", "jmp 0", "(bad)"), texts);
    }

    private static void roundTrip(long seed, int n) {
        RandomInstructions gen = new RandomInstructions(seed);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) lines.add(gen.next());
        Assembler a = AsmText.assemble(String.join("\n", lines));
        List<Decoded> got = Disassembler.decode(a.finish(), a.relocations());
        for (int i = 0; i < Math.min(lines.size(), got.size()); i++)
            assertEquals(lines.get(i), got.get(i).text(), "instruction " + i + " (" + got.get(i).hexBytes() + ")");
        assertEquals(lines.size(), got.size(), "instruction count");
    }
}

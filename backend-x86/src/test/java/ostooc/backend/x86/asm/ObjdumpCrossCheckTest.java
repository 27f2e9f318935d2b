package ostooc.backend.x86.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import ostooc.backend.testutil.Objdump;

/**
 * objdump as an independent decoder: random instruction streams written in objdump's own syntax are
 * assembled by AsmText, put in an ELF .o by our writer, and objdump must print the same stream back.
 */
class ObjdumpCrossCheckTest {
    static List<String> sample(long seed, int n) {
        RandomInstructions gen = new RandomInstructions(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(gen.next());
        }
        return out;
    }

    static void roundTrip(Path dir, List<String> lines) {
        Assembler a = AsmText.assemble(String.join("\n", lines));
        List<Objdump.Insn> insns = Objdump.disassemble(dir, a.finish(), a.relocations());
        List<String> got = insns.stream().map(Objdump.Insn::text).toList();
        for (int i = 0; i < Math.min(lines.size(), got.size()); i++) {
            assertEquals(lines.get(i), got.get(i), "instruction " + i + " (" + insns.get(i).hex() + ")");
        }
        assertEquals(lines.size(), got.size(), "instruction count");
    }

    @Test
    void largeSampleDecodesIdentically(@TempDir Path dir) {
        roundTrip(dir, sample(20240601L, 5000));
    }

    @Property(tries = 25)
    void randomStreamsDecodeIdentically(@ForAll long seed) throws IOException {
        Path dir = Files.createTempDirectory("ostooc-objdump");
        try {
            roundTrip(dir, sample(seed, 200));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }
}

package ostooc.backend.x86.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ostooc.backend.x86.CodeGenerator;
import ostooc.backend.x86.asm.Assembler;
import ostooc.backend.x86.asm.Decoded;
import ostooc.backend.x86.asm.Disassembler;

/**
 * Block layout (isel/BlockLayout): a loop's body comes right after its header, so the header's branch
 * falls through into the body and leaves forward to the exit, the back edge is the one backward jump,
 * and the code after the loop comes last.
 */
class BlockLayoutTest {
    // sum(n) = 1 + 2 + ... + n
    private static final String LOOP = """
            func @sum(i32) i32 {
            b0:
              %0:i32 = param 0
              %1:i32 = iconst 0
              %2:i32 = iconst 1
              br b1
            b1:
              %3:i32 = phi [b0 %1], [b2 %5]
              %4:i32 = phi [b0 %2], [b2 %6]
              %7:i32 = cmp sle %4, %0
              brif %7, b2, b3
            b2:
              %5:i32 = add %3, %4
              %6:i32 = add %4, %2
              br b1
            b3:
              ret %3
            }
            func @main() i32 {
            b0:
              %0:i32 = iconst 10
              %1:i32 = call @sum(%0)
              ret %1
            }
            """;

    @Test
    void loopBodyFollowsItsHeaderAndTheExitComesLast() {
        Assembler a = CodeGenerator.compile(NativeRunner.parse(LOOP).function("sum"), true);
        List<Decoded> code = Disassembler.decode(a.finish(), a.relocations());
        String listing = String.join("\n", code.stream().map(d -> Integer.toHexString(d.offset()) + ": " + d.text()).toList());
        assertEquals("ret", code.get(code.size() - 1).text(), listing);
        List<Decoded> backward = code.stream().filter(d -> d.text().startsWith("j") && target(d) <= d.offset()).toList();
        assertEquals(1, backward.size(), listing);
        assertTrue(backward.get(0).text().startsWith("jmp"), "the back edge: " + listing);
        Decoded exitBranch = code.stream().filter(d -> d.text().startsWith("j") && !d.text().startsWith("jmp")).findFirst().orElseThrow();
        assertTrue(target(exitBranch) > backward.get(0).offset(), "the header leaves forward, past the body, to the exit:\n" + listing);
        assertEquals(55, NativeRunner.run(LOOP).exitCode());
    }

    private static int target(Decoded d) { return Integer.parseInt(d.text().substring(d.text().indexOf(' ') + 1), 16); }
}

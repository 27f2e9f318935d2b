package ostooc.backend.x86.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ostooc.backend.testutil.Objdump;

/** Branch relaxation: rel8 exactly when the displacement fits, rel32 otherwise, and targets stay right. */
class RelaxationTest {
    private static byte[] forwardJump(Cond c, int gap) {
        Assembler a = new Assembler();
        Label l = a.newLabel();
        if (c == null) {
            a.jmp(l);
        } else {
            a.jcc(c, l);
        }
        for (int i = 0; i < gap; i++) {
            a.int3();
        }
        a.bind(l);
        a.ret();
        return a.finish();
    }

    @Test
    void forwardJumpIsShortUpTo127Bytes() {
        byte[] code = forwardJump(null, 127);
        assertEquals(2 + 127 + 1, code.length);
        assertEquals((byte) 0xEB, code[0]);
        assertEquals(127, code[1]);
    }

    @Test
    void forwardJumpIsNearFrom128Bytes() {
        byte[] code = forwardJump(null, 128);
        assertEquals(5 + 128 + 1, code.length);
        assertEquals((byte) 0xE9, code[0]);
        assertEquals((byte) 0x80, code[1]);
    }

    @Test
    void conditionalJumpsUseTheirTwoForms() {
        assertEquals("74 7f", EncodingTableTest.hex(forwardJump(Cond.E, 127)).substring(0, 5));
        assertEquals("0f 84 80 00 00 00", EncodingTableTest.hex(forwardJump(Cond.E, 128)).substring(0, 17));
    }

    @Test
    void backwardJumpIsShortDownToMinus128() {
        for (int gap : new int[] {126, 127}) {
            Assembler a = new Assembler();
            Label top = a.newLabel();
            a.bind(top);
            for (int i = 0; i < gap; i++) {
                a.int3();
            }
            a.jcc(Cond.NE, top);
            byte[] code = a.finish();
            if (gap == 126) { // rel = -(126 + 2) = -128: still short
                assertEquals("75 80", EncodingTableTest.hex(code).substring(3 * gap));
            } else { // -(127 + 2) = -129: near, rel32 = -(127 + 6)
                assertEquals("0f 85 7b ff ff ff", EncodingTableTest.hex(code).substring(3 * gap));
            }
        }
    }

    @Test
    void growingOneBranchCanPushAnotherOutOfRange() {
        // jmp A is exactly in range while jmp B is short; B must become near (gap 128), which pushes A to 130.
        Assembler a = new Assembler();
        Label la = a.newLabel(), lb = a.newLabel();
        a.jmp(la);
        a.jmp(lb);
        for (int i = 0; i < 125; i++) {
            a.int3();
        }
        a.bind(la);
        for (int i = 0; i < 3; i++) {
            a.int3();
        }
        a.bind(lb);
        a.ret();
        byte[] code = a.finish();
        assertEquals((byte) 0xE9, code[0]);
        assertEquals((byte) 0xE9, code[5]);
        assertEquals(10 + 125, a.labelOffset(la));
        assertEquals(10 + 128, a.labelOffset(lb));
    }

    @Test
    void objdumpAgreesOnEveryTarget(@TempDir Path dir) {
        StringBuilder src = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            src.append("l").append(i).append(":\n");
            src.append(i % 3 == 0 ? "jne l" + (39 - i) : "jmp l" + ((i * 7) % 40)).append('\n');
            for (int k = 0; k < (i * 13) % 50; k++) {
                src.append("add rax, 0x1000\n"); // 6 bytes each: some branches need rel32
            }
        }
        Assembler a = new Assembler();
        var labels = AsmText.assembleInto(a, src.toString());
        byte[] code = a.finish();
        List<Objdump.Insn> insns = Objdump.disassemble(dir, code, a.relocations());
        int checked = 0;
        for (Objdump.Insn in : insns) {
            if (in.text().startsWith("j")) {
                int target = in.offset() + Integer.parseInt(in.text().replaceAll(".*\\.\\+?", ""));
                String expectLabel = src.toString().split("\n")[lineOf(src.toString(), in, insns)].split(" ")[1];
                assertEquals(a.labelOffset(labels.get(expectLabel)), target, in.text());
                checked++;
            }
        }
        assertEquals(40, checked);
        assertEquals(true, insns.stream().anyMatch(i -> i.hex().startsWith("e9")), "some near jumps");
        assertEquals(true, insns.stream().anyMatch(i -> i.hex().startsWith("eb")), "some short jumps");
    }

    /** Source line index of instruction {@code in}: labels are on their own lines and produce no instruction. */
    private static int lineOf(String src, Objdump.Insn in, List<Objdump.Insn> insns) {
        int n = insns.indexOf(in);
        String[] lines = src.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].endsWith(":") && n-- == 0) {
                return i;
            }
        }
        throw new AssertionError();
    }

    @Test
    void unboundLabelIsAnError() {
        Assembler a = new Assembler();
        a.jmp(a.newLabel());
        assertThrows(IllegalStateException.class, a::finish);
    }
}

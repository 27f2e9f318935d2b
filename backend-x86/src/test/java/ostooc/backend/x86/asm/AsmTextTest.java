package ostooc.backend.x86.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** AsmText specifics the encoding table does not show: symbols, labels, comments, errors. */
class AsmTextTest {
    @Test
    void quotedSymbolsKeepEveryCharacter() {
        Assembler a = AsmText.assemble("call \"Lfoo/Bar;.baz([I)V$1\"\nlea rax, [rip+\"a[b]+c\"-8]");
        a.finish();
        List<Reloc> r = a.relocations();
        assertEquals(new Reloc(1, RelocType.R_X86_64_PLT32, "Lfoo/Bar;.baz([I)V$1", -4), r.get(0));
        assertEquals(new Reloc(8, RelocType.R_X86_64_PC32, "a[b]+c", -12), r.get(1));
    }

    @Test
    void labelsCommentsAndForwardBranches() {
        Assembler a = AsmText.assemble("""
                # the runtime's entry
                _start: xor ecx, ecx   # zero
                  jmp done
                unused:
                done:
                  ret
                """);
        assertEquals("31 c9 eb 00 c3", EncodingTableTest.hex(a.finish()));
    }

    @Test
    void jumpToUnknownNameIsATailCall() {
        Assembler a = AsmText.assemble("jmp elsewhere");
        a.finish();
        assertEquals(RelocType.R_X86_64_PLT32, a.relocations().get(0).type());
    }

    @Test
    void errorsNameTheLine() {
        AsmException e = assertThrows(AsmException.class, () -> AsmText.assemble("ret\nfrobnicate rax"));
        assertTrue(e.getMessage().startsWith("line 2: unknown mnemonic frobnicate"), e.getMessage());
        assertThrows(AsmException.class, () -> AsmText.assemble("mov [rax], 5"), "needs a size");
        assertThrows(AsmException.class, () -> AsmText.assemble("add al, 300"), "does not fit");
        assertThrows(AsmException.class, () -> AsmText.assemble("add rax, 0x80000000"), "not a simm32");
        assertThrows(AsmException.class, () -> AsmText.assemble("jne nowhere"), "jcc needs a label");
        assertThrows(AsmException.class, () -> AsmText.assemble("shl eax, dl"), "count must be cl");
        assertThrows(AsmException.class, () -> AsmText.assemble("x: ret\nx: ret"), "duplicate label");
    }

    @Test
    void regNamesFollowTheHardware() {
        assertEquals("r8d", Reg.R8.name(Width.B32));
        assertEquals("sil", Reg.RSI.name(Width.B8));
        assertEquals("r15w", Reg.R15.name(Width.B16));
        assertEquals(Cond.NE, Cond.E.negate());
        assertEquals(Cond.LE, Cond.G.negate());
        assertEquals(12, Reg.R12.code());
        assertTrue(Reg.R8.isExtended() && !Reg.RDI.isExtended());
    }

    @Test
    void movzxFrom32BitsIsAPlainMove() {
        Assembler a = new Assembler();
        a.movzx(Width.B64, Reg.RAX, Width.B32, Reg.R9);
        assertEquals("41 8b c1", EncodingTableTest.hex(a.finish())); // mov eax, r9d (8B /r form)
    }
}

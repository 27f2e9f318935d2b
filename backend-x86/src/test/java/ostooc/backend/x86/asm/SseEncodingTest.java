package ostooc.backend.x86.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ostooc.backend.testutil.Objdump;

/**
 * SSE2 encodings as (instruction, hex, objdump text) triples, with objdump as the independent decoder,
 * including extended registers (REX.R/B on xmm8+ and r8+) and REX.W forms. Also checks that none of them
 * starts with a VEX prefix (C4/C5): ostoo has no AVX.
 */
class SseEncodingTest {
    record Case(Consumer<Assembler> emit, String hex, String text) { }

    private static final Mem SLOT = Mem.of(Reg.RSP, 8);

    static final List<Case> CASES = List.of(
            new Case(a -> a.sse(SseOp.ADD, true, Reg.XMM0, Reg.XMM1), "f20f58c1", "addsd xmm0,xmm1"),
            new Case(a -> a.sse(SseOp.SUB, false, Reg.XMM9, Reg.XMM2), "f3440f5cca", "subss xmm9,xmm2"),
            new Case(a -> a.sse(SseOp.MUL, true, Reg.XMM3, Reg.XMM12), "f2410f59dc", "mulsd xmm3,xmm12"),
            new Case(a -> a.sse(SseOp.DIV, false, Reg.XMM15, Reg.XMM8), "f3450f5ef8", "divss xmm15,xmm8"),
            new Case(a -> a.sse(SseOp.SQRT, true, Reg.XMM1, Reg.XMM1), "f20f51c9", "sqrtsd xmm1,xmm1"),
            new Case(a -> a.movs(true, Reg.XMM2, SLOT), "f20f10542408", "movsd xmm2,QWORD PTR [rsp+0x8]"),
            new Case(a -> a.movs(false, Mem.of(Reg.R12, 16), Reg.XMM10), "f3450f11542410", "movss DWORD PTR [r12+0x10],xmm10"),
            new Case(a -> a.movaps(Reg.XMM13, Reg.XMM0), "440f28e8", "movaps xmm13,xmm0"),
            new Case(a -> a.ucomis(true, Reg.XMM0, Reg.XMM9), "66410f2ec1", "ucomisd xmm0,xmm9"),
            new Case(a -> a.ucomis(false, Reg.XMM4, Reg.XMM5), "0f2ee5", "ucomiss xmm4,xmm5"),
            new Case(a -> a.cvtsi2s(true, Reg.XMM0, Width.B32, Reg.RDI), "f20f2ac7", "cvtsi2sd xmm0,edi"),
            new Case(a -> a.cvtsi2s(false, Reg.XMM8, Width.B64, Reg.R9), "f34d0f2ac1", "cvtsi2ss xmm8,r9"),
            new Case(a -> a.cvtts2si(true, Width.B64, Reg.RAX, Reg.XMM1), "f2480f2cc1", "cvttsd2si rax,xmm1"),
            new Case(a -> a.cvtts2si(false, Width.B32, Reg.R10, Reg.XMM14), "f3450f2cd6", "cvttss2si r10d,xmm14"),
            new Case(a -> a.cvts2s(true, Reg.XMM0, Reg.XMM1), "f30f5ac1", "cvtss2sd xmm0,xmm1"),
            new Case(a -> a.cvts2s(false, Reg.XMM0, Reg.XMM1), "f20f5ac1", "cvtsd2ss xmm0,xmm1"),
            new Case(a -> a.movToXmm(Width.B64, Reg.XMM1, Reg.R11), "66490f6ecb", "movq xmm1,r11"),
            new Case(a -> a.movToXmm(Width.B32, Reg.XMM0, Reg.RAX), "660f6ec0", "movd xmm0,eax"),
            new Case(a -> a.movFromXmm(Width.B64, Reg.RCX, Reg.XMM9), "664c0f7ec9", "movq rcx,xmm9"),
            new Case(a -> a.movmsk(true, Reg.RAX, Reg.XMM3), "660f50c3", "movmskpd eax,xmm3"),
            new Case(a -> a.movmsk(false, Reg.R8, Reg.XMM3), "440f50c3", "movmskps r8d,xmm3"),
            new Case(a -> a.xorps(Reg.XMM7, Reg.XMM7), "0f57ff", "xorps xmm7,xmm7"),
            new Case(a -> a.btc(Width.B64, Reg.RAX, 63), "480fbaf83f", "btc rax,0x3f"));

    @Test
    void triplesMatchObjdump(@TempDir Path dir) {
        Assembler all = new Assembler();
        List<String> hexes = new ArrayList<>();
        for (Case c : CASES) {
            Assembler one = new Assembler();
            c.emit().accept(one);
            hexes.add(java.util.HexFormat.of().formatHex(one.finish()));
            c.emit().accept(all);
        }
        List<Objdump.Insn> insns = Objdump.disassemble(dir, all.finish(), all.relocations());
        assertEquals(CASES.size(), insns.size(), "instruction count");
        for (int i = 0; i < CASES.size(); i++) {
            assertEquals(CASES.get(i).hex(), hexes.get(i), CASES.get(i).text());
            assertEquals(CASES.get(i).text(), insns.get(i).text(), "objdump of " + hexes.get(i));
            assertNotEquals("c4", hexes.get(i).substring(0, 2), "VEX prefix");
            assertNotEquals("c5", hexes.get(i).substring(0, 2), "VEX prefix");
        }
    }
}

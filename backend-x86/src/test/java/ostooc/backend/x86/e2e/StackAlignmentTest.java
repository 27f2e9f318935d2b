package ostooc.backend.x86.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * rsp must be 16-byte aligned at every call, whatever the frame holds: a naked probe returns rsp mod 16
 * at its entry (8 when the caller was aligned). Callers keep 0..20 values live across the probe call, so
 * their frames have 0..6 callee-saved pushes and 0..14 spill slots, and some pass stack arguments.
 * main exits with the number of misaligned calls.
 */
class StackAlignmentTest {
    @Test
    void everyFrameShapeCallsAligned() {
        StringBuilder ir = new StringBuilder("""
                data @sink bss align 8 size 8
                func @probe(i64, i64, i64, i64, i64, i64, i64) i64 naked {
                b0:
                  asm "mov rax, rsp"
                  asm "and eax, 15"
                  asm "ret"
                  unreachable
                }
                """);
        StringBuilder main = new StringBuilder("func @main() i32 {\nb0:\n  %0:i64 = iconst 0\n  %1:i64 = iconst 8\n");
        int mv = 2, prev = 0;
        for (int live = 0; live <= 20; live++) {
            // f<live>(x): v_k = x * k for k = 1..live; r = probe(...); sink = sum v_k; return r
            ir.append("func @f").append(live).append("(i64) i64 {\nb0:\n  %0:i64 = param 0\n");
            int v = 1;
            for (int k = 1; k <= live; k++, v += 2)
                ir.append("  %").append(v).append(":i64 = iconst ").append(k).append("\n  %").append(v + 1).append(":i64 = mul %0, %").append(v).append('\n');
            int r = v++;
            ir.append("  %").append(r).append(":i64 = call @probe(%0, %0, %0, %0, %0, %0, %0)\n");
            int acc = 0;
            for (int k = 1; k <= live; k++, v++) { ir.append("  %").append(v).append(":i64 = add %").append(acc).append(", %").append(2 * k).append('\n'); acc = v; }
            ir.append("  %").append(v).append(":i64 = symaddr @sink\n  store.i64 %").append(v).append(", 0, %").append(acc).append('\n');
            ir.append("  ret %").append(r).append("\n}\n");
            main.append("  %").append(mv).append(":i64 = call @f").append(live).append("(%1)\n");
            main.append("  %").append(mv + 1).append(":i64 = xor %").append(mv).append(", %1\n");     // 0 when aligned
            main.append("  %").append(mv + 2).append(":i64 = or %").append(prev).append(", %").append(mv + 1).append('\n');
            prev = mv + 2;
            mv += 3;
        }
        main.append("  %").append(mv).append(":i32 = trunc %").append(prev).append("\n  ret %").append(mv).append("\n}\n");
        assertEquals(0, NativeRunner.run(ir.append(main).toString()).exitCode());
    }
}

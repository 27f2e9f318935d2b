package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checker itself, on a hand-written executable (assembled by gcc): a guarded idiv, a constant divisor
 * (also one set through the 32-bit alias, and 0xffffffff zero-extended to 64 bits) and a 32-bit guard pass;
 * the unguarded idiv, the guard on the wrong register and a constant 32-bit -1 are reported. Stripped
 * too, where functions are found from call targets alone.
 */
class DivisionGuardsTest {
    static final String ASM = """
            .intel_syntax noprefix
            .text
            .globl _start
            _start:
                call guarded
                call unguarded
                call constant
                call guarded32
                call wrongRegister
                call aliasConstant
                call zeroExtended
                call minusOne32
                mov eax, 60
                xor edi, edi
                syscall
            guarded:
                cmp rcx, -1
                je 1f
                cqo
                idiv rcx
            1:  ret
            unguarded:
                mov rax, 7
                cqo
                idiv rcx
                ret
            constant:
                mov ecx, 7
                cdq
                idiv ecx
                ret
            guarded32:
                cmp DWORD PTR [rsp+0x8], 0xffffffff
                je 2f
                cdq
                idiv DWORD PTR [rsp+0x8]
            2:  ret
            wrongRegister:
                cmp rdx, -1
                je 3f
                cqo
                idiv rsi
            3:  ret
            aliasConstant:
                mov edi, 10
                cqo
                idiv rdi
                ret
            zeroExtended:
                mov ecx, 0xffffffff
                cqo
                idiv rcx
                ret
            minusOne32:
                mov ecx, 0xffffffff
                cdq
                idiv ecx
                ret
            """;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void reportsExactlyTheUnguardedDivisions(boolean stripped) throws IOException {
        Path dir = Files.createTempDirectory("ostooc-divguard-");
        try {
            Path s = dir.resolve("div.s");
            Files.writeString(s, ASM);
            Path exe = dir.resolve("div");
            Run cc = Processes.run(stripped ? List.of("gcc", "-nostdlib", "-static", "-s", "-o", exe.toString(), s.toString())
                    : List.of("gcc", "-nostdlib", "-static", "-o", exe.toString(), s.toString()), dir, 60);
            assertEquals(0, cc.exitCode(), cc.stderr());
            List<String> v = DivisionGuards.violations(exe);
            assertEquals(3, v.size(), String.join("\n", v));
            assertTrue(v.get(0).contains("idiv rcx"), v.get(0));
            assertTrue(v.get(1).contains("idiv rsi"), v.get(1));
            assertTrue(v.get(2).contains("idiv ecx"), v.get(2));
        } finally {
            Differential.deleteTree(dir);
        }
    }
}

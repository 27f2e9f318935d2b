package ostooc.backend.x86.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ostooc.backend.x86.CodeGenerator;
import ostooc.backend.x86.asm.Assembler;
import ostooc.backend.x86.asm.Decoded;
import ostooc.backend.x86.asm.Disassembler;

/**
 * The frame's code (emit/FrameLayout, FunctionEmitter.returnFromFunction): an eightbyte of alignment
 * padding is {@code push rax}/{@code pop rcx}, and a function with several returns has one epilogue,
 * which the other returns jump to. Run natively too: the values live across the call in callee-saved
 * registers must survive, and the call must see an aligned stack.
 */
class FrameShapeTest {
    // f(a, b, c, d) = a < b ? a+b+c+d : (a > c ? a-c+d : a+b+c+d): four values live across the call.
    private static final String IR = """
            func @id(i32) i32 {
            b0:
              %0:i32 = param 0
              ret %0
            }
            func @f(i32, i32, i32, i32) i32 {
            b0:
              %0:i32 = param 0
              %1:i32 = param 1
              %2:i32 = param 2
              %3:i32 = param 3
              %4:i32 = call @id(%0)
              %5:i32 = cmp slt %4, %1
              brif %5, b1, b2
            b1:
              %6:i32 = add %4, %1
              %7:i32 = add %6, %2
              %8:i32 = add %7, %3
              ret %8
            b2:
              %9:i32 = cmp sgt %4, %2
              brif %9, b3, b4
            b3:
              %10:i32 = sub %4, %2
              %11:i32 = add %10, %3
              ret %11
            b4:
              %12:i32 = add %1, %2
              %13:i32 = add %12, %3
              %14:i32 = add %13, %0
              ret %14
            }
            func @main() i32 {
            b0:
              %0:i32 = iconst 1
              %1:i32 = iconst 2
              %2:i32 = iconst 3
              %3:i32 = iconst 4
              %4:i32 = iconst 9
              %5:i32 = call @f(%0, %1, %2, %3)
              %6:i32 = call @f(%4, %1, %2, %3)
              %7:i32 = call @f(%2, %2, %4, %3)
              %8:i32 = add %5, %6
              %9:i32 = add %8, %7
              ret %9
            }
            """;

    @Test
    void severalReturnsShareOneEpilogueAndPaddingIsPushed() {
        Assembler a = CodeGenerator.compile(NativeRunner.parse(IR).function("f"), true);
        List<String> code = Disassembler.decode(a.finish(), a.relocations()).stream().map(Decoded::text).toList();
        String listing = String.join("\n", code);
        assertEquals(1, code.stream().filter(t -> t.equals("ret")).count(), listing);
        assertTrue(code.contains("push rax") && code.contains("pop rcx"), listing);
        assertFalse(listing.contains("rsp"), listing);
        assertEquals(10 + 10 + 19, NativeRunner.run(IR).exitCode());
    }
}

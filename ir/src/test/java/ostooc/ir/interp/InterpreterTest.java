package ostooc.ir.interp;

import ostooc.ir.text.IrParser;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What the interpreter refuses; what it computes is covered by the interp filetests. */
class InterpreterTest {
    private static String failure(String ir, String fn, long... args) {
        return assertThrows(InterpreterException.class, () -> new Interpreter(IrParser.parse(ir), 10_000).run(fn, args)).getMessage();
    }

    @Test void storeToRodata() {
        assertEquals("store to read-only @k", failure("""
                data @k rodata align 8 x"0000000000000000"
                func @f() void {
                b0:
                  %0:i64 = symaddr @k
                  %1:i64 = iconst 1
                  store.i64 %0, 0, %1
                  ret
                }
                """, "f"));
    }

    @Test void accessPastTheEndOfAnItem() {
        assertEquals("access of 8 bytes at 0x10000004 is outside every data item", failure("""
                data @k data align 8 x"0000000000000000"
                func @f() i64 {
                b0:
                  %0:i64 = symaddr @k
                  %1:i64 = load.i64 %0, 4
                  ret %1
                }
                """, "f"));
    }

    @Test void infiniteLoopRunsOutOfSteps() {
        assertEquals("step limit reached in @f", failure("func @f() void {\nb0:\n  br b1\nb1:\n  br b1\n}\n", "f"));
    }

    @Test void unknownSyscall() {
        assertEquals("unsupported syscall 57", failure("func @f() i64 {\nb0:\n  %0:i64 = iconst 57\n  %1:i64 = syscall %0\n  ret %1\n}\n", "f"));
    }

    @Test void unreachableAndAsm() {
        assertEquals("reached unreachable in @f b0", failure("func @f() void {\nb0:\n  unreachable\n}\n", "f"));
        assertEquals("cannot interpret naked @f", failure("func @f() void naked {\nb0:\n  asm \"nop\"\n  unreachable\n}\n", "f"));
    }

    @Test void callOutsideTheModule() {
        assertEquals("call to @rt.alloc, which is not in the module", failure("func @f() void {\nb0:\n  call @rt.alloc()\n  ret\n}\n", "f"));
    }

    @Test void wrongArgumentCount() {
        assertEquals("@f takes 1 arguments, given 0", failure("func @f(i32) void {\nb0:\n  ret\n}\n", "f"));
    }

    @Test void relocationsHoldAddresses() {
        Interpreter.Result r = new Interpreter(IrParser.parse("""
                data @a rodata align 8 x"0102030405060708"
                data @p data align 8 x"0000000000000000" reloc 0 @a+2
                func @f() i32 {
                b0:
                  %0:i64 = symaddr @p
                  %1:i64 = load.i64 %0, 0
                  %2:i32 = load.u8 %1, 0
                  ret %2
                }
                """)).run("f");
        assertEquals(3, r.value());
    }
}

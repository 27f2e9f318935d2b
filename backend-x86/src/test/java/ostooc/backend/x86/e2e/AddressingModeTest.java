package ostooc.backend.x86.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shapes instruction selection gives address arithmetic (isel/AddressModes): an element address
 * {@code base + (index << k) + c} folds into one memory operand of the load or store, a plain add whose
 * operand lives on becomes {@code lea}, and folding stops where it would not be exact or not pay.
 */
class AddressingModeTest {
    private static final String MAIN = "func @main() i32 {\nb0:\n  %0:i32 = iconst 0\n  ret %0\n}\n";

    private static String dump(String fn, String ir) { return CodeShapeTest.dump(ir + MAIN, fn); }

    private static int count(String s, String regex) {
        int n = 0;
        for (String l : s.split("\n")) if (l.matches(regex)) n++;
        return n;
    }

    @Test
    void arrayElementIsOneMemoryOperand() {
        String s = dump("get", """
                func @get(ref, i32) i64 {
                b0:
                  %0:ref = param 0
                  %1:i32 = param 1
                  %2:i64 = sext %1
                  %3:i32 = iconst 3
                  %4:i64 = shl %2, %3
                  %5:i64 = ref2i %0
                  %6:i64 = add %5, %4
                  %7:i64 = load.i64 %6, 16
                  ret %7
                }
                """);
        assertEquals("movsxd rsi,esi\nmov rax,QWORD PTR [rdi+rsi*8+0x10]\nret\n", s);
    }

    @Test
    void charOfScaledLongIndex() {
        String s = dump("ch", """
                func @ch(i64, i64) i32 {
                b0:
                  %0:i64 = param 0
                  %1:i64 = param 1
                  %2:i64 = iconst 2
                  %3:i64 = mul %2, %1
                  %4:i64 = add %0, %3
                  %5:i32 = load.u16 %4, 0
                  ret %5
                }
                """);
        assertEquals("movzx eax,WORD PTR [rdi+rsi*2]\nret\n", s);
    }

    @Test
    void constantOffsetsAddUp() {
        String s = dump("f", """
                func @f(i64) i32 {
                b0:
                  %0:i64 = param 0
                  %1:i64 = iconst 8
                  %2:i64 = add %0, %1
                  %3:i64 = iconst 4
                  %4:i64 = sub %2, %3
                  %5:i32 = load.i32 %4, 12
                  ret %5
                }
                """);
        assertEquals("mov eax,DWORD PTR [rdi+0x10]\nret\n", s);
    }

    @Test
    void symbolPlusConstantIsRipRelative() {
        String s = dump("f", """
                data @d rodata align 8 x"0102030405060708"
                func @f() i64 {
                b0:
                  %0:i64 = symaddr @d
                  %1:i64 = iconst 40
                  %2:i64 = add %0, %1
                  ret %2
                }
                """);
        assertEquals("lea rax,[rip+0x0] # 0x7\nret\n", s);
    }

    @Test
    void floatStoreTakesTheFoldedOperand() {
        String s = dump("put", """
                func @put(i64, i64, f64) void {
                b0:
                  %0:i64 = param 0
                  %1:i64 = param 1
                  %2:f64 = param 2
                  %3:i64 = iconst 8
                  %4:i64 = mul %1, %3
                  %5:i64 = add %0, %4
                  store.f64 %5, 16, %2
                  ret
                }
                """);
        assertEquals("movsd QWORD PTR [rdi+rsi*8+0x10],xmm0\nret\n", s);
    }

    @Test
    void addWhoseOperandLivesOnIsLea() {
        String s = dump("f", """
                func @f(i64, i64) i64 {
                b0:
                  %0:i64 = param 0
                  %1:i64 = param 1
                  %2:i32 = iconst 2
                  %3:i64 = shl %1, %2
                  %4:i64 = add %0, %3
                  %5:i64 = iconst 5
                  %6:i64 = add %4, %5
                  %7:i64 = mul %6, %0
                  ret %7
                }
                """);
        assertEquals(1, count(s, "lea r..,\\[r..\\+r..\\*4\\+0x5\\]"), s);
        assertEquals(0, count(s, "shl.*|add.*"), s);
    }

    @Test
    void sharedOrOtherBlockValuesAreNotFolded() {
        String s = dump("f", """
                func @f(i64, i64) i64 {
                b0:
                  %0:i64 = param 0
                  %1:i64 = param 1
                  %2:i32 = iconst 3
                  %3:i64 = shl %1, %2
                  %4:i64 = add %0, %3
                  br b1
                b1:
                  %5:i64 = load.i64 %4, 0
                  %6:i64 = add %5, %3
                  ret %6
                }
                """);
        assertEquals(1, count(s, "shl .*,0x3"), "shl has two uses: computed once\n" + s);
        assertTrue(s.contains("QWORD PTR [r"), s);
        assertFalse(s.contains("*8"), "the add is in another block: not folded\n" + s);
    }

    @Test
    void loopBoundIsComparedInMemory() {
        String s = dump("len", """
                func @len(ref, i32) i32 {
                b0:
                  %0:ref = param 0
                  %1:i32 = param 1
                  %2:i32 = load.i32 %0, 8
                  %3:i32 = cmp slt %1, %2
                  brif %3, b1, b2
                b1:
                  %4:i32 = iconst 1
                  ret %4
                b2:
                  %5:i32 = iconst 0
                  ret %5
                }
                """);
        assertTrue(s.startsWith("cmp esi,DWORD PTR [rdi+0x8]\n"), s);
        String z = dump("zero", """
                func @zero(i64) i32 {
                b0:
                  %0:i64 = param 0
                  %1:i64 = load.i64 %0, 16
                  %2:i64 = iconst 0
                  %3:i32 = cmp eq %2, %1
                  ret %3
                }
                """);
        assertTrue(z.startsWith("cmp QWORD PTR [rdi+0x10],0x0\nsete al\n"), z);
    }

    @Test
    void loadIsNotMovedPastAStore() {
        String s = dump("f", """
                func @f(i64, i32) i32 {
                b0:
                  %0:i64 = param 0
                  %1:i32 = param 1
                  %2:i32 = load.i32 %0, 0
                  store.i32 %0, 0, %1
                  %3:i32 = cmp slt %1, %2
                  brif %3, b1, b2
                b1:
                  ret %1
                b2:
                  ret %2
                }
                """);
        assertFalse(s.contains("cmp esi,DWORD PTR"), s);
        NativeRunner.Result r = NativeRunner.run("""
                data @cell bss align 8 size 8
                func @f(i64, i32) i32 {
                b0:
                  %0:i64 = param 0
                  %1:i32 = param 1
                  %2:i32 = load.i32 %0, 0
                  store.i32 %0, 0, %1
                  %3:i32 = cmp slt %1, %2
                  brif %3, b1, b2
                b1:
                  %4:i32 = iconst 7
                  ret %4
                b2:
                  %5:i32 = iconst 9
                  ret %5
                }
                func @main() i32 {
                b0:
                  %0:i64 = symaddr @cell
                  %1:i32 = iconst 5
                  store.i32 %0, 0, %1
                  %2:i32 = iconst 3
                  %3:i32 = call @f(%0, %2)
                  ret %3
                }
                """);
        assertEquals(7, r.exitCode(), "3 < 5, the value loaded before the store");
    }

    /**
     * {@code count} bases and indexes all live across calls (so most are spilled), then stored to and
     * loaded from {@code [b + i*8 + 8]} (i64) and {@code [b + i*8 + 512]} (f64) into values live across a
     * call: base, index and value or result all spilled must still fit the two scratch registers of each class.
     */
    @ParameterizedTest
    @ValueSource(ints = {2, 8, 20})
    void foldedAddressesUnderRegisterPressure(int count) {
        StringBuilder ir = new StringBuilder("data @buf bss align 8 size 1024\n");
        ir.append("func @id(i64) i64 {\nb0:\n  %0:i64 = param 0\n  ret %0\n}\n");
        ir.append("func @work() i64 {\nb0:\n  %0:i64 = symaddr @buf\n  %1:i32 = iconst 3\n  %2:i64 = iconst 100\n");
        int v = 3;
        int[] b = new int[count], i = new int[count];
        for (int k = 0; k < count; k++) {
            b[k] = v++;
            ir.append("  %").append(b[k]).append(":i64 = call @id(%0)\n");
            ir.append("  %").append(v).append(":i64 = iconst ").append(k).append('\n');
            i[k] = v + 1;
            ir.append("  %").append(i[k]).append(":i64 = call @id(%").append(v).append(")\n");
            v += 2;
        }
        for (int k = 0; k < count; k++) {                 // buf[k + 1] = k + 100; fbuf[k] = (double) (k + 100)
            ir.append(elementAddress(v, b[k], i[k]));
            ir.append("  %").append(v + 2).append(":i64 = add %").append(i[k]).append(", %2\n");
            ir.append("  store.i64 %").append(v + 1).append(", 8, %").append(v + 2).append('\n');
            ir.append("  %").append(v + 3).append(":f64 = sitofp %").append(v + 2).append('\n');
            ir.append(elementAddress(v + 4, b[k], i[k]));
            ir.append("  store.f64 %").append(v + 5).append(", 512, %").append(v + 3).append('\n');
            v += 6;
        }
        ir.append("  %").append(v).append(":i64 = call @id(%2)\n");
        int acc = v++;
        int[] x = new int[count], f = new int[count];
        for (int k = 0; k < count; k++) {                 // x_k = buf[k + 1]; f_k = fbuf[k], all live across a call
            ir.append(elementAddress(v, b[k], i[k]));
            x[k] = v + 2;
            ir.append("  %").append(x[k]).append(":i64 = load.i64 %").append(v + 1).append(", 8\n");
            ir.append(elementAddress(v + 3, b[k], i[k]));
            f[k] = v + 5;
            ir.append("  %").append(f[k]).append(":f64 = load.f64 %").append(v + 4).append(", 512\n");
            v += 6;
        }
        ir.append("  %").append(v).append(":i64 = call @id(%").append(acc).append(")\n");
        acc = v++;
        for (int k = 0; k < count; k++) {                 // acc += x_k + (long) f_k
            ir.append("  %").append(v).append(":i64 = fptosi %").append(f[k]).append('\n');
            ir.append("  %").append(v + 1).append(":i64 = add %").append(acc).append(", %").append(x[k]).append('\n');
            ir.append("  %").append(v + 2).append(":i64 = add %").append(v + 1).append(", %").append(v).append('\n');
            acc = v + 2;
            v += 3;
        }
        ir.append("  ret %").append(acc).append("\n}\n");
        ir.append("data @out bss align 8 size 8\n");
        ir.append("func @main() i32 {\nb0:\n  %0:i64 = call @work()\n  %1:i64 = symaddr @out\n"
                + "  store.i64 %1, 0, %0\n  %2:i64 = iconst 1\n  %3:i64 = iconst 8\n  %4:i64 = syscall %2, %2, %1, %3\n  %5:i32 = iconst 0\n  ret %5\n}\n");
        long expected = 100;
        for (int k = 0; k < count; k++) expected += 2L * (k + 100);
        NativeRunner.Result r = NativeRunner.run(ir.toString());
        assertEquals(0, r.exitCode());
        assertEquals(expected, ByteBuffer.wrap(r.stdout()).order(ByteOrder.LITTLE_ENDIAN).getLong());
    }

    // %v = shl %i, 3 (as an i32 count); %v+1 = add %b, %v
    private static String elementAddress(int v, int b, int i) {
        return "  %" + v + ":i64 = shl %" + i + ", %1\n  %" + (v + 1) + ":i64 = add %" + b + ", %" + v + "\n";
    }
}

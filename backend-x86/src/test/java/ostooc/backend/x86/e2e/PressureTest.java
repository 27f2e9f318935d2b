package ostooc.backend.x86.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Register pressure: {@code count} values computed from a parameter, all live across a call (so they need
 * callee-saved registers or spill slots: there are only 6 callee-saved), then summed. With 20 values and
 * two calls this exercises spilling, reloading through scratch registers and prologue saves. Oracle: the
 * same computation in Java.
 */
class PressureTest {
    @ParameterizedTest
    @ValueSource(ints = {3, 6, 7, 13, 20, 40})
    void valuesLiveAcrossCalls(int count) {
        StringBuilder ir = new StringBuilder();
        ir.append("func @opaque(i64) i64 {\nb0:\n  %0:i64 = param 0\n  %1:i64 = iconst 3\n  %2:i64 = mul %0, %1\n  ret %2\n}\n");
        ir.append("func @work(i64) i64 {\nb0:\n  %0:i64 = param 0\n  %1:i32 = iconst 1\n");
        int v = 2;
        int[] vals = new int[count];
        for (int k = 0; k < count; k++) {
            ir.append("  %").append(v).append(":i64 = iconst ").append(k * 7 + 1).append('\n');
            ir.append("  %").append(v + 1).append(":i64 = mul %0, %").append(v).append('\n');
            ir.append("  %").append(v + 2).append(":i64 = xor %").append(v + 1).append(", %").append(v).append('\n');
            vals[k] = v + 2;
            v += 3;
        }
        int c1 = v++, c2 = v++;
        ir.append("  %").append(c1).append(":i64 = call @opaque(%0)\n");
        ir.append("  %").append(c2).append(":i64 = call @opaque(%").append(c1).append(")\n");
        int acc = c2;
        for (int k = 0; k < count; k++) {
            ir.append("  %").append(v).append(":i64 = sub %").append(acc).append(", %").append(vals[k]).append('\n');
            ir.append("  %").append(v + 1).append(":i64 = shl %").append(v).append(", %1\n");
            acc = v + 1;
            v += 2;
        }
        ir.append("  ret %").append(acc).append("\n}\n");
        ir.append("data @buf bss align 8 size 8\n");
        ir.append("func @main() i32 {\nb0:\n  %0:i64 = iconst 123456789\n  %1:i64 = call @work(%0)\n  %2:i64 = symaddr @buf\n"
                + "  store.i64 %2, 0, %1\n  %3:i64 = iconst 1\n  %4:i64 = iconst 8\n  %5:i64 = syscall %3, %3, %2, %4\n  %6:i32 = iconst 0\n  ret %6\n}\n");

        long x = 123456789, expected = x * 3 * 3;
        for (int k = 0; k < count; k++) expected = (expected - ((x * (k * 7 + 1)) ^ (k * 7 + 1))) << 1;
        NativeRunner.Result r = NativeRunner.run(ir.toString());
        assertEquals(0, r.exitCode());
        assertEquals(expected, ByteBuffer.wrap(r.stdout()).order(ByteOrder.LITTLE_ENDIAN).getLong());
    }
}

package ostooc.backend.x86.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongBinaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Conversions (sext, zext, trunc, sx8, zx8, sx16, zx16) and every load/store kind, through a .bss cell
 * addressed RIP-relatively and through a pointer in a register (with an offset). Each case is a function
 * (i64, i64) -> i64 called over all operand pairs; the oracle is the matching Java cast.
 */
class ConversionMemoryTest {
    static final long[] VALS = {0, 1, -1, 127, 128, 255, 256, -129, 32767, 32768, 65535, -32769, 0x7fffffffL, 0x80000000L, 0xdeadbeefcafeL, Long.MIN_VALUE};

    private record Case(String name, String body, LongBinaryOperator oracle) { }

    @Test
    void conversionsAndMemoryKinds() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("sext", "%2:i32 = trunc %0\n  %3:i64 = sext %2", (a, b) -> (long) (int) a));
        cases.add(new Case("zext", "%2:i32 = trunc %0\n  %3:i64 = zext %2", (a, b) -> a & 0xffffffffL));
        for (String[] c : new String[][] {{"sx8", "byte"}, {"zx8", "ubyte"}, {"sx16", "short"}, {"zx16", "char"}}) {
            cases.add(new Case(c[0], "%2:i32 = trunc %0\n  %4:i32 = " + c[0] + " %2\n  %3:i64 = sext %4", (a, b) -> narrow(c[1], a)));
        }
        // store.<kind> then load.<kind> (same kind), RIP-relative and via a register pointer
        String[][] kinds = {{"s8", "byte"}, {"u8", "ubyte"}, {"s16", "short"}, {"u16", "char"}, {"i32", "int"}, {"i64", "long"}};
        for (String[] k : kinds) {
            boolean wide = k[0].equals("i64");
            String val = wide ? "%0" : "%2";
            String pre = wide ? "" : "%2:i32 = trunc %0\n  ";
            String ext = wide ? "%3:i64 = add %5, %6\n" : "%3:i64 = sext %5\n";
            String zero = wide ? "  %6:i64 = iconst 0\n  " : "  ";
            cases.add(new Case("rip_" + k[0], pre + "%7:i64 = symaddr @cell\n  store." + k[0] + " %7, 3, " + val + "\n  %5:" + (wide ? "i64" : "i32")
                    + " = load." + k[0] + " %7, 3\n" + zero + ext.trim(), (a, b) -> narrow(k[1], a)));
            cases.add(new Case("ptr_" + k[0], pre + "%7:i64 = symaddr @cell\n  %8:i64 = add %7, %1\n  store." + k[0] + " %8, 5, " + val
                    + "\n  %5:" + (wide ? "i64" : "i32") + " = load." + k[0] + " %8, 5\n" + zero + ext.trim(), (a, b) -> narrow(k[1], a)));
        }
        // a narrow store must not disturb neighbouring bytes: store i64 -1, store.u8 at +1, load i64
        cases.add(new Case("neighbours", "%7:i64 = symaddr @cell\n  %9:i64 = iconst -1\n  store.i64 %7, 8, %9\n  %2:i32 = trunc %0\n"
                + "  store.u8 %7, 9, %2\n  %3:i64 = load.i64 %7, 8", (a, b) -> ~0xff00L | ((a & 0xff) << 8)));

        StringBuilder ir = new StringBuilder("data @cell bss align 8 size 64\n");
        List<String> names = new ArrayList<>();
        for (Case c : cases) {
            ir.append("func @").append(c.name()).append("(i64, i64) i64 {\nb0:\n  %0:i64 = param 0\n  %1:i64 = param 1\n  ")
                    .append(c.body()).append("\n  ret %3\n}\n");
            names.add(c.name());
        }
        ir.append(Programs.pairLoop("i64", VALS, names, true));   // b = 0, 8, 16 or 24: stays inside @cell
        String program = ir.toString();
        NativeRunner.Result r = NativeRunner.run(program);
        assertEquals(0, r.exitCode());
        ByteBuffer out = ByteBuffer.wrap(r.stdout()).order(ByteOrder.LITTLE_ENDIAN);
        int n = VALS.length;
        for (int idx = 0; idx < n * n; idx++) {
            long a = VALS[idx / n], b = (VALS[idx % n] & 3) << 3;
            for (Case c : cases) assertEquals(c.oracle().applyAsLong(a, b), out.getLong(), c.name() + "(" + a + ", " + b + ")");
        }
    }

    static long narrow(String kind, long a) {
        return switch (kind) {
            case "byte" -> (byte) a; case "ubyte" -> a & 0xff; case "short" -> (short) a; case "char" -> (char) a;
            case "int" -> (int) a; default -> a;
        };
    }
}

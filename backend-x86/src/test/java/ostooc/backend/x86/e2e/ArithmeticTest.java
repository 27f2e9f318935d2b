package ostooc.backend.x86.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every integer operation at i32 and i64, on operands in registers and with constant second operands
 * (immediates, materialized 64-bit constants, the special divisors 0 and -1), and every comparison both
 * as a value (setcc) and fused into a branch. The oracle is Java arithmetic. The generated program loops
 * over all operand pairs (idx / N, idx % N), calls one small function per operation, and writes the
 * results (sign-extended to 64 bits) to stdout.
 */
class ArithmeticTest {
    static final String[] BIN = {"add", "sub", "mul", "sdiv", "srem", "and", "or", "xor", "shl", "sar", "shr"};
    static final String[] CONDS = {"eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge"};
    static final long[] I32_VALS = {0, 1, -1, 7, -7, 13, 31, 33, Integer.MIN_VALUE, Integer.MAX_VALUE, 100000, -65536};
    static final long[] I64_VALS = {0, 1, -1, 7, -7, 63, 65, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 40, -(1L << 33) + 5, Integer.MIN_VALUE};
    static final long[] I32_CONSTS = {0, -1, 1, 7, -13, 5, Integer.MIN_VALUE};
    static final long[] I64_CONSTS = {0, -1, 1, 7, -13, 5, Long.MIN_VALUE, 1L << 35};

    @Test void i32() { check("i32", I32_VALS, I32_CONSTS); }
    @Test void i64() { check("i64", I64_VALS, I64_CONSTS); }

    private record Case(String fn, String op, Long constant) { }

    private static void check(String t, long[] vals, long[] consts) {
        List<Case> cases = new ArrayList<>();
        StringBuilder ir = new StringBuilder();
        String cnt = t.equals("i64") ? "  %9:i32 = trunc %1\n" : "";
        String cntRef = t.equals("i64") ? "%9" : "%1";
        for (String op : BIN) {
            boolean shift = op.startsWith("sh") || op.equals("sar");
            ir.append(fn("r_" + op, t, "%2:" + t + " = " + op + " %0, " + (shift ? cntRef : "%1"), shift ? cnt : ""));
            cases.add(new Case("r_" + op, op, null));
            for (int k = 0; k < consts.length; k++) {
                String name = "c" + k + "_" + op;
                String constType = shift ? "i32" : t;
                ir.append(fn(name, t, "%3:" + constType + " = iconst " + (shift ? (int) consts[k] : consts[k]) + "\n  %2:" + t + " = " + op + " %0, %3", ""));
                cases.add(new Case(name, op, consts[k]));
            }
        }
        ir.append(fn("r_neg", t, "%2:" + t + " = neg %0", ""));
        cases.add(new Case("r_neg", "neg", null));
        for (String c : CONDS) {
            ir.append(cmpFn("set_" + c, t, c, false)).append(cmpFn("br_" + c, t, c, true));
            cases.add(new Case("set_" + c, c, null));
            cases.add(new Case("br_" + c, c, null));
        }
        ir.append(Programs.pairLoop(t, vals, cases.stream().map(Case::fn).toList()));
        NativeRunner.Result r = NativeRunner.run(ir.toString());
        assertEquals(0, r.exitCode());
        ByteBuffer out = ByteBuffer.wrap(r.stdout()).order(ByteOrder.LITTLE_ENDIAN);
        int n = vals.length;
        assertEquals(n * n * cases.size() * 8, r.stdout().length, "output size");
        for (int idx = 0; idx < n * n; idx++) {
            long a = vals[idx / n], b = vals[idx % n];
            for (Case c : cases) {
                long arg = c.constant() != null ? c.constant() : b;
                long expected = t.equals("i32") ? Oracle.i32(c.op(), (int) a, (int) arg) : Oracle.i64(c.op(), a, arg);
                assertEquals(expected, out.getLong(), () -> c.fn() + "(" + a + ", " + arg + ")");
            }
        }
    }

    private static String fn(String name, String t, String body, String pre) {
        return "func @" + name + "(" + t + ", " + t + ") " + t + " {\nb0:\n  %0:" + t + " = param 0\n  %1:" + t + " = param 1\n"
                + pre + "  " + body + "\n  ret %2\n}\n";
    }

    private static String cmpFn(String name, String t, String cond, boolean branch) {
        String head = "func @" + name + "(" + t + ", " + t + ") i32 {\nb0:\n  %0:" + t + " = param 0\n  %1:" + t + " = param 1\n"
                + "  %2:i32 = cmp " + cond + " %0, %1\n";
        if (!branch) return head + "  ret %2\n}\n";
        return head + "  brif %2, b1, b2\nb1:\n  %3:i32 = iconst 1\n  ret %3\nb2:\n  %4:i32 = iconst 0\n  ret %4\n}\n";
    }
}

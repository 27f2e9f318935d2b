package ostooc.backend.x86.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ostooc.ir.Module;
import ostooc.ir.interp.Interpreter;
import ostooc.ir.text.IrParser;

/**
 * Every floating-point opcode at f32 and f64 on edge values (±0, NaN, ±Inf, subnormals, values around
 * 2^31 and 2^63), run natively and compared bit for bit with the IR interpreter (Java's own float
 * arithmetic). Each case is an (i64, i64) → i64 wrapper that moves the operands into the float domain with
 * bitcast and calls a function taking and returning floats, so SysV float argument and result passing
 * (xmm0..xmm7, then the stack) is exercised on every case.
 */
class FloatArithmeticTest {
    static final double[] F64 = {0.0, -0.0, 1.5, -2.75, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e300,
            2147483647.5, 2147483648.0, -2147483649.0, 9.3e18, -9.3e18, Double.MIN_VALUE, 4.9e-320, 3.0};
    static final String[] BIN = {"fadd", "fsub", "fmul", "fdiv"};
    static final String[] CONDS = {"eq", "ne", "slt", "sle", "sgt", "sge"};

    @Test void f64() { check("f64"); }
    @Test void f32() { check("f32"); }

    private static void check(String t) {
        boolean dbl = t.equals("f64");
        String it = dbl ? "i64" : "i32";
        long[] vals = new long[F64.length];
        for (int k = 0; k < vals.length; k++) vals[k] = dbl ? Double.doubleToRawLongBits(F64[k]) : Float.floatToRawIntBits((float) F64[k]);
        StringBuilder ir = new StringBuilder();
        List<String> fns = new ArrayList<>();
        for (String op : BIN) kernel(ir, fns, t, it, op, "%2:" + t + " = " + op + " %0, %1\n", "%2");
        kernel(ir, fns, t, it, "fneg", "%2:" + t + " = fneg %0\n", "%2");
        kernel(ir, fns, t, it, "fsqrt", "%2:" + t + " = fsqrt %0\n", "%2");
        kernel(ir, fns, t, it, "kadd", "%3:" + t + " = fconst " + (dbl ? Double.doubleToRawLongBits(1.5) : Float.floatToRawIntBits(1.5f)) + "\n  %2:" + t + " = fadd %0, %3\n", "%2");
        kernel(ir, fns, t, it, "kzero", "%3:" + t + " = fconst 0\n  %2:" + t + " = fmul %0, %3\n", "%2");
        String other = dbl ? "f32" : "f64";
        kernel(ir, fns, t, it, "conv", "%3:" + other + " = " + (dbl ? "fptrunc" : "fpext") + " %0\n  %2:" + t + " = " + (dbl ? "fpext" : "fptrunc") + " %3\n", "%2");
        for (String c : CONDS) {
            kernel(ir, fns, t, it, "fset_" + c, "%3:i32 = fcmp " + c + " %0, %1\n  %2:" + t + " = sitofp %3\n", "%2");
            kernel(ir, fns, t, it, "fbr_" + c, "%3:i32 = fcmp " + c + " %0, %1\n  brif %3, b1, b2\nb1:\n  ret %0\nb2:\n  ret %1\n", null);
        }
        for (String to : new String[] {"i32", "i64"}) {
            kernel(ir, fns, t, it, "toint_" + to, "%3:" + to + " = fptosi %0\n  %2:" + t + " = sitofp %3\n", "%2");
        }
        kernel(ir, fns, t, it, "args9", "%2:" + t + " = call @nine(%0, %1, %0, %1, %0, %1, %0, %1, %1)\n", "%2");
        ir.append("func @nine(").append(String.join(", ", java.util.Collections.nCopies(9, t))).append(") ").append(t).append(" {\nb0:\n");
        for (int k = 0; k < 9; k++) ir.append("  %").append(k).append(':').append(t).append(" = param ").append(k).append('\n');
        ir.append("  %9:").append(t).append(" = fsub %8, %0\n  %10:").append(t).append(" = fadd %9, %7\n  ret %10\n}\n");
        ir.append(Programs.pairLoop("i64", vals, fns));
        String text = ir.toString();
        NativeRunner.Result r = NativeRunner.run(text);
        assertEquals(0, r.exitCode());
        ByteBuffer out = ByteBuffer.wrap(r.stdout()).order(ByteOrder.LITTLE_ENDIAN);
        int n = vals.length;
        assertEquals(n * n * fns.size() * 8, r.stdout().length, "output size");
        Module m = IrParser.parse(text);
        for (int idx = 0; idx < n * n; idx++) {
            long a = vals[idx / n], b = vals[idx % n];
            for (String f : fns) {
                long expected = new Interpreter(m).run(f, a, b).value();
                long got = out.getLong();
                assertEquals(expected, got, () -> t + " " + f + "(" + a + ", " + b + ")");
            }
        }
    }

    /** {@code name(i64 a, i64 b) i64 = bits(k_name(float a, float b))}; {@code body} computes %2 from %0, %1 (or returns itself). */
    private static void kernel(StringBuilder ir, List<String> fns, String t, String it, String name, String body, String result) {
        ir.append("func @k_").append(name).append("(").append(t).append(", ").append(t).append(") ").append(t).append(" {\nb0:\n")
          .append("  %0:").append(t).append(" = param 0\n  %1:").append(t).append(" = param 1\n  ").append(body);
        if (result != null) ir.append("  ret ").append(result).append('\n');
        ir.append("}\n");
        boolean dbl = t.equals("f64");
        ir.append("func @").append(name).append("(i64, i64) i64 {\nb0:\n  %0:i64 = param 0\n  %1:i64 = param 1\n");
        if (dbl) ir.append("  %2:f64 = bitcast %0\n  %3:f64 = bitcast %1\n");
        else ir.append("  %10:i32 = trunc %0\n  %11:i32 = trunc %1\n  %2:f32 = bitcast %10\n  %3:f32 = bitcast %11\n");
        ir.append("  %4:").append(t).append(" = call @k_").append(name).append("(%2, %3)\n  %5:").append(it).append(" = bitcast %4\n");
        if (dbl) ir.append("  ret %5\n}\n");
        else ir.append("  %6:i64 = sext %5\n  ret %6\n}\n");
        fns.add(name);
    }
}

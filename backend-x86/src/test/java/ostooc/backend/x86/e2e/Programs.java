package ostooc.backend.x86.e2e;

import java.util.HexFormat;
import java.util.List;

/** IR text generators shared by run tests. */
final class Programs {
    private Programs() { }

    /** Little-endian bytes of {@code vals} as an IR hex literal. */
    static String hex(long[] vals) {
        byte[] b = new byte[8 * vals.length];
        for (int i = 0; i < vals.length; i++) for (int k = 0; k < 8; k++) b[8 * i + k] = (byte) (vals[i] >>> (8 * k));
        return HexFormat.of().formatHex(b);
    }

    /**
     * {@code main}: for idx in 0 .. n*n-1 (a loop with a phi), a = vals[idx / n], b = vals[idx % n]; for
     * each function f_k: out[idx * K + k] = (i64) f_k(a, b); finally write(1, out, size) and return 0.
     */
    static String pairLoop(String t, long[] vals, List<String> fns) { return pairLoop(t, vals, fns, false); }

    /** As above; with {@code offsetB} the second operand is {@code (vals[idx % n] & 3) << 3}, a small byte offset. */
    static String pairLoop(String t, long[] vals, List<String> fns, boolean offsetB) {
        int n = vals.length, k = fns.size();
        StringBuilder s = new StringBuilder();
        s.append("data @vals rodata align 8 x\"").append(hex(vals)).append("\"\n");
        s.append("data @out bss align 8 size ").append(8L * n * n * k).append("\n");
        s.append("func @main() i32 {\nb0:\n  %0:i64 = iconst 0\n  br b1\nb1:\n  %1:i64 = phi [b0 %0], [b2 %2]\n");
        s.append("  %3:i64 = iconst ").append(n * n).append("\n  %4:i32 = cmp slt %1, %3\n  brif %4, b2, b3\nb2:\n");
        s.append("  %5:i64 = iconst ").append(n).append("\n  %6:i64 = sdiv %1, %5\n  %7:i64 = srem %1, %5\n");
        s.append("  %8:i64 = symaddr @vals\n  %9:i64 = iconst 8\n");
        s.append("  %10:i64 = mul %6, %9\n  %11:i64 = add %8, %10\n  %12:i64 = load.i64 %11, 0\n");
        s.append("  %13:i64 = mul %7, %9\n  %14:i64 = add %8, %13\n");
        if (offsetB) s.append("  %9000:i64 = load.i64 %14, 0\n  %9001:i64 = iconst 3\n  %9002:i64 = and %9000, %9001\n  %9003:i32 = iconst 3\n  %15:i64 = shl %9002, %9003\n");
        else s.append("  %15:i64 = load.i64 %14, 0\n");
        String a = "%12", b = "%15";
        if (t.equals("i32")) { s.append("  %16:i32 = trunc %12\n  %17:i32 = trunc %15\n"); a = "%16"; b = "%17"; }
        s.append("  %18:i64 = symaddr @out\n  %19:i64 = iconst ").append(8 * k).append("\n");
        s.append("  %20:i64 = mul %1, %19\n  %21:i64 = add %18, %20\n");
        int v = 22;
        for (int j = 0; j < k; j++) {
            boolean cmp = fns.get(j).startsWith("set_") || fns.get(j).startsWith("br_");
            String rt = cmp ? "i32" : t;
            s.append("  %").append(v).append(':').append(rt).append(" = call @").append(fns.get(j)).append('(').append(a).append(", ").append(b).append(")\n");
            int r = v++;
            if (rt.equals("i32")) { s.append("  %").append(v).append(":i64 = sext %").append(r).append('\n'); r = v++; }
            s.append("  store.i64 %21, ").append(8 * j).append(", %").append(r).append('\n');
        }
        s.append("  %").append(v).append(":i64 = iconst 1\n  %2:i64 = add %1, %").append(v).append("\n  br b1\nb3:\n");
        s.append("  %").append(v + 1).append(":i64 = iconst 1\n");
        s.append("  %").append(v + 2).append(":i64 = iconst ").append(8L * n * n * k).append('\n');
        s.append("  %").append(v + 5).append(":i64 = symaddr @out\n");
        s.append("  %").append(v + 3).append(":i64 = syscall %").append(v + 1).append(", %").append(v + 1).append(", %").append(v + 5).append(", %").append(v + 2).append('\n');
        s.append("  %").append(v + 4).append(":i32 = iconst 0\n  ret %").append(v + 4).append("\n}\n");
        return s.toString();
    }
}

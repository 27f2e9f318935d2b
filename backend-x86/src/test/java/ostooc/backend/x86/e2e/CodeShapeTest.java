package ostooc.backend.x86.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import ostooc.ir.Module;

/**
 * Checks on the shape of generated code (not just its behaviour): leaf functions get no frame, jumps to
 * the next block are omitted, compare+branch is fused, constant divisors take shifts or a multiply (no
 * idiv), a quotient and remainder share one idiv, and a divisor checked for zero is not tested again.
 */
class CodeShapeTest {
    static String dump(String ir, String fn) {
        Module m = NativeRunner.parse(ir);
        String s = Disasm.of(m, fn);
        if (Boolean.getBoolean("ostooc.dump")) System.out.println("=== " + fn + "\n" + s);
        return s;
    }

    @Test
    void leafWithoutSpillsHasNoFrame() {
        String s = dump("""
                func @add(i32, i32) i32 {
                b0:
                  %0:i32 = param 0
                  %1:i32 = param 1
                  %2:i32 = add %0, %1
                  ret %2
                }
                func @main() i32 {
                b0:
                  %0:i32 = iconst 0
                  ret %0
                }
                """, "add");
        assertFalse(s.contains("push") || s.contains("rsp"), s);
        assertTrue(s.split("\n").length <= 3, s);
    }

    @Test
    void loopHasFusedBranchAndNoJumpToNextBlock() {
        String ir = """
                func @sum(i32) i32 {
                b0:
                  %0:i32 = param 0
                  %1:i32 = iconst 0
                  %2:i32 = iconst 1
                  br b1
                b1:
                  %3:i32 = phi [b0 %1], [b2 %5]
                  %4:i32 = phi [b0 %2], [b2 %6]
                  %7:i32 = cmp sle %4, %0
                  brif %7, b2, b3
                b2:
                  %5:i32 = add %3, %4
                  %6:i32 = add %4, %2
                  br b1
                b3:
                  ret %3
                }
                func @main() i32 {
                b0:
                  %0:i32 = iconst 0
                  ret %0
                }
                """;
        String s = dump(ir, "sum");
        assertFalse(s.contains("set"), "cmp feeding brif must not materialize:\n" + s);
        assertTrue(countJumps(s) <= 2, "one conditional and one back edge expected:\n" + s);
        assertFalse(s.contains("push"), s);
    }

    private static int countJumps(String s) {
        int n = 0;
        for (String l : s.split("\n")) if (l.startsWith("j")) n++;
        return n;
    }

    private static final String MAIN = "func @main() i32 {\nb0:\n  %0:i32 = iconst 0\n  ret %0\n}\n";

    private static int count(String s, String regex) {
        int n = 0;
        for (String l : s.split("\n")) if (l.matches(regex)) n++;
        return n;
    }

    private static String divFn(String t, String c, String op) {
        return "func @d(" + t + ") " + t + " {\nb0:\n  %0:" + t + " = param 0\n  %1:" + t + " = iconst " + c + "\n  %2:" + t + " = "
                + op + " %0, %1\n  ret %2\n}\n" + MAIN;
    }

    @Test
    void constantDivisorBecomesMultiplyByMagic() {
        String s = dump(divFn("i32", "7", "sdiv"), "d");           // movsxd; imul r64, r64, M; sar; add; sar; shr; add
        assertEquals(0, count(s, "i?div.*"), s);
        assertTrue(s.contains("imul") && s.contains("movsxd"), s);
        assertEquals(0, countJumps(s), s);
        String l = dump(divFn("i64", "10", "srem"), "d");          // imul r64 (rdx:rax), shifts, imul by 10, sub
        assertEquals(0, count(l, "i?div.*"), l);
        assertEquals(1, count(l, "imul r[a-z0-9]+"), "one-operand imul for the high half:\n" + l);
    }

    @Test
    void powerOfTwoDivisorIsShifts() {
        for (String op : new String[] {"sdiv", "srem"}) {
            String s = dump(divFn("i64", "2", op), "d");           // n / 2: mov; shr 63; add; sar 1.  n % 2: ...; and -2; sub
            assertEquals(0, count(s, "i?div.*|imul.*|j.*"), s);
            assertTrue(s.contains("shr") && s.split("\n").length <= 7, s);
        }
        String even = dump("""
                func @even(i64) i32 {
                b0:
                  %0:i64 = param 0
                  %1:i64 = iconst 2
                  %2:i64 = srem %0, %1
                  %3:i64 = iconst 0
                  %4:i32 = cmp eq %2, %3
                  brif %4, b1, b2
                b1:
                  ret %4
                b2:
                  %5:i32 = iconst 7
                  ret %5
                }
                """ + MAIN, "even");                                   // n % 2 == 0 tests n & 1
        assertEquals(0, count(even, "shr.*|sar.*|sub.*"), even);
        assertEquals(1, count(even, "and .*,0x1"), even);
    }

    @Test
    void quotientAndRemainderShareOneIdiv() {
        // a / b, then a % b in a block it dominates, as in Primes: one idiv, rdx kept for the remainder
        String s = dump("""
                func @qr(i32, i32) i32 {
                b0:
                  %0:i32 = param 0
                  %1:i32 = param 1
                  %2:i32 = sdiv %0, %1
                  %3:i32 = cmp slt %2, %1
                  brif %3, b1, b2
                b1:
                  %4:i32 = srem %0, %1
                  ret %4
                b2:
                  ret %2
                }
                """ + MAIN, "qr");
        assertEquals(1, count(s, "idiv.*"), s);
    }

    @Test
    void divisorCheckedForZeroNeedsOnlyTheMinusOneGuard() {
        // the frontend's shape for a / b + a % b: the same "b == 0" branch twice (GVN merged the cmp)
        String s = dump("""
                func @f(i32, i32) i32 {
                b0:
                  %0:i32 = param 0
                  %1:i32 = param 1
                  %2:i32 = iconst 0
                  %3:i32 = cmp eq %1, %2
                  brif %3, b1, b2
                b1:
                  unreachable
                b2:
                  %4:i32 = sdiv %0, %1
                  brif %3, b3, b4
                b3:
                  unreachable
                b4:
                  %5:i32 = srem %0, %1
                  %6:i32 = add %4, %5
                  ret %6
                }
                """ + MAIN, "f");
        assertEquals(1, count(s, "idiv.*"), s);
        assertEquals(1, count(s, "test.*"), "one zero test (the frontend's), none repeated:\n" + s);
        assertEquals(1, count(s, "cmp .*,0xffffffff"), s);
        assertEquals(0, count(s, "set.*|movzx.*"), "no materialized flag:\n" + s);
        assertEquals(1, count(s, "ud2"), "only the first panic block is left, the decided branch is gone:\n" + s);
    }

    @Test
    void loopConditionProvesTheDivisorNonZero() {
        // Gcd: while (b != 0) { t = a % b; a = b; b = t; } — the frontend's b == 0 check inside is decided
        String s = dump("""
                func @gcd(i32, i32) i32 {
                b0:
                  %0:i32 = param 0
                  %1:i32 = param 1
                  %2:i32 = iconst 0
                  br b1
                b1:
                  %3:i32 = phi [b0 %0], [b4 %4]
                  %4:i32 = phi [b0 %1], [b4 %7]
                  %5:i32 = cmp ne %4, %2
                  brif %5, b2, b5
                b2:
                  %6:i32 = cmp eq %4, %2
                  brif %6, b3, b4
                b3:
                  unreachable
                b4:
                  %7:i32 = srem %3, %4
                  br b1
                b5:
                  ret %3
                }
                """ + MAIN, "gcd");
        assertEquals(1, count(s, "test.*"), "only the loop condition tests zero:\n" + s);
        assertEquals(1, count(s, "cmp .*,0xffffffff"), s);
        assertEquals(0, count(s, "ud2"), s);
    }
}

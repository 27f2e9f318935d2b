package ostooc.backend.x86.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import ostooc.ir.Module;

/**
 * Checks on the shape of generated code (not just its behaviour): leaf functions get no frame, jumps to
 * the next block are omitted, compare+branch is fused, constant divisors need no guard.
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

    @Test
    void constantDivisorNeedsNoGuard() {
        String s = dump("""
                func @d(i32) i32 {
                b0:
                  %0:i32 = param 0
                  %1:i32 = iconst 7
                  %2:i32 = sdiv %0, %1
                  ret %2
                }
                func @main() i32 {
                b0:
                  %0:i32 = iconst 0
                  ret %0
                }
                """, "d");
        assertTrue(s.contains("idiv"), s);
        assertEquals(0, countJumps(s), s);
    }
}

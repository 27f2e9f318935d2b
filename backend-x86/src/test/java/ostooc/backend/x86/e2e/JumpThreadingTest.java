package ostooc.backend.x86.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ostooc.backend.x86.CodeGenerator;
import ostooc.backend.x86.asm.Assembler;
import ostooc.backend.x86.asm.Decoded;
import ostooc.backend.x86.asm.Disassembler;

/**
 * Jump threading (emit/JumpThreading): blocks that would emit only a jump are skipped, branches go to the
 * final target, fall-through is decided on the emitted blocks, and a cycle of empty blocks stays a jump
 * to itself. Each case checks the code's shape and runs it natively.
 */
class JumpThreadingTest {
    // f(x) = x; the negative path reaches the return through a chain of two empty blocks, laid out
    // (reverse post-order) so that they are not both next to the return: only threading removes the jmp.
    private static final String CHAIN = """
            func @id(i32) i32 {
            b0:
              %0:i32 = param 0
              ret %0
            }
            func @f(i32) i32 {
            b0:
              %0:i32 = param 0
              %1:i32 = iconst 0
              %2:i32 = cmp slt %0, %1
              brif %2, b1, b2
            b1:
              br b4
            b4:
              br b3
            b2:
              %3:i32 = call @id(%0)
              br b3
            b3:
              ret %0
            }
            """;

    @Test
    void chainOfEmptyBlocksIsThreadedAndTheBranchNeedsNoJmp() {
        List<String> code = texts(CHAIN, "f");
        assertEquals(0, count(code, "jmp "), String.join("\n", code));
        assertEquals(1, count(code, "j"), "one conditional branch, straight to the final target:\n" + String.join("\n", code));
        assertEquals(23, NativeRunner.run(CHAIN + main("f", -2, -10, "f", 3)).exitCode());
    }

    @Test
    void jumpThroughEmptyBlocksToTheNextEmittedBlockIsOmitted() {
        String ir = """
                func @g(i32) i32 {
                b0:
                  %0:i32 = param 0
                  br b1
                b1:
                  br b2
                b2:
                  %1:i32 = add %0, %0
                  ret %1
                }
                """;
        List<String> code = texts(ir, "g");
        assertEquals(0, count(code, "j"), String.join("\n", code));
        assertEquals(42, NativeRunner.run(ir + main("g", 21, 1, "g", 0)).exitCode());
    }

    @Test
    void branchWhoseEdgesMeetAfterThreadingBecomesNoBranch() {
        String ir = """
                func @h(i32) i32 {
                b0:
                  %0:i32 = param 0
                  %1:i32 = iconst 3
                  %2:i32 = cmp sgt %0, %1
                  brif %2, b1, b2
                b1:
                  br b3
                b2:
                  br b3
                b3:
                  ret %0
                }
                """;
        List<String> code = texts(ir, "h");
        assertEquals(0, count(code, "j"), String.join("\n", code));
        assertEquals(55, NativeRunner.run(ir + main("h", 5, 10, "h", 5)).exitCode());
    }

    @Test
    void emptyInfiniteLoopStaysAJumpToItself() {
        String ir = """
                func @spin(i32) i32 {
                b0:
                  %0:i32 = param 0
                  %1:i32 = iconst 0
                  %2:i32 = cmp eq %0, %1
                  brif %2, b1, b3
                b1:
                  br b2
                b2:
                  br b1
                b3:
                  ret %0
                }
                """;
        List<Decoded> code = decode(ir, "spin");
        assertTrue(code.stream().anyMatch(d -> d.text().equals("jmp " + Integer.toHexString(d.offset()))),
                "the empty loop must be a jmp to itself:\n" + code.stream().map(Decoded::text).toList());
        assertEquals(66, NativeRunner.run(ir + main("spin", 6, 10, "spin", 6)).exitCode());
    }

    // pick(x, y) = x > 10 || x < -10 ? y : 2y: both tests branch to the join with the same phi move.
    private static final String SAME_EDGE_MOVES = """
            func @pick(i32, i32) i32 {
            b0:
              %0:i32 = param 0
              %1:i32 = param 1
              %2:i32 = iconst 10
              %3:i32 = cmp sgt %0, %2
              brif %3, b3, b1
            b1:
              %4:i32 = iconst -10
              %5:i32 = cmp slt %0, %4
              brif %5, b3, b2
            b2:
              %6:i32 = add %1, %1
              br b3
            b3:
              %7:i32 = phi [b0 %1], [b1 %1], [b2 %6]
              ret %7
            }
            """;

    @Test
    void edgeBlocksWithTheSameMovesToTheSameTargetAreEmittedOnce() {
        String main = """
                func @main() i32 {
                b0:
                  %0:i32 = iconst 11
                  %1:i32 = iconst -11
                  %2:i32 = iconst 0
                  %3:i32 = iconst 1
                  %4:i32 = iconst 20
                  %5:i32 = call @pick(%0, %3)
                  %6:i32 = call @pick(%1, %4)
                  %7:i32 = call @pick(%2, %4)
                  %8:i32 = add %5, %6
                  %9:i32 = add %8, %7
                  ret %9
                }
                """;
        List<String> code = texts(SAME_EDGE_MOVES + main, "pick");
        assertTrue(count(code, "jmp ") <= 1, String.join("\n", code));
        assertEquals(1 + 20 + 40, NativeRunner.run(SAME_EDGE_MOVES + main).exitCode());
    }

    // main() = f(a) * scale + g(b)
    private static String main(String f, int a, int scale, String g, int b) {
        return """
                func @main() i32 {
                b0:
                  %%0:i32 = iconst %d
                  %%1:i32 = call @%s(%%0)
                  %%2:i32 = iconst %d
                  %%3:i32 = mul %%1, %%2
                  %%4:i32 = iconst %d
                  %%5:i32 = call @%s(%%4)
                  %%6:i32 = add %%3, %%5
                  ret %%6
                }
                """.formatted(a, f, scale, b, g);
    }

    private static List<Decoded> decode(String ir, String fn) {
        String module = ir.contains("@main(") ? ir : ir + main(fn, 0, 1, fn, 0);
        Assembler a = CodeGenerator.compile(NativeRunner.parse(module).function(fn), true);
        List<Decoded> code = Disassembler.decode(a.finish(), a.relocations());
        if (Boolean.getBoolean("ostooc.dump")) code.forEach(d -> System.out.printf("%4x: %s%n", d.offset(), d.text()));
        return code;
    }

    private static List<String> texts(String ir, String fn) {
        return decode(ir, fn).stream().map(Decoded::text).toList();
    }

    private static long count(List<String> code, String prefix) {
        return code.stream().filter(t -> t.startsWith(prefix)).count();
    }
}

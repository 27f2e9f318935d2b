package ostooc.ir.filetest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runner itself: stale expectations are detected, blessing fixes them and is then stable. */
class FileTestRunnerTest {
    private static final String FUNC = """
            func @f(i32) i32 {
            b0:
              %0:i32 = param 0
              %1:i32 = iconst 0
              %2:i32 = add %0, %1
              ret %2
            }
            """;

    @Test void staleOptimizeExpectationIsRewritten() {
        String stale = "; test optimize [const-fold, dce]\n" + FUNC + "; expect:\n; nonsense\n";
        String blessed = FileTests.blessed(stale);
        assertNotEquals(stale, blessed);
        assertEquals("; test optimize [const-fold, dce]\n" + FUNC + """
                ; expect:
                ; func @f(i32) i32 {
                ; b0:
                ;   %0:i32 = param 0
                ;   ret %0
                ; }
                """, blessed);
        assertEquals(blessed, FileTests.blessed(blessed));
    }

    @Test void missingExpectSectionIsAdded() {
        String blessed = FileTests.blessed("; test optimize dce\n" + FUNC);
        assertTrue(blessed.contains("; expect:\n; func @f(i32) i32 {\n"), blessed);
    }

    @Test void verifyErrorsGoAfterTheLeadingComments() {
        String file = "; test verify\n; why\n; error: old\nfunc @f() i32 {\nb0:\n  ret\n}\n";
        assertEquals("; test verify\n; why\n; error: @f b0 #0 ret: @f returns i32: ret needs 1 operand(s), has 0\nfunc @f() i32 {\nb0:\n  ret\n}\n",
                FileTests.blessed(file));
    }

    @Test void runLinesGetTheirResults() {
        String file = "; test interp\n; run: @f(41) == 0\n" + FUNC.replace("iconst 0", "iconst 1");
        assertTrue(FileTests.blessed(file).startsWith("; test interp\n; run: @f(41) == 42\n"));
    }

    @Test void roundtripBodyIsCanonicalized() {
        String file = "; test roundtrip\nfunc @f()   void{\nb0:\n ret ; done\n}\n";
        assertEquals("; test roundtrip\nfunc @f() void {\nb0:\n  ret\n}\n\n", FileTests.blessed(file));
    }

    @Test void unknownKindAndPassAreErrors() {
        assertThrows(IllegalArgumentException.class, () -> FileTests.blessed("; test frobnicate\n"));
        assertThrows(IllegalArgumentException.class, () -> FileTests.blessed("; test optimize licm\n" + FUNC));
        assertThrows(IllegalArgumentException.class, () -> FileTests.blessed("func @f() void {\n}\n"));
    }

    @Test void diffMarksRemovedAndAddedLines() {
        assertEquals("  a\n- b\n+ c\n  d", Diff.unified("a\nb\nd", "a\nc\nd"));
        assertEquals("...\n  3\n  4\n  5\n- 6\n+ six\n  7\n  8\n  9\n...", Diff.unified("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11", "1\n2\n3\n4\n5\nsix\n7\n8\n9\n10\n11"));
    }
}

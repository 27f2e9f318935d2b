package ostooc.backend.x86.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import ostooc.backend.obj.ObjectFile;
import ostooc.backend.obj.Section;
import ostooc.backend.x86.CodeGenerator;
import ostooc.ir.Module;
import ostooc.ir.text.IrParser;

/**
 * CodeGenerator's alignment policy: a function with a loop (a branch back to itself or an earlier block)
 * starts at the requested alignment; a loop-free one is packed at byte alignment; -Os (alignment 1)
 * packs everything.
 */
class FunctionAlignmentTest {
    private static final String IR = """
            func @straight(i32) i32 {
            b0:
              %0:i32 = param 0
              %1:i32 = iconst 1
              %2:i32 = cmp slt %0, %1
              brif %2, b1, b2
            b1:
              ret %1
            b2:
              ret %0
            }
            func @countdown(i32) i32 {
            b0:
              %0:i32 = param 0
              br b1
            b1:
              %1:i32 = phi [b0 %0], [b2 %4]
              %2:i32 = iconst 0
              %3:i32 = cmp sgt %1, %2
              brif %3, b2, b3
            b2:
              %5:i32 = iconst 1
              %4:i32 = sub %1, %5
              br b1
            b3:
              ret %1
            }
            """;

    private static int alignmentOf(ObjectFile o, String function) {
        for (Section s : o.sections()) if (s.name().equals(".text." + function)) return s.align();
        throw new AssertionError("no section for " + function);
    }

    @Test
    void onlyFunctionsWithLoopsAreAligned() {
        ObjectFile o = CodeGenerator.generate(IrParser.parse(IR), true, 16);
        assertEquals(16, alignmentOf(o, "countdown"));
        assertEquals(1, alignmentOf(o, "straight"));
    }

    @Test
    void sizeLevelPacksEverything() {
        Module m = IrParser.parse(IR);
        ObjectFile o = CodeGenerator.generate(m, true, 1);
        assertEquals(1, alignmentOf(o, "countdown"));
        assertEquals(1, alignmentOf(o, "straight"));
    }
}

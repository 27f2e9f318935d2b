package ostooc.ir.pass;

import ostooc.ir.IrPrinter;
import ostooc.ir.Module;
import ostooc.ir.text.IrParser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PassPipelineTest {
    @Test void theOrderMeetsEveryConstraint() {
        assertEquals(List.of(), PassPipeline.orderViolations(PassPipeline.PASSES, PassPipeline.ORDER));
    }

    @Test void aWrongOrderIsReportedWithItsReason() {
        List<PassPipeline.Entry> reversed = new ArrayList<>(PassPipeline.PASSES);
        java.util.Collections.reverse(reversed);
        List<String> v = PassPipeline.orderViolations(reversed, PassPipeline.ORDER);
        assertTrue(v.contains("gvn must run before dce: gvn and const-fold leave the instructions they replaced without uses"), v.toString());
    }

    @Test void aMissingPassIsReported() {
        List<String> v = PassPipeline.orderViolations(PassPipeline.PASSES.subList(0, 1), PassPipeline.ORDER);
        assertTrue(v.contains("gvn before dce: pass missing from the pipeline"), v.toString());
    }

    @Test void namesAreUniquePerPassAndKnown() {
        Set<String> names = new HashSet<>();
        for (PassPipeline.Entry e : PassPipeline.PASSES) {
            assertEquals(e.pass().name(), e.name());
            names.add(e.name());
        }
        assertEquals(names, PassPipeline.byName().keySet());
        for (PassPipeline.Constraint c : PassPipeline.ORDER) assertTrue(names.contains(c.before()) && names.contains(c.after()), c.toString());
    }

    @Test void o0RunsOnlyTheCheapPasses() {
        assertEquals(List.of("simplify-cfg", "dce"), PassPipeline.select(0).stream().map(Pass::name).toList());
        assertEquals(List.of("simplify-cfg", "const-fold", "gvn", "null-checks", "bounds-checks", "simplify-cfg", "dce",
                "inline-no-growth", "const-fold", "gvn", "null-checks", "bounds-checks", "simplify-cfg", "dce"), PassPipeline.select(1).stream().map(Pass::name).toList());
        assertEquals(PassPipeline.PASSES.size(), PassPipeline.select(2).size());
    }

    private static final String BROKEN_BY_NOTHING = """
            func @f(i32) i32 {
            b0:
              %0:i32 = param 0
              %1:i32 = iconst 2
              %2:i32 = mul %0, %1
              ret %2
            }
            """;

    @Test void observerSeesEveryPassAndCanDump() {
        List<String> seen = new ArrayList<>();
        StringBuilder dump = new StringBuilder();
        Module m = IrParser.parse(BROKEN_BY_NOTHING);
        PassPipeline.run(m, 2, ((PassObserver) (p, mod) -> seen.add(p)).andThen(PassObserver.dumping(Set.of("gvn"), dump::append)));
        assertEquals(List.of("simplify-cfg", "const-fold", "gvn", "null-checks", "bounds-checks", "simplify-cfg", "dce",
                "inline-no-growth", "inline", "const-fold", "gvn", "null-checks", "bounds-checks", "simplify-cfg", "dce"), seen);
        assertEquals(("; IR after gvn\n" + IrPrinter.print(m)).repeat(2), dump.toString());   // gvn runs twice at -O2
    }

    @Test void verifyingObserverStopsAtABrokenPass() {
        Module m = IrParser.parse(BROKEN_BY_NOTHING);
        Pass breaksIt = new Pass() {
            @Override public String name() { return "drop-terminators"; }
            @Override public void run(ostooc.ir.Function f) { f.entry().instrs().remove(f.entry().instrs().size() - 1); }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PassPipeline.run(m, List.of(breaksIt), PassObserver.verifying()));
        assertTrue(e.getMessage().startsWith("IR broken after drop-terminators:\n  @f b0: does not end in a terminator"), e.getMessage());
    }

    @Test void nakedFunctionsAreLeftAlone() {
        Module m = IrParser.parse("func @start() void naked {\nb0:\n  asm \"nop\"\n  unreachable\nb1:\n  unreachable\n}\n");
        String before = IrPrinter.print(m);
        PassPipeline.run(m, 2, PassObserver.verifying());
        assertEquals(before, IrPrinter.print(m));
    }
}

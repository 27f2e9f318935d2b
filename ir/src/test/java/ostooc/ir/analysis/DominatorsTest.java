package ostooc.ir.analysis;

import ostooc.ir.Block;
import ostooc.ir.Function;
import ostooc.ir.text.IrParser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DominatorsTest {
    // b0 -> b1 -> {b2, b3} -> b4 -> b1 (loop) | b5; b6 unreachable, jumps into b4
    private static final Function F = IrParser.parse("""
            func @f(i32) void {
            b0:
              %0:i32 = param 0
              br b1
            b1:
              brif %0, b2, b3
            b2:
              br b4
            b3:
              br b4
            b4:
              brif %0, b1, b5
            b5:
              ret
            b6:
              br b4
            }
            """).function("f");

    private static Block b(int id) {
        for (Block b : F.blocks()) if (b.id() == id) return b;
        throw new AssertionError("no b" + id);
    }

    @Test void immediateDominators() {
        Dominators d = new Dominators(F);
        assertNull(d.idom(b(0)));
        assertEquals(b(0), d.idom(b(1)));
        assertEquals(b(1), d.idom(b(2)));
        assertEquals(b(1), d.idom(b(3)));
        assertEquals(b(1), d.idom(b(4)), "the join is dominated by the branch, not by either arm");
        assertEquals(b(4), d.idom(b(5)));
    }

    @Test void unreachableBlocksAreOutsideTheTree() {
        Dominators d = new Dominators(F);
        assertFalse(d.isReachable(b(6)));
        assertNull(d.idom(b(6)));
        assertFalse(d.dominates(b(0), b(6)));
        assertFalse(d.dominates(b(6), b(4)), "an unreachable predecessor does not change b4's dominators");
    }

    @Test void dominanceIsReflexiveAndStrictIsNot() {
        Dominators d = new Dominators(F);
        assertTrue(d.dominates(b(4), b(4)));
        assertFalse(d.strictlyDominates(b(4), b(4)));
        assertTrue(d.strictlyDominates(b(0), b(5)));
        assertFalse(d.dominates(b(2), b(4)));
        assertFalse(d.dominates(b(5), b(1)));
    }

    @Test void childrenInReversePostOrder() {
        Dominators d = new Dominators(F);
        assertEquals(List.of(b(1)), d.children(b(0)));
        assertEquals(3, d.children(b(1)).size());
        assertTrue(d.children(b(1)).containsAll(List.of(b(2), b(3), b(4))));
        assertEquals(d.reversePostOrder().indexOf(d.children(b(1)).get(0)) < d.reversePostOrder().indexOf(d.children(b(1)).get(1)), true);
        assertEquals(List.of(), d.children(b(6)));
    }
}

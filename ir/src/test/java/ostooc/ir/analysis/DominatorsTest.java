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

    /**
     * {@link Dominators#dominates} (a tree numbering) agrees with the definition on random CFGs: a dominates
     * b exactly when b is reachable and no longer reachable from the entry once a is removed (a == b: b reachable).
     */
    @Test void dominanceAgreesWithTheDefinitionOnRandomGraphs() {
        java.util.Random rnd = new java.util.Random(42);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + rnd.nextInt(14);
            StringBuilder ir = new StringBuilder("func @g(i32) void {\n");
            int[][] succ = new int[n][];
            for (int k = 0; k < n; k++) {
                ir.append("b").append(k).append(":\n");
                if (k == 0) ir.append("  %0:i32 = param 0\n");
                int kind = rnd.nextInt(5);
                if (kind == 0) { succ[k] = new int[0]; ir.append("  ret\n"); }
                else if (kind == 1) { succ[k] = new int[] {rnd.nextInt(n)}; ir.append("  br b").append(succ[k][0]).append('\n'); }
                else {
                    succ[k] = new int[] {rnd.nextInt(n), rnd.nextInt(n)};
                    ir.append("  brif %0, b").append(succ[k][0]).append(", b").append(succ[k][1]).append('\n');
                }
            }
            Function g = IrParser.parse(ir.append("}\n").toString()).function("g");
            Dominators d = new Dominators(g);
            Block[] byId = new Block[n];
            for (Block b : g.blocks()) byId[b.id()] = b;
            for (int a = 0; a < n; a++)
                for (int b = 0; b < n; b++) {
                    boolean reachable = reaches(succ, -1, b), expected = reachable && (a == b || !reaches(succ, a, b));
                    assertEquals(expected, d.dominates(byId[a], byId[b]), "b" + a + " dominates b" + b + " in\n" + ir);
                }
        }
    }

    /** Whether {@code target} is reachable from b0 without passing through {@code removed}. */
    private static boolean reaches(int[][] succ, int removed, int target) {
        if (removed == 0) return false;
        boolean[] seen = new boolean[succ.length];
        java.util.ArrayDeque<Integer> work = new java.util.ArrayDeque<>(List.of(0));
        seen[0] = true;
        while (!work.isEmpty()) {
            int x = work.poll();
            if (x == target) return true;
            for (int y : succ[x]) if (y != removed && !seen[y]) { seen[y] = true; work.add(y); }
        }
        return false;
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

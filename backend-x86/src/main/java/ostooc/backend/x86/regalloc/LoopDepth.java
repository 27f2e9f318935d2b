package ostooc.backend.x86.regalloc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import ostooc.backend.x86.lir.LBlock;
import ostooc.backend.x86.lir.LFunction;

/**
 * How deeply each block is nested in loops, for spill weights only. Requires: block ids are dense indices
 * of {@code f.blocks} in layout order. A retreating edge {@code b -> h} ({@code h} laid out at or before
 * {@code b}) is taken as a loop back edge; its body is {@code h} plus every block that reaches {@code b}
 * without passing through {@code h} (the natural loop when {@code h} dominates {@code b}). Guarantees: a
 * block's depth is the number of such bodies containing it (one per distinct header). An irreducible
 * or oddly laid-out loop can only make the estimate poorer, never the code wrong: nothing but the choice of
 * what to spill depends on it.
 */
final class LoopDepth {
    private LoopDepth() { }

    static int[] compute(LFunction f) {
        int n = f.blocks.size();
        List<List<LBlock>> preds = new ArrayList<>();
        for (int i = 0; i < n; i++) preds.add(new ArrayList<>());
        for (LBlock b : f.blocks) for (LBlock s : b.succs) preds.get(s.id()).add(b);
        BitSet[] bodyOf = new BitSet[n];   // per header: the union of its loops' bodies
        for (LBlock b : f.blocks)
            for (LBlock h : b.succs)
                if (h.id() <= b.id()) {
                    if (bodyOf[h.id()] == null) bodyOf[h.id()] = new BitSet();
                    addBody(h, b, preds, bodyOf[h.id()]);
                }
        int[] depth = new int[n];
        for (BitSet body : bodyOf)
            if (body != null) for (int i = body.nextSetBit(0); i >= 0; i = body.nextSetBit(i + 1)) depth[i]++;
        return depth;
    }

    private static void addBody(LBlock header, LBlock latch, List<List<LBlock>> preds, BitSet body) {
        body.set(header.id());
        Deque<LBlock> work = new ArrayDeque<>();
        if (!body.get(latch.id())) { body.set(latch.id()); work.push(latch); }
        while (!work.isEmpty())
            for (LBlock p : preds.get(work.pop().id()))
                if (!body.get(p.id())) { body.set(p.id()); work.push(p); }
    }
}

package ostooc.ir.analysis;

import ostooc.ir.Block;
import ostooc.ir.Cfg;
import ostooc.ir.Function;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The dominator tree of a function's reachable blocks, computed with the iterative algorithm of Cooper,
 * Harvey and Kennedy ("A Simple, Fast Dominance Algorithm", 2001): walk the blocks in reverse post-order,
 * set each block's immediate dominator to the common ancestor ("intersect") of its processed
 * predecessors, and repeat until nothing changes. Unreachable blocks have no dominator and are dominated
 * by nothing. A snapshot: recompute after changing the CFG. All arrays are indexed by block id.
 * {@link #dominates} is O(1): a numbering of the tree's nodes in depth-first order ({@code enter}/{@code exit}),
 * where a dominates b exactly when b's interval nests in a's (walking b's idom chain instead made the
 * verifier's and the passes' dominance queries quadratic in a long method's block count).
 */
public final class Dominators {
    private final List<Block> rpo;
    private final int[] rpoIndex;        // -1 for unreachable blocks
    private final Block[] idom;          // the entry is its own idom; null when unreachable
    private final List<List<Block>> children;
    private final int[] enter, exit;     // the dominator tree's depth-first numbering

    public Dominators(Function f) {
        int n = f.blockIdLimit();
        rpo = Cfg.reversePostOrder(f);
        rpoIndex = new int[n];
        java.util.Arrays.fill(rpoIndex, -1);
        for (int i = 0; i < rpo.size(); i++) rpoIndex[rpo.get(i).id()] = i;
        idom = new Block[n];
        computeIdoms(Cfg.predecessors(f));
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) children.add(new ArrayList<>());
        for (Block b : rpo) if (b != entry()) children.get(idom[b.id()].id()).add(b);   // in RPO: deterministic
        enter = new int[n];
        exit = new int[n];
        number();
    }

    /** Depth-first over the dominator tree, without recursion (a tree can be as deep as the method is long). */
    private void number() {
        int clock = 0;
        int[] next = new int[enter.length];              // per node: the index of the next child to visit
        Block[] stack = new Block[rpo.size()];
        int top = 0;
        stack[top++] = entry();
        enter[entry().id()] = clock++;
        while (top > 0) {
            Block b = stack[top - 1];
            List<Block> kids = children.get(b.id());
            if (next[b.id()] < kids.size()) {
                Block c = kids.get(next[b.id()]++);
                enter[c.id()] = clock++;
                stack[top++] = c;
            } else {
                exit[b.id()] = clock++;
                top--;
            }
        }
    }

    private void computeIdoms(List<List<Block>> preds) {
        Block entry = entry();
        idom[entry.id()] = entry;
        for (boolean changed = true; changed; ) {
            changed = false;
            for (Block b : rpo) {
                if (b == entry) continue;
                Block newIdom = null;
                for (Block p : preds.get(b.id())) {
                    if (idom[p.id()] == null) continue;             // unprocessed or unreachable
                    newIdom = newIdom == null ? p : intersect(p, newIdom);
                }
                if (idom[b.id()] != newIdom) { idom[b.id()] = newIdom; changed = true; }
            }
        }
    }

    /** Walks both fingers up the tree until they meet; RPO numbers decrease towards the entry. */
    private Block intersect(Block a, Block b) {
        while (a != b) {
            while (rpoIndex[a.id()] > rpoIndex[b.id()]) a = idom[a.id()];
            while (rpoIndex[b.id()] > rpoIndex[a.id()]) b = idom[b.id()];
        }
        return a;
    }

    private Block entry() { return rpo.get(0); }

    /** Reachable blocks in reverse post-order (a block comes after its dominators). */
    public List<Block> reversePostOrder() { return Collections.unmodifiableList(rpo); }

    public boolean isReachable(Block b) { return b.id() < rpoIndex.length && rpoIndex[b.id()] >= 0; }

    /** The immediate dominator; null for the entry and for unreachable blocks. */
    public Block idom(Block b) {
        if (!isReachable(b) || b == entry()) return null;
        return idom[b.id()];
    }

    /** The blocks {@code b} immediately dominates, in reverse post-order. */
    public List<Block> children(Block b) {
        return isReachable(b) ? Collections.unmodifiableList(children.get(b.id())) : List.of();
    }

    /** True when every path from the entry to {@code b} passes through {@code a} (reflexive). */
    public boolean dominates(Block a, Block b) {
        if (!isReachable(a) || !isReachable(b)) return false;
        return enter[a.id()] <= enter[b.id()] && exit[b.id()] <= exit[a.id()];
    }

    public boolean strictlyDominates(Block a, Block b) { return a != b && dominates(a, b); }
}

package ostooc.ir;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Control-flow facts computed on demand from the terminators: predecessors and reverse post-order. */
public final class Cfg {
    private Cfg() { }

    /** Predecessors of each block, indexed by block id, in block order (deterministic). */
    public static List<List<Block>> predecessors(Function f) {
        List<List<Block>> preds = new ArrayList<>();
        for (int i = 0; i < f.blockIdLimit(); i++) preds.add(new ArrayList<>());
        for (Block b : f.blocks())
            for (Block s : b.successors())
                if (!preds.get(s.id()).contains(b)) preds.get(s.id()).add(b);
        return preds;
    }

    /** Blocks reachable from the entry, in reverse post-order. */
    public static List<Block> reversePostOrder(Function f) {
        List<Block> post = new ArrayList<>();
        Set<Block> seen = new HashSet<>();
        // iterative DFS so deep CFGs cannot overflow the compiler's stack
        List<Block> stack = new ArrayList<>();
        List<Integer> next = new ArrayList<>();
        stack.add(f.entry()); next.add(0); seen.add(f.entry());
        while (!stack.isEmpty()) {
            int top = stack.size() - 1;
            Block b = stack.get(top);
            List<Block> succ = b.successors();
            int k = next.get(top);
            if (k < succ.size()) {
                next.set(top, k + 1);
                Block s = succ.get(k);
                if (seen.add(s)) { stack.add(s); next.add(0); }
            } else {
                post.add(b);
                stack.remove(top); next.remove(top);
            }
        }
        List<Block> rpo = new ArrayList<>(post.size());
        for (int i = post.size() - 1; i >= 0; i--) rpo.add(post.get(i));
        return rpo;
    }
}

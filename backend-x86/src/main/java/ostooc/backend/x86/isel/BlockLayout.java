package ostooc.backend.x86.isel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ostooc.ir.Block;
import ostooc.ir.Function;

/**
 * The order in which instruction selection lays out a function's blocks: a reverse post-order whose
 * depth-first search visits a block's successors last-first, so that the first successor — a loop's body
 * ({@code bHead: brif c, bBody, bExit}), an if's then-branch — comes right after its block. The branch
 * then falls through into it, and a loop's blocks sit together, before the code after the loop: the
 * linear-scan intervals of values live in the loop no longer span the exit path (fewer spills), and
 * the back edge is the loop's only taken jump. (The plain order, {@code Cfg.reversePostOrder}, puts the
 * exit path between a loop's header and its body.)
 * <p>Requires: a function with an entry block. Guarantees: every block reachable from the entry, once;
 * the entry first; a reverse post-order, so each block comes after its dominators (as lowering needs:
 * definitions before uses outside phis). Deterministic: follows successor order only.
 */
final class BlockLayout {
    private BlockLayout() { }

    static List<Block> order(Function f) {
        List<Block> post = new ArrayList<>();
        Set<Block> seen = new HashSet<>();
        // iterative DFS, so deep CFGs cannot overflow the compiler's stack
        List<Block> stack = new ArrayList<>();
        List<Integer> visited = new ArrayList<>();     // per stack entry: successors visited so far
        stack.add(f.entry()); visited.add(0); seen.add(f.entry());
        while (!stack.isEmpty()) {
            int top = stack.size() - 1;
            List<Block> succ = stack.get(top).successors();
            int k = visited.get(top);
            if (k < succ.size()) {
                visited.set(top, k + 1);
                Block s = succ.get(succ.size() - 1 - k);   // last successor first: the first is finished last
                if (seen.add(s)) { stack.add(s); visited.add(0); }
            } else {
                post.add(stack.remove(top));
                visited.remove(top);
            }
        }
        List<Block> rpo = new ArrayList<>(post.size());
        for (int i = post.size() - 1; i >= 0; i--) rpo.add(post.get(i));
        return rpo;
    }
}

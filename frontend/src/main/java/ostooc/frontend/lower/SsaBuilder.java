package ostooc.frontend.lower;

import ostooc.frontend.tree.LocalVar;
import ostooc.ir.Block;
import ostooc.ir.Function;
import ostooc.ir.Instr;
import ostooc.ir.IrBuilder;
import ostooc.ir.Type;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SSA construction for locals as in Braun et al., "Simple and Efficient Construction of Static Single
 * Assignment Form" (CC 2013): each block maps variables to their current value; reading a variable not
 * defined in a block looks in its predecessors, placing a phi where they may disagree. A block is
 * "sealed" once all its predecessors are known; reads in unsealed blocks create incomplete phis that get
 * their operands at sealing. Trivial phis are removed afterwards by {@link SsaCleanup}.
 */
final class SsaBuilder {
    private final Function fn;
    private final IrBuilder ir;
    private final Map<Block, Map<LocalVar, Instr>> currentDef = new HashMap<>();
    private final Map<Block, List<Block>> preds = new HashMap<>();
    private final Set<Block> sealed = new HashSet<>();
    private final Map<Block, Map<LocalVar, Instr>> incompletePhis = new HashMap<>();

    SsaBuilder(Function fn, IrBuilder ir) { this.fn = fn; this.ir = ir; }

    /** Records a CFG edge; call after emitting a terminator. */
    void addEdge(Block from, Block to) {
        List<Block> p = preds.computeIfAbsent(to, k -> new ArrayList<>());
        if (!p.contains(from)) p.add(from);
        if (sealed.contains(to)) throw new IllegalStateException("edge into sealed block " + to);
    }

    /**
     * True for a block nothing can reach: sealed (all its predecessors are known) with none, and not the
     * entry. The arms of a constant condition are such blocks: {@code brif 1, a, b} becomes {@code br a}.
     */
    boolean unreachable(Block b) { return sealed.contains(b) && preds.getOrDefault(b, List.of()).isEmpty() && b != fn.entry(); }

    void write(LocalVar v, Block b, Instr value) { currentDef.computeIfAbsent(b, k -> new HashMap<>()).put(v, value); }

    Instr read(LocalVar v, Block b) {
        Map<LocalVar, Instr> defs = currentDef.get(b);
        if (defs != null && defs.containsKey(v)) return defs.get(v);
        return readRecursive(v, b);
    }

    private Instr readRecursive(LocalVar v, Block b) {
        List<Block> p = preds.getOrDefault(b, List.of());
        Instr val;
        if (!sealed.contains(b)) {
            val = phi(b, v.type.irType());
            incompletePhis.computeIfAbsent(b, k -> new LinkedHashMap<>()).put(v, val);
        } else if (p.size() == 1) {
            val = read(v, p.get(0));
        } else if (p.isEmpty()) {
            val = undefined(v.type.irType());   // unreachable block, or a read Java's definite assignment rules out
        } else {
            val = phi(b, v.type.irType());
            write(v, b, val);                   // breaks cycles through loops
            addOperands(v, val, b);
        }
        write(v, b, val);
        return val;
    }

    private void addOperands(LocalVar v, Instr phi, Block b) {
        for (Block p : preds.get(b)) phi.addIncoming(p, read(v, p));
    }

    /** All predecessors of {@code b} are known: complete its pending phis. */
    void seal(Block b) {
        Map<LocalVar, Instr> pending = incompletePhis.remove(b);
        sealed.add(b);
        if (pending != null) pending.forEach((v, phi) -> addOperands(v, phi, b));
    }

    private Instr phi(Block b, Type t) {
        Block saved = ir.block();
        ir.setBlock(b);
        Instr p = ir.phi(t);
        ir.setBlock(saved);
        return p;
    }

    /**
     * The value of a variable read where no definition reaches: the zero of its type ({@code fconst} for
     * floating point: an {@code iconst} of a float type is invalid IR), placed in the entry block before its
     * terminator, so it dominates every use. Such reads happen in blocks nothing reaches (the arm of a
     * constant condition: {@link SsaCleanup} removes them with the phi inputs they fed) or on paths where
     * Java's definite assignment rules guarantee that the value is never used.
     */
    private Instr undefined(Type t) {
        Instr c = Instr.zero(t);
        fn.number(c);
        Block entry = fn.entry();
        int at = entry.isTerminated() ? entry.instrs().size() - 1 : entry.instrs().size();
        entry.insert(at, c);
        return c;
    }
}

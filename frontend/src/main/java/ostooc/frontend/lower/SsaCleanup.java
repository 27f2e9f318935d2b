package ostooc.frontend.lower;

import ostooc.ir.Block;
import ostooc.ir.Cfg;
import ostooc.ir.Function;
import ostooc.ir.Instr;
import ostooc.ir.Op;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs once a function is complete. Removes blocks unreachable from the entry (dead code after return,
 * joins nobody jumps to) and the phi inputs that came from them, then removes trivial phis
 * ({@code phi [a x], [b x]} or phis that only refer to themselves and one other value), replacing their
 * uses, until none is left. Requires: every block terminated. Preserves: SSA form, block order.
 */
final class SsaCleanup {
    private SsaCleanup() { }

    static void run(Function fn) {
        Set<Block> live = new HashSet<>(Cfg.reversePostOrder(fn));
        fn.blocks().removeIf(b -> !live.contains(b));
        for (Block b : fn.blocks())
            for (Instr i : b.instrs()) {
                if (i.op() != Op.PHI) continue;
                for (int k = i.inputs().size() - 1; k >= 0; k--)
                    if (!live.contains(i.phiBlocks.get(k))) { i.inputs().remove(k); i.phiBlocks.remove(k); }
            }
        // trivial phis, to a fixed point, as a replacement map resolved once at the end: replacing each phi's
        // uses as it was found walked the whole function per phi (quadratic in a long method)
        List<Instr> phis = new ArrayList<>();
        for (Block b : fn.blocks()) for (Instr i : b.instrs()) if (i.op() == Op.PHI) phis.add(i);
        Map<Instr, Instr> replacedBy = new IdentityHashMap<>();
        for (boolean changed = true; changed; ) {
            changed = false;
            for (Instr phi : phis) {
                if (replacedBy.containsKey(phi)) continue;
                Instr same = trivialValue(phi, replacedBy);
                if (same != null) { replacedBy.put(phi, same); changed = true; }
            }
        }
        if (replacedBy.isEmpty()) return;
        for (Block b : fn.blocks()) {
            b.instrs().removeIf(replacedBy::containsKey);
            for (Instr i : b.instrs())
                for (int k = 0; k < i.inputs().size(); k++) {
                    Instr r = resolve(i.input(k), replacedBy);
                    if (r != i.input(k)) i.setInput(k, r);
                }
        }
    }

    /** What {@code v} stands for once the phis in {@code replacedBy} are gone (never a replaced phi). */
    private static Instr resolve(Instr v, Map<Instr, Instr> replacedBy) {
        Instr r = v;
        while (replacedBy.containsKey(r)) r = replacedBy.get(r);
        if (r != v) replacedBy.put(v, r);   // shorten the chain for later lookups
        return r;
    }

    /**
     * The single value a phi merges (ignoring itself), its inputs read through the replacements so far, or null
     * when it merges two or more.
     */
    private static Instr trivialValue(Instr phi, Map<Instr, Instr> replacedBy) {
        Instr same = null;
        for (Instr input : phi.inputs()) {
            Instr in = resolve(input, replacedBy);
            if (in == phi || in == same) continue;
            if (same != null) return null;
            same = in;
        }
        return same;   // null inputs cannot happen: an all-self phi lives only in unreachable code, removed above
    }
}

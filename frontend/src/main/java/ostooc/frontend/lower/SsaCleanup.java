package ostooc.frontend.lower;

import ostooc.ir.Block;
import ostooc.ir.Cfg;
import ostooc.ir.Function;
import ostooc.ir.Instr;
import ostooc.ir.Op;

import java.util.HashSet;
import java.util.List;
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
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block b : fn.blocks())
                for (Instr phi : List.copyOf(b.instrs())) {
                    if (phi.op() != Op.PHI) continue;
                    Instr same = trivialValue(phi);
                    if (same == null) continue;
                    replaceUses(fn, phi, same);
                    b.instrs().remove(phi);
                    changed = true;
                }
        }
    }

    /** The single value a phi merges (ignoring itself), or null when it merges two or more. */
    private static Instr trivialValue(Instr phi) {
        Instr same = null;
        for (Instr in : phi.inputs()) {
            if (in == phi || in == same) continue;
            if (same != null) return null;
            same = in;
        }
        return same;   // null inputs cannot happen: an all-self phi lives only in unreachable code, removed above
    }

    private static void replaceUses(Function fn, Instr from, Instr to) {
        for (Block b : fn.blocks())
            for (Instr i : b.instrs())
                for (int k = 0; k < i.inputs().size(); k++)
                    if (i.input(k) == from) i.setInput(k, to);
    }
}

package ostooc.ir.pass;

import ostooc.ir.Block;
import ostooc.ir.Cfg;
import ostooc.ir.Function;
import ostooc.ir.Instr;
import ostooc.ir.Op;
import ostooc.ir.Type;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Cleans up the control-flow graph, repeating until nothing changes:
 * <ol>
 *   <li>{@code brif c, bX, bX} and {@code brif <const>, bX, bY} become {@code br};</li>
 *   <li>blocks unreachable from the entry are deleted, and phis forget their incoming values;</li>
 *   <li>trivial phis ({@code phi [b1 %x], [b2 %x]}, or only themselves besides {@code %x}) become {@code %x};</li>
 *   <li>a block whose single predecessor has it as single successor is merged into that predecessor.</li>
 * </ol>
 * Requires: verifier-clean IR. Preserves: everything the verifier checks; block and value ids of the
 * blocks and values that remain. Why: the front end emits one block per statement boundary and branches
 * on folded constants; fewer, larger blocks give GVN and the register allocator more to work with.
 */
public final class SimplifyCfg implements Pass {
    @Override public String name() { return "simplify-cfg"; }

    @Override public void run(Function f) {
        boolean changed = true;
        while (changed) {
            changed = foldBranches(f);
            changed |= removeUnreachable(f);
            changed |= removeTrivialPhis(f);
            changed |= mergeBlocks(f);
        }
    }

    // brif c, bX, bX => br bX;  brif k, bX, bY => br (k != 0 ? bX : bY)
    private static boolean foldBranches(Function f) {
        boolean changed = false;
        for (Block b : f.blocks()) {
            Instr t = b.terminator();
            if (t == null || t.op() != Op.BRIF) continue;
            Block then = t.targets.get(0), otherwise = t.targets.get(1);
            if (then == otherwise) replaceTerminator(b, then);
            else if (t.input(0).isConst()) {
                boolean taken = t.input(0).imm != 0;
                replaceTerminator(b, taken ? then : otherwise);
                removeIncoming(taken ? otherwise : then, b);
            } else continue;
            changed = true;
        }
        return changed;
    }

    private static void replaceTerminator(Block b, Block target) {
        b.instrs().remove(b.instrs().size() - 1);
        Instr br = new Instr(Op.BR, Type.VOID, List.of());
        br.targets.add(target);
        b.append(br);
    }

    /** Drops the phi inputs of {@code b} that come from {@code pred}. */
    private static void removeIncoming(Block b, Block pred) {
        for (Instr phi : b.instrs()) {
            if (phi.op() != Op.PHI) break;
            for (int k = phi.phiBlocks.size() - 1; k >= 0; k--)
                if (phi.phiBlocks.get(k) == pred) { phi.phiBlocks.remove(k); phi.inputs().remove(k); }
        }
    }

    private static boolean removeUnreachable(Function f) {
        Set<Block> reachable = new HashSet<>(Cfg.reversePostOrder(f));
        if (reachable.size() == f.blocks().size()) return false;
        for (Block b : f.blocks())
            if (!reachable.contains(b))
                for (Block s : b.successors()) removeIncoming(s, b);
        f.blocks().removeIf(b -> !reachable.contains(b));
        return true;
    }

    // phi [b1 %x], [b2 %x], [b3 %self] => %x
    private static boolean removeTrivialPhis(Function f) {
        Rewriter rw = new Rewriter();
        for (boolean found = true; found; ) {
            found = false;
            for (Block b : f.blocks())
                for (Instr phi : b.instrs()) {
                    if (phi.op() != Op.PHI) break;
                    if (rw.isReplaced(phi)) continue;
                    Instr same = soleInput(phi, rw);
                    if (same != null) { rw.replace(phi, same); found = true; }
                }
        }
        rw.apply(f);
        return !rw.isEmpty();
    }

    /** The one value a phi merges apart from itself, or null when there are several (or none). */
    private static Instr soleInput(Instr phi, Rewriter rw) {
        Instr same = null;
        for (Instr in : phi.inputs()) {
            Instr v = rw.resolve(in);
            if (v == phi || v == same) continue;
            if (same != null) return null;
            same = v;
        }
        return same;
    }

    private static boolean mergeBlocks(Function f) {
        List<List<Block>> preds = Cfg.predecessors(f);
        boolean changed = false;
        for (Block b : List.copyOf(f.blocks())) {
            if (b == f.entry() || preds.get(b.id()).size() != 1) continue;
            Block p = preds.get(b.id()).get(0);
            if (p == b || p.terminator().op() != Op.BR || hasPhis(b)) continue;
            p.instrs().remove(p.instrs().size() - 1);                    // br b
            for (Instr i : b.instrs()) p.append(i);
            for (Block s : new LinkedHashSet<>(b.successors())) {   // brif s, s names s twice
                List<Block> sp = preds.get(s.id());
                sp.set(sp.indexOf(b), p);
                for (Instr phi : s.instrs()) {
                    if (phi.op() != Op.PHI) break;
                    phi.phiBlocks.replaceAll(in -> in == b ? p : in);
                }
            }
            f.blocks().remove(b);
            changed = true;
        }
        return changed;
    }

    private static boolean hasPhis(Block b) {
        return !b.instrs().isEmpty() && b.instrs().get(0).op() == Op.PHI;
    }
}

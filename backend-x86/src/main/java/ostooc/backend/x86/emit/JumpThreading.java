package ostooc.backend.x86.emit;

import java.util.BitSet;
import java.util.List;
import ostooc.backend.x86.lir.LBlock;
import ostooc.backend.x86.lir.LFunction;
import ostooc.backend.x86.lir.LInstr;
import ostooc.backend.x86.regalloc.Assignment;
import ostooc.backend.x86.regalloc.ParallelMoveResolver;
import ostooc.backend.x86.regalloc.Regs;
import ostooc.backend.x86.regalloc.Rewriter;

/**
 * Jump threading after register allocation. Instruction selection splits critical edges into blocks that
 * hold only the phi moves and a jump; once registers are assigned many of those moves copy a register to
 * itself, and the block would emit nothing but {@code jmp L}. Such a block is <em>skipped</em>: it is not
 * emitted, and every branch to it goes straight to its final target (chains of skipped blocks followed).
 * <p>Assumes: every block ends in a terminator naming its succs (InstructionSelector's guarantee), so a
 * block with exactly one successor ends in the unconditional jump to it — the only one-successor
 * terminator; parallel moves are emitted as {@link ParallelMoveResolver} sequentializes them.
 * <p>Guarantees: the entry block is never skipped (the prologue falls into it); a skipped block emits
 * nothing observable (its moves resolve to no steps), so jumping past it changes no behaviour; every
 * {@link #target} is an emitted block; a cycle of skipped blocks (an empty {@code while (true) {}})
 * keeps one of its blocks, which then jumps to itself.
 */
final class JumpThreading {
    private final int[] target;

    private JumpThreading(int[] target) { this.target = target; }

    static JumpThreading of(LFunction f, Assignment a) {
        List<LBlock> blocks = f.blocks;
        BitSet skipped = new BitSet();
        for (int i = 1; i < blocks.size(); i++) if (emitsOnlyJump(blocks.get(i), a)) skipped.set(i);
        for (int i = 0; i < blocks.size(); i++) breakCycle(blocks, i, skipped);
        int[] target = new int[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            int t = i;
            while (skipped.get(t)) t = blocks.get(t).succs.get(0).id();
            target[i] = t;
        }
        return new JumpThreading(target);
    }

    /** The block whose code a branch to block {@code id} reaches: {@code id} itself unless it is skipped. */
    int target(int id) { return target[id]; }

    boolean isSkipped(int id) { return target[id] != id; }

    /** The first block after {@code id} in layout order that is emitted, or -1 at the end of the function. */
    int nextEmitted(int id) {
        for (int i = id + 1; i < target.length; i++) if (!isSkipped(i)) return i;
        return -1;
    }

    // Follows the skip chain from i; a block met twice closes a cycle of empty blocks and is kept.
    private static void breakCycle(List<LBlock> blocks, int i, BitSet skipped) {
        BitSet onPath = new BitSet();
        for (int t = i; skipped.get(t); t = blocks.get(t).succs.get(0).id()) {
            if (onPath.get(t)) { skipped.clear(t); return; }
            onPath.set(t);
        }
    }

    // [parallel moves that resolve to nothing...] jmp succ
    private static boolean emitsOnlyJump(LBlock b, Assignment a) {
        if (b.succs.size() != 1 || b.instrs.isEmpty()) return false;
        LInstr last = b.instrs.get(b.instrs.size() - 1);
        if (last.isParallelMove() || !last.operands().isEmpty()) return false;
        for (LInstr i : b.instrs.subList(0, b.instrs.size() - 1))
            if (!i.isParallelMove() || !ParallelMoveResolver.resolve(Rewriter.places(i, a), Regs.SCRATCH1, Regs.SCRATCH2).isEmpty()) return false;
        return true;
    }
}

package ostooc.backend.x86.emit;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ostooc.backend.x86.lir.LBlock;
import ostooc.backend.x86.lir.LFunction;
import ostooc.backend.x86.lir.LInstr;
import ostooc.backend.x86.regalloc.Assignment;
import ostooc.backend.x86.regalloc.ParallelMoveResolver;
import ostooc.backend.x86.regalloc.ParallelMoveResolver.Step;
import ostooc.backend.x86.regalloc.Regs;
import ostooc.backend.x86.regalloc.Rewriter;

/**
 * Jump threading after register allocation. Instruction selection splits critical edges into blocks that
 * hold only the phi moves and a jump; once registers are assigned many of those moves copy a register to
 * itself, and the block would emit nothing but {@code jmp L}. Such a block is <em>skipped</em>: it is not
 * emitted, and every branch to it goes straight to its final target (chains of skipped blocks followed).
 * A block of moves and a jump that would emit exactly the same moves to the same final target as an
 * earlier block (edges from several tests into one join, {@code if (a || b || c)}) is skipped too, and
 * branches to it go to that earlier copy.
 * <p>Assumes: every block ends in a terminator naming its succs (InstructionSelector's guarantee), so a
 * block with exactly one successor ends in the unconditional jump to it — the only one-successor
 * terminator; parallel moves are emitted as {@link ParallelMoveResolver} sequentializes them with the
 * scratch registers of {@link Regs}, as the {@link FunctionEmitter} does.
 * <p>Guarantees: the entry block is never skipped (the prologue falls into it); jumping to a block's
 * target instead of the block runs the same moves and reaches the same code, so behaviour is unchanged;
 * every {@link #target} is an emitted block; a cycle of empty blocks (an empty {@code while (true) {}})
 * keeps one of its blocks, which then jumps to itself. Deterministic: decisions follow layout order.
 */
final class JumpThreading {
    private final int[] target;

    private JumpThreading(int[] target) { this.target = target; }

    static JumpThreading of(LFunction f, Assignment a) {
        List<LBlock> blocks = f.blocks;
        List<List<Step>> moves = new ArrayList<>();          // per block: its steps when it is moves + jmp, else null
        BitSet skipped = new BitSet();
        for (int i = 0; i < blocks.size(); i++) {
            moves.add(movesBeforeJump(blocks.get(i), a));
            if (i > 0 && moves.get(i) != null && moves.get(i).isEmpty()) skipped.set(i);
        }
        for (int i = 0; i < blocks.size(); i++) breakCycle(blocks, i, skipped);
        int[] target = new int[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            int t = i;
            while (skipped.get(t)) t = succ(blocks, t);
            target[i] = t;
        }
        mergeDuplicates(blocks, moves, target);
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
        for (int t = i; skipped.get(t); t = succ(blocks, t)) {
            if (onPath.get(t)) { skipped.clear(t); return; }
            onPath.set(t);
        }
    }

    // An emitted block of moves + jmp equal to an earlier one (same steps, same final target) becomes an
    // alias of it; the earlier copy is never itself an alias, so one lookup redirects every target.
    private static void mergeDuplicates(List<LBlock> blocks, List<List<Step>> moves, int[] target) {
        Map<List<Object>, Integer> first = new HashMap<>();   // lookups only: decisions follow layout order
        int[] alias = new int[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            alias[i] = i;
            if (i == 0 || target[i] != i || moves.get(i) == null) continue;
            Integer earlier = first.putIfAbsent(List.of(target[succ(blocks, i)], moves.get(i)), i);
            if (earlier != null) alias[i] = earlier;
        }
        for (int i = 0; i < target.length; i++) target[i] = alias[target[i]];
    }

    private static int succ(List<LBlock> blocks, int i) { return blocks.get(i).succs.get(0).id(); }

    // [parallel moves...] jmp succ: the moves' steps under the assignment; null for any other block.
    private static List<Step> movesBeforeJump(LBlock b, Assignment a) {
        if (b.succs.size() != 1 || b.instrs.isEmpty()) return null;
        LInstr last = b.instrs.get(b.instrs.size() - 1);
        if (last.isParallelMove() || !last.operands().isEmpty()) return null;
        List<Step> steps = new ArrayList<>();
        for (LInstr i : b.instrs.subList(0, b.instrs.size() - 1)) {
            if (!i.isParallelMove()) return null;
            steps.addAll(ParallelMoveResolver.resolve(Rewriter.places(i, a), Regs.SCRATCH1, Regs.SCRATCH2));
        }
        return steps;
    }
}

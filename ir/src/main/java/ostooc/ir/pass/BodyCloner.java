package ostooc.ir.pass;

import ostooc.ir.Block;
import ostooc.ir.Function;
import ostooc.ir.Instr;
import ostooc.ir.Op;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies the blocks of one function into another, for {@link Inliner}: every block gets a fresh block of
 * the target, every instruction a fresh value id, and each {@code param k} is replaced by the caller's
 * argument {@code k} (params are not copied). Branch targets and phi blocks are mapped to the copies.
 * The copied {@code ret}s are left in place for the caller to turn into branches. Requires: the source is
 * verifier-clean and is not the target. Guarantees: the copy is the source's CFG, its instructions in the
 * same order, with ids unique in the target; the source is not changed.
 */
final class BodyCloner {
    private final Map<Block, Block> blocks = new IdentityHashMap<>();   // lookups only
    private final Map<Instr, Instr> values = new IdentityHashMap<>();   // lookups only
    private final List<Block> copies = new ArrayList<>();

    /** Copies {@code callee}'s body into {@code caller}, with {@code args} standing for its params. */
    BodyCloner(Function callee, Function caller, List<Instr> args) {
        for (Block b : callee.blocks()) {
            Block copy = caller.newBlock();
            blocks.put(b, copy);
            copies.add(copy);
        }
        // Instructions first, operands second: a phi may name a value defined further down (a loop).
        for (Block b : callee.blocks())
            for (Instr i : b.instrs()) {
                if (i.op() == Op.PARAM) { values.put(i, args.get((int) i.imm)); continue; }
                Instr copy = caller.number(new Instr(i.op(), i.type(), List.of()));
                copyAttributes(i, copy);
                values.put(i, copy);
                blocks.get(b).append(copy);
            }
        for (Block b : callee.blocks())
            for (Instr i : b.instrs())
                if (i.op() != Op.PARAM)
                    for (Instr in : i.inputs()) values.get(i).inputs().add(values.get(in));
    }

    /** The copies of the callee's blocks, in the callee's order (the first is the copied entry). */
    List<Block> blocks() { return copies; }

    private void copyAttributes(Instr from, Instr to) {
        to.imm = from.imm;
        to.symbol = from.symbol;
        to.cond = from.cond;
        to.mem = from.mem;
        to.text = from.text;
        to.invariant = from.invariant;
        for (Block t : from.targets) to.targets.add(blocks.get(t));
        for (Block p : from.phiBlocks) to.phiBlocks.add(blocks.get(p));
    }
}

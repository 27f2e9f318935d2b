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
 * Deletes instructions whose value nobody needs. Mark and sweep: instructions that must stay (stores,
 * calls, syscalls, asm, terminators, params) are live, and so is every operand of a live instruction;
 * the rest is deleted. Unlike counting uses, this also removes dead cycles of phis. Pure instructions
 * and LOAD are removable (SDIV/SREM are total, LOAD of a data item cannot fault); CALL, STORE and
 * SYSCALL never are. PARAMs stay so that {@link Function#params()} keeps one instruction per parameter.
 * Requires: verifier-clean IR. Preserves: CFG, ids of the remaining values. Why: canonicalization, GVN
 * and constant folding leave their replaced operands behind.
 */
public final class DeadCodeElim implements Pass {
    @Override public String name() { return "dce"; }

    @Override public void run(Function f) {
        Map<Instr, Boolean> live = new IdentityHashMap<>();     // lookups only
        List<Instr> work = new ArrayList<>();
        for (Block b : f.blocks())
            for (Instr i : b.instrs())
                if (!isRemovable(i) && live.put(i, true) == null) work.add(i);
        while (!work.isEmpty()) {
            Instr i = work.remove(work.size() - 1);
            for (Instr in : i.inputs()) if (live.put(in, true) == null) work.add(in);
        }
        for (Block b : f.blocks()) b.instrs().removeIf(i -> !live.containsKey(i));
    }

    static boolean isRemovable(Instr i) {
        return (i.op().isPure() && i.op() != Op.PARAM) || i.op() == Op.LOAD;
    }
}

package ostooc.backend.x86.isel;

import java.util.List;
import ostooc.ir.Block;
import ostooc.ir.Instr;
import ostooc.ir.MemKind;
import ostooc.ir.Op;

/**
 * Folds a load into the integer {@code cmp} that is its only use, as a memory operand:
 * <pre>
 *   %n = load.i32 %a, 8; %c = cmp ult %i, %n; brif %c ...   =>   cmp i32, DWORD PTR [a+8]; jb ...
 * </pre>
 * (loop conditions on {@code a.length}, compares with a field). Requires {@link AddressModes#plan} done
 * (the load's address is known) and use counts. The load then happens where the cmp is emitted instead
 * of where it stood, so it is folded only when that moves it within its own block past no instruction
 * that may write memory: the cmp is in the load's block and either used only by that block's brif (it
 * is emitted with the branch, at the end of the block) or materialized where it stands. Only full-width
 * loads ({@code i32}, {@code i64}, {@code ref}: cmp has no extending form), and at most two registers read
 * in all (what spill code can reload: see regalloc's Rewriter). A load marked folded is not lowered;
 * {@link Lowering#cmpArgs} gives it to the cmp.
 * <p>Not done: a bounds check also passes the length to its failure path; loading it again there was
 * measured to cost more than it saved (the array pointer must then be live, or reloaded from its spill
 * slot, on that path too).
 */
final class CompareFolding {
    private CompareFolding() { }

    static void plan(Selection s) {
        for (Block b : s.ir.blocks()) {
            List<Instr> instrs = b.instrs();
            for (int k = 0; k < instrs.size(); k++) {
                Instr c = instrs.get(k);
                if (c.op() != Op.CMP) continue;
                int at = emittedAt(c, k, b, s);
                if (at < 0) continue;
                for (int side = 0; side < 2; side++) {
                    Instr load = c.input(side), other = c.input(1 - side);
                    if (foldable(load, other, instrs, at, b, s)) { s.markFolded(load); break; }
                }
            }
        }
    }

    /** Where the cmp at index {@code k} of {@code b} is emitted: its own index, the terminator's, or -1 (in other blocks). */
    private static int emittedAt(Instr c, int k, Block b, Selection s) {
        if (!Lowering.fusedIntoBranch(c, s)) return k;
        Instr t = b.terminator();
        return s.uses(c) == 1 && t != null && t.op() == Op.BRIF && t.input(0) == c ? b.instrs().size() - 1 : -1;
    }

    private static boolean foldable(Instr load, Instr other, List<Instr> instrs, int at, Block b, Selection s) {
        if (load.op() != Op.LOAD || load.block() != b || s.uses(load) != 1 || s.isFolded(load) || load == other) return false;
        if (load.mem != MemKind.I32 && load.mem != MemKind.I64 && load.mem != MemKind.REF) return false;
        AddressModes.Address a = s.address(load);
        int regs = (a.base() == null ? 0 : 1) + (a.index() == null ? 0 : 1) + (Selection.isImm(other) ? 0 : 1);
        if (regs > 2) return false;
        for (int j = instrs.indexOf(load) + 1; j < at; j++) if (instrs.get(j).op().hasSideEffects()) return false;
        return true;
    }
}

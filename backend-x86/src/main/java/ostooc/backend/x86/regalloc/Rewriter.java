package ostooc.backend.x86.regalloc;

import java.util.ArrayList;
import java.util.List;
import ostooc.backend.x86.asm.Reg;
import ostooc.backend.x86.lir.LInstr;
import ostooc.backend.x86.lir.Loc;
import ostooc.backend.x86.lir.Move;
import ostooc.backend.x86.lir.Operand;
import ostooc.backend.x86.lir.Role;

/**
 * Binds the operands of one LIR instruction to physical registers given an {@link Assignment}, adding
 * spill code: a spilled virtual register is given a scratch register of its class (R11, then R10; XMM15, then XMM14), reloaded before the
 * instruction when it is used and stored after when it is defined. Requires: at most two distinct spilled
 * virtual registers per ordinary instruction, and no ordinary instruction names R10/R11 as a fixed operand
 * (see {@link Regs}). Parallel moves are not bound here but translated to {@link Place}s ({@link #places}).
 */
public final class Rewriter {
    /** Operand registers by operand index, plus reloads {@code (reg, slot)} before and stores after. */
    public record Bound(Reg[] regs, List<Spill> reloads, List<Spill> stores) { }
    public record Spill(Reg reg, int slot) { }

    private Rewriter() { }

    public static Bound bind(LInstr in, Assignment a) {
        List<Operand> ops = in.operands();
        Reg[] regs = new Reg[ops.size()];
        List<Spill> reloads = new ArrayList<>(), stores = new ArrayList<>();
        List<Integer> spilledLocs = new ArrayList<>();
        for (int k = 0; k < ops.size(); k++) {
            Operand o = ops.get(k);
            int loc = o.loc();
            if (Loc.isPhys(loc) || !a.isSpilled(loc)) {
                regs[k] = a.reg(loc);
                if (regs[k] == null) throw new IllegalStateException("unallocated " + Loc.toString(loc) + " in " + in);
                if (regs[k] == Regs.SCRATCH1 || regs[k] == Regs.SCRATCH2 || regs[k] == Regs.XMM_SCRATCH1 || regs[k] == Regs.XMM_SCRATCH2) throw new IllegalStateException("scratch register as operand of " + in);
                continue;
            }
            int idx = spilledLocs.indexOf(loc);
            if (idx < 0) { idx = spilledLocs.size(); spilledLocs.add(loc); }
            if (idx > 1) throw new IllegalStateException("more than two spilled operands in " + in);
            boolean xmm = a.isFloat(loc);
            regs[k] = idx == 0 ? (xmm ? Regs.XMM_SCRATCH1 : Regs.SCRATCH1) : (xmm ? Regs.XMM_SCRATCH2 : Regs.SCRATCH2);
            Spill s = new Spill(regs[k], a.slot(loc));
            if (o.role() == Role.USE && !reloads.contains(s)) reloads.add(s);
            if (o.role() == Role.DEF && !stores.contains(s)) stores.add(s);
        }
        return new Bound(regs, reloads, stores);
    }

    /** The moves of a parallel move with every location replaced by its register, slot or constant. */
    public static List<ParallelMoveResolver.Step> places(LInstr in, Assignment a) {
        List<ParallelMoveResolver.Step> steps = new ArrayList<>();
        for (Move m : in.moves())
            steps.add(new ParallelMoveResolver.Step(place(m.dst(), a), m.isConst() ? Place.imm(m.imm()) : place(m.src(), a)));
        return steps;
    }

    private static Place place(int loc, Assignment a) {
        if (a.isSpilled(loc)) return Place.slot(a.slot(loc));
        Reg r = a.reg(loc);
        if (r == null) throw new IllegalStateException("unallocated " + Loc.toString(loc));
        return Place.reg(r);
    }
}

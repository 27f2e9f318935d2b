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
 * instruction when it is used and stored after when it is defined; a third one that is only defined shares the
 * register of one only used. Requires: at most two distinct spilled virtual registers per class read by an ordinary instruction, and no ordinary instruction names R10/R11 as a fixed operand
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
        List<Reg> spilledRegs = new ArrayList<>();
        for (int k = 0; k < ops.size(); k++) {
            Operand o = ops.get(k);
            int loc = o.loc();
            if (Loc.isPhys(loc) || !a.isSpilled(loc)) {
                regs[k] = a.reg(loc);
                if (regs[k] == null) throw new IllegalStateException("unallocated " + Loc.toString(loc) + " in " + in);
                if (regs[k] == Regs.SCRATCH1 || regs[k] == Regs.SCRATCH2 || regs[k] == Regs.XMM_SCRATCH1 || regs[k] == Regs.XMM_SCRATCH2) throw new IllegalStateException("scratch register as operand of " + in);
                continue;
            }
            regs[k] = scratch(loc, ops, a, spilledLocs, spilledRegs, in);
            Spill s = new Spill(regs[k], a.slot(loc));
            if (o.role() == Role.USE && !reloads.contains(s)) reloads.add(s);
            if (o.role() == Role.DEF && !stores.contains(s)) stores.add(s);
        }
        return new Bound(regs, reloads, stores);
    }

    /**
     * The scratch register of spilled {@code loc}: the one it already has, else the first of its class that no
     * other spilled operand holds, else (for a location only defined here) the register of one only used here:
     * uses are read before defs are written (Role), as when the allocator itself lets a def share a dying use's register.
     */
    private static Reg scratch(int loc, List<Operand> ops, Assignment a, List<Integer> locs, List<Reg> regs, LInstr in) {
        int known = locs.indexOf(loc);
        if (known >= 0) return regs.get(known);
        boolean xmm = a.isFloat(loc);
        Reg chosen = null;
        for (Reg r : xmm ? List.of(Regs.XMM_SCRATCH1, Regs.XMM_SCRATCH2) : List.of(Regs.SCRATCH1, Regs.SCRATCH2))
            if (chosen == null && !regs.contains(r)) chosen = r;
        for (int j = 0; chosen == null && j < locs.size(); j++)
            if (a.isFloat(locs.get(j)) == xmm && only(ops, loc, Role.DEF) && only(ops, locs.get(j), Role.USE) && regs.indexOf(regs.get(j)) == j) chosen = regs.get(j);
        if (chosen == null) throw new IllegalStateException("more than two spilled operands of a class in " + in);
        locs.add(loc);
        regs.add(chosen);
        return chosen;
    }

    private static boolean only(List<Operand> ops, int loc, Role role) {
        for (Operand o : ops) if (o.loc() == loc && o.role() != role) return false;
        return true;
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

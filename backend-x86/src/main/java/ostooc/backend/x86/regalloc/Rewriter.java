package ostooc.backend.x86.regalloc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ostooc.backend.x86.asm.Reg;
import ostooc.backend.x86.lir.LInstr;
import ostooc.backend.x86.lir.Loc;
import ostooc.backend.x86.lir.Move;
import ostooc.backend.x86.lir.Operand;
import ostooc.backend.x86.lir.Role;

/**
 * Binds the operands of one LIR instruction to physical registers given an {@link Assignment}, adding
 * spill code: a spilled virtual register is given a scratch register of its class (R11, then R10; XMM15, then XMM14), reloaded before the
 * instruction when it is used and stored after when it is defined; a write-only one may share the scratch
 * of a use ({@link #spillScratches}). Requires: at most two distinct spilled virtual registers read per
 * ordinary instruction (plus write-only ones), and no ordinary instruction names R10/R11 as a fixed operand
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
        for (int k = 0; k < ops.size(); k++) {
            int loc = ops.get(k).loc();
            if (!Loc.isPhys(loc) && a.isSpilled(loc)) continue;
            regs[k] = a.reg(loc);
            if (regs[k] == null) throw new IllegalStateException("unallocated " + Loc.toString(loc) + " in " + in);
            if (isScratch(regs[k])) throw new IllegalStateException("scratch register as operand of " + in);
        }
        Map<Integer, Reg> scratchOf = spillScratches(in, a);
        List<Spill> reloads = new ArrayList<>(), stores = new ArrayList<>();
        for (int k = 0; k < ops.size(); k++) {
            Operand o = ops.get(k);
            Reg r = scratchOf.get(o.loc());
            if (r == null) continue;
            regs[k] = r;
            Spill s = new Spill(r, a.slot(o.loc()));
            if (o.role() == Role.USE && !reloads.contains(s)) reloads.add(s);
            if (o.role() == Role.DEF && !stores.contains(s)) stores.add(s);
        }
        return new Bound(regs, reloads, stores);
    }

    /**
     * Scratch registers for the spilled virtual registers of {@code in}: read ones (USE or TEMP) get
     * distinct scratches in operand order; a write-only one takes a free scratch, else the scratch of a
     * USE-only one (whose slot keeps the value, so its scratch copy may die at the instruction, exactly as
     * a register may be given to a use dying there and a def) but never one of a TEMP or another def.
     */
    private static Map<Integer, Reg> spillScratches(LInstr in, Assignment a) {
        Map<Integer, Reg> scratchOf = new LinkedHashMap<>();
        Map<Integer, Boolean> readOnly = new LinkedHashMap<>();   // read location -> only USE, never TEMP
        List<Integer> writeOnly = new ArrayList<>();
        for (Operand o : in.operands()) {
            if (Loc.isPhys(o.loc()) || !a.isSpilled(o.loc())) continue;
            if (o.role() != Role.DEF) readOnly.merge(o.loc(), o.role() == Role.USE, Boolean::logicalAnd);
        }
        for (Operand o : in.operands())
            if (o.role() == Role.DEF && !Loc.isPhys(o.loc()) && a.isSpilled(o.loc()) && !readOnly.containsKey(o.loc()) && !writeOnly.contains(o.loc()))
                writeOnly.add(o.loc());
        for (int loc : readOnly.keySet()) {
            List<Reg> pool = scratches(a.isFloat(loc));
            Reg r = pool.stream().filter(x -> !scratchOf.containsValue(x)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("more than two spilled operands in " + in));
            scratchOf.put(loc, r);
        }
        for (int loc : writeOnly) {
            Reg r = null;
            for (Reg x : scratches(a.isFloat(loc))) if (!scratchOf.containsValue(x)) { r = x; break; }
            for (var e : readOnly.entrySet())
                if (r == null && e.getValue() && a.isFloat(e.getKey()) == a.isFloat(loc) && !sharedWithDef(scratchOf, writeOnly, scratchOf.get(e.getKey()))) r = scratchOf.get(e.getKey());
            if (r == null) throw new IllegalStateException("more than two spilled operands in " + in);
            scratchOf.put(loc, r);
        }
        return scratchOf;
    }

    private static boolean sharedWithDef(Map<Integer, Reg> scratchOf, List<Integer> writeOnly, Reg r) {
        for (int w : writeOnly) if (scratchOf.get(w) == r) return true;
        return false;
    }

    private static List<Reg> scratches(boolean xmm) {
        return xmm ? List.of(Regs.XMM_SCRATCH1, Regs.XMM_SCRATCH2) : List.of(Regs.SCRATCH1, Regs.SCRATCH2);
    }

    private static boolean isScratch(Reg r) {
        return r == Regs.SCRATCH1 || r == Regs.SCRATCH2 || r == Regs.XMM_SCRATCH1 || r == Regs.XMM_SCRATCH2;
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

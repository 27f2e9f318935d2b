package ostooc.backend.x86.regalloc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ostooc.backend.x86.lir.Operand.def;
import static ostooc.backend.x86.lir.Operand.use;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import ostooc.backend.x86.asm.Reg;
import ostooc.backend.x86.lir.LBlock;
import ostooc.backend.x86.lir.LFunction;
import ostooc.backend.x86.lir.LInstr;
import ostooc.backend.x86.lir.Loc;
import ostooc.backend.x86.lir.Move;
import ostooc.backend.x86.lir.Operand;

/** Linear scan on random and hand-made LIR, judged by the {@link AllocationChecker}; and the checker judged too. */
class AllocatorTest {
    @Property(tries = 300)
    void randomFunctionsAllocateSoundly(@ForAll long seed) {
        LFunction f = RandomLir.generate(seed);
        RegisterAllocator.Result r = RegisterAllocator.allocate(f, true);   // throws on any checker violation
        for (LBlock b : f.blocks)
            for (LInstr i : b.instrs)
                if (!i.isParallelMove()) Rewriter.bind(i, r.assignment()); // at most two spilled operands, no scratch clash
    }

    /**
     * The checker catches a broken assignment: two virtual registers that are both live before some
     * instruction (found from {@link Liveness} directly, not from the intervals the allocator used) are
     * forced into one register (or one slot) in an otherwise sound allocation.
     */
    @Property(tries = 200)
    void checkerRejectsTwoSimultaneouslyLiveValuesInOnePlace(@ForAll long seed) {
        LFunction f = RandomLir.generate(seed);
        RegisterAllocator.Result r = RegisterAllocator.allocate(f, true);
        int[] pair = simultaneouslyLive(f, r.liveness());
        if (pair == null) return;
        Assignment bad = copy(r.assignment(), f.locCount());
        int v = pair[0], w = pair[1];
        if (bad.isSpilled(w)) bad.setSlot(v, bad.slot(w)); else bad.setReg(v, bad.reg(w));
        assertFalse(AllocationChecker.check(r.intervals(), bad, f.locCount()).isEmpty(),
                Loc.toString(v) + " put with " + Loc.toString(w) + "\n" + f.dump());
    }

    /** Two distinct virtual registers both live before one instruction, or null. */
    private static int[] simultaneouslyLive(LFunction f, Liveness live) {
        for (LBlock b : f.blocks) {
            java.util.BitSet[] before = live.liveBefore(b);
            for (java.util.BitSet s : before) {
                int v = s.nextSetBit(Loc.PHYS);
                int w = v < 0 ? -1 : s.nextSetBit(v + 1);
                if (w >= 0) return new int[] {v, w};
            }
        }
        return null;
    }

    private static Assignment copy(Assignment a, int locs) {
        Assignment c = new Assignment(locs);
        for (int l = Loc.PHYS; l < locs; l++) {
            if (a.isFloat(l)) c.markFloat(l);
            if (a.isSpilled(l)) c.setSlot(l, a.slot(l)); else if (a.reg(l) != null) c.setReg(l, a.reg(l));
        }
        return c;
    }

    /** 20 values defined, a call, then all used: at most 6 fit in callee-saved registers; none may be caller-saved. */
    @Test
    void valuesLiveAcrossACallAvoidCallerSavedRegisters() {
        LFunction f = new LFunction("f", 0);
        LBlock b = f.newBlock();
        List<Integer> vs = new ArrayList<>();
        for (int i = 0; i < 20; i++) { int v = f.newVreg(); vs.add(v); b.instrs.add(LInstr.parallelMove(List.of(Move.constant(v, i)))); }
        List<Operand> clobbers = new ArrayList<>();
        for (Reg c : Regs.CALLER_SAVED) clobbers.add(def(Loc.phys(c)));
        b.instrs.add(LInstr.of("call", clobbers, null));
        int acc = f.newVreg();
        b.instrs.add(LInstr.parallelMove(List.of(Move.constant(acc, 0))));
        for (int v : vs) b.instrs.add(LInstr.of("add", List.of(use(acc), use(v), def(acc)), null));
        b.instrs.add(LInstr.parallelMove(List.of(Move.of(Loc.phys(Reg.RAX), acc))));
        b.instrs.add(LInstr.of("ret", List.of(use(Loc.phys(Reg.RAX))), null));
        Assignment a = RegisterAllocator.allocate(f, true).assignment();
        int inRegs = 0;
        for (int v : vs) {
            if (a.reg(v) != null) { inRegs++; assertTrue(Regs.CALLEE_SAVED.contains(a.reg(v)), Loc.toString(v) + " in " + a.reg(v)); }
        }
        assertEquals(6, inRegs);
        assertEquals(6, a.usedCalleeSaved().size());
        assertEquals(14, a.slotCount());
    }

    @Test
    void shortLivedValuesDoNotSpill() {
        LFunction f = new LFunction("g", 0);
        LBlock b = f.newBlock();
        int x = f.newVreg(), y = f.newVreg();
        b.instrs.add(LInstr.parallelMove(List.of(Move.of(x, Loc.phys(Reg.RDI)), Move.of(y, Loc.phys(Reg.RSI)))));
        b.instrs.add(LInstr.of("add", List.of(use(x), use(y), def(x)), null));
        b.instrs.add(LInstr.parallelMove(List.of(Move.of(Loc.phys(Reg.RAX), x))));
        b.instrs.add(LInstr.of("ret", List.of(use(Loc.phys(Reg.RAX))), null));
        Assignment a = RegisterAllocator.allocate(f, true).assignment();
        assertEquals(0, a.slotCount());
        assertEquals(Reg.RDI, a.reg(x));   // hinted: the parameter move becomes nothing
        assertEquals(Reg.RSI, a.reg(y));
        assertTrue(a.usedCalleeSaved().isEmpty());
    }

    @Test
    void checkerRejectsSharedRegisterAndFixedClash() {
        LFunction f = new LFunction("h", 0);
        LBlock b = f.newBlock();
        int x = f.newVreg(), y = f.newVreg();
        b.instrs.add(LInstr.parallelMove(List.of(Move.constant(x, 1), Move.constant(y, 2))));
        b.instrs.add(LInstr.parallelMove(List.of(Move.of(Loc.phys(Reg.RCX), y))));
        b.instrs.add(LInstr.of("shl", List.of(use(x), use(Loc.phys(Reg.RCX)), def(x)), null));
        b.instrs.add(LInstr.of("ret", List.of(use(x)), null));
        RegisterAllocator.Result r = RegisterAllocator.allocate(f, true);
        assertNotEquals(Reg.RCX, r.assignment().reg(x));

        Assignment bad = new Assignment(f.locCount());
        bad.setReg(x, Reg.RBX);
        bad.setReg(y, Reg.RBX);                  // x and y are live together
        assertFalse(AllocationChecker.check(r.intervals(), bad, f.locCount()).isEmpty());
        Assignment clash = new Assignment(f.locCount());
        clash.setReg(x, Reg.RCX);                // x is live while rcx holds the count
        clash.setReg(y, Reg.RBX);
        List<String> errors = AllocationChecker.check(r.intervals(), clash, f.locCount());
        assertTrue(errors.stream().anyMatch(e -> e.contains("rcx") || e.contains("RCX")), errors.toString());
    }
}

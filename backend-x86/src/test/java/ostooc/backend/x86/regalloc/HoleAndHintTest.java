package ostooc.backend.x86.regalloc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ostooc.backend.x86.lir.Operand.def;
import static ostooc.backend.x86.lir.Operand.use;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ostooc.backend.x86.asm.Reg;
import ostooc.backend.x86.lir.LBlock;
import ostooc.backend.x86.lir.LFunction;
import ostooc.backend.x86.lir.LInstr;
import ostooc.backend.x86.lir.Loc;
import ostooc.backend.x86.lir.Move;
import ostooc.backend.x86.lir.Operand;

/**
 * Hand-made LIR shaped like instruction selection's output, checking that lifetime holes and hints give
 * one register to move-related values (so the moves vanish), that spill weights keep loop values in
 * registers, and that the checker judges exact ranges: sharing inside a hole passes, one common position fails.
 */
class HoleAndHintTest {
    private static final int RAX = Loc.phys(Reg.RAX), RDI = Loc.phys(Reg.RDI), RSI = Loc.phys(Reg.RSI);

    private static LInstr pmove(Move... ms) { return LInstr.parallelMove(List.of(ms)); }
    private static LInstr op(String text, Operand... ops) { return LInstr.of(text, List.of(ops), null); }

    private static LInstr call() {
        List<Operand> ops = new ArrayList<>();
        for (Reg c : Regs.CALLER_SAVED) ops.add(def(Loc.phys(c)));
        return LInstr.of("call", ops, null);
    }

    /** {@code for (i = 0; i < n; i++) [call();]; return i;} as isel writes it: {@code t <- i; add t, 1; i <- t}. */
    private static int[] countingLoop(LFunction f, boolean callInBody) {
        LBlock entry = f.newBlock(), head = f.newBlock(), body = f.newBlock(), exit = f.newBlock();
        int n = f.newVreg(), i = f.newVreg(), t = f.newVreg();
        entry.instrs.add(pmove(Move.of(n, RDI), Move.constant(i, 0)));
        entry.instrs.add(op("jmp"));
        entry.succs.add(head);
        head.instrs.add(op("cmp i, n; jl", use(i), use(n)));
        head.succs.addAll(List.of(body, exit));
        if (callInBody) body.instrs.add(call());
        body.instrs.add(pmove(Move.of(t, i)));
        body.instrs.add(op("add t, 1", use(t), def(t)));
        body.instrs.add(pmove(Move.of(i, t)));
        body.instrs.add(op("jmp"));
        body.succs.add(head);
        exit.instrs.add(pmove(Move.of(RAX, i)));
        exit.instrs.add(op("ret", use(RAX)));
        return new int[] {n, i, t};
    }

    @Test
    void loopCounterAndItsIncrementShareOneRegister() {
        for (boolean withCall : new boolean[] {false, true}) {
            LFunction f = new LFunction("loop", 0);
            int[] v = countingLoop(f, withCall);
            RegisterAllocator.Result r = RegisterAllocator.allocate(f, true);
            Assignment a = r.assignment();
            int i = v[1], t = v[2];
            assertTrue(r.intervals().start(t) < r.intervals().end(i), "t lies inside i's hull, so only holes allow sharing");
            assertNotNull(a.reg(i));
            assertEquals(a.reg(i), a.reg(t), "both moves of the increment vanish");
            if (withCall) assertTrue(Regs.CALLEE_SAVED.contains(a.reg(i)), "i lives across the call: " + a.reg(i));
            else assertEquals(Reg.RAX, a.reg(i), "i is returned, so it prefers rax");
        }
    }

    /** {@code p = c ? x + 1 : x + 2; return p;}: each arm copies its value into p. */
    @Test
    void phiAndBothIncomingValuesShareOneRegister() {
        LFunction f = new LFunction("phi", 0);
        LBlock entry = f.newBlock(), left = f.newBlock(), right = f.newBlock(), join = f.newBlock();
        int x = f.newVreg(), a = f.newVreg(), b = f.newVreg(), p = f.newVreg();
        entry.instrs.add(pmove(Move.of(x, RDI)));
        entry.instrs.add(op("test x; jne", use(x)));
        entry.succs.addAll(List.of(left, right));
        left.instrs.add(pmove(Move.of(a, x)));
        left.instrs.add(op("add a, 1", use(a), def(a)));
        left.instrs.add(pmove(Move.of(p, a)));
        left.instrs.add(op("jmp"));
        left.succs.add(join);
        right.instrs.add(pmove(Move.of(b, x)));
        right.instrs.add(op("add b, 2", use(b), def(b)));
        right.instrs.add(pmove(Move.of(p, b)));
        right.succs.add(join);
        join.instrs.add(pmove(Move.of(RAX, p)));
        join.instrs.add(op("ret", use(RAX)));
        Assignment as = RegisterAllocator.allocate(f, true).assignment();
        assertNotNull(as.reg(p));
        assertEquals(as.reg(p), as.reg(a), "the left arm's copy vanishes");
        assertEquals(as.reg(p), as.reg(b), "the right arm's copy vanishes");
    }

    /** {@code v = load [base]; rdi <- v; call}: the load goes straight into the argument register. */
    @Test
    void valueMovedIntoAnArgumentRegisterIsComputedThere() {
        LFunction f = new LFunction("arg", 0);
        LBlock b = f.newBlock();
        int base = f.newVreg(), v = f.newVreg(), w = f.newVreg();
        b.instrs.add(pmove(Move.of(base, RDI)));
        b.instrs.add(op("load v, [base]", use(base), def(v)));
        b.instrs.add(op("lea w", def(w)));
        b.instrs.add(pmove(Move.of(RDI, v), Move.of(RSI, w)));
        List<Operand> ops = new ArrayList<>(List.of(use(RDI), use(RSI)));
        for (Reg c : Regs.CALLER_SAVED) ops.add(def(Loc.phys(c)));
        b.instrs.add(LInstr.of("call", ops, null));
        b.instrs.add(op("ret", use(RAX)));
        Assignment a = RegisterAllocator.allocate(f, true).assignment();
        assertEquals(Reg.RDI, a.reg(v));
        assertEquals(Reg.RSI, a.reg(w));
    }

    /**
     * Eight values live across calls in a loop but only six callee-saved registers: the two spilled are
     * among the seven used once after the loop, never the counter used on every iteration.
     */
    @Test
    void spillWeightKeepsTheLoopCounterInARegister() {
        LFunction f = new LFunction("pressure", 0);
        LBlock entry = f.newBlock(), head = f.newBlock(), body = f.newBlock(), exit = f.newBlock();
        List<Integer> cold = new ArrayList<>();
        for (int k = 0; k < 7; k++) { int c = f.newVreg(); cold.add(c); entry.instrs.add(pmove(Move.constant(c, k))); }
        int i = f.newVreg(), t = f.newVreg();
        entry.instrs.add(pmove(Move.constant(i, 0)));
        entry.succs.add(head);
        head.instrs.add(op("cmp i, 100; jl", use(i)));
        head.succs.addAll(List.of(body, exit));
        body.instrs.add(call());
        body.instrs.add(pmove(Move.of(t, i)));
        body.instrs.add(op("add t, 1", use(t), def(t)));
        body.instrs.add(pmove(Move.of(i, t)));
        body.succs.add(head);
        int acc = f.newVreg();
        exit.instrs.add(pmove(Move.of(acc, i)));
        for (int c : cold) exit.instrs.add(op("add acc, c", use(acc), use(c), def(acc)));
        exit.instrs.add(pmove(Move.of(RAX, acc)));
        exit.instrs.add(op("ret", use(RAX)));
        Assignment a = RegisterAllocator.allocate(f, true).assignment();
        assertNotNull(a.reg(i), "the counter is not spilled");
        assertEquals(a.reg(i), a.reg(t));
        assertEquals(2, cold.stream().filter(a::isSpilled).count());
    }

    /** x lives at [1,2] and [9,10]; y at [5,6] (inside x's hole), or at [5,10] when {@code yUsedAtReturn}. */
    private static LFunction holeFunction(boolean yUsedAtReturn, int[] xy) {
        LFunction f = new LFunction("hole", 0);
        LBlock b = f.newBlock();
        int x = f.newVreg(), y = f.newVreg();
        b.instrs.add(pmove(Move.constant(x, 1)));
        b.instrs.add(op("use x", use(x)));
        b.instrs.add(pmove(Move.constant(y, 2)));
        b.instrs.add(op("use y", use(y)));
        b.instrs.add(pmove(Move.constant(x, 3)));
        b.instrs.add(yUsedAtReturn ? op("ret", use(x), use(y)) : op("ret", use(x)));
        xy[0] = x;
        xy[1] = y;
        return f;
    }

    @Test
    void checkerAllowsSharingInAHoleButNotOneCommonPosition() {
        int[] xy = new int[2];
        LFunction inHole = holeFunction(false, xy);
        RegisterAllocator.Result r = RegisterAllocator.allocate(inHole, true);
        assertEquals(List.of(1, 2), List.of(r.intervals().ranges(xy[0]).get(0)[0], r.intervals().ranges(xy[0]).get(0)[1]));
        Assignment shared = new Assignment(inHole.locCount());
        shared.setReg(xy[0], Reg.RBX);
        shared.setReg(xy[1], Reg.RBX);
        assertEquals(List.of(), AllocationChecker.check(r.intervals(), shared, inHole.locCount()));
        assertEquals(r.assignment().reg(xy[0]), r.assignment().reg(xy[1]), "the allocator uses the hole too");

        LFunction overlapping = holeFunction(true, xy);
        RegisterAllocator.Result r2 = RegisterAllocator.allocate(overlapping, true);
        Assignment clash = new Assignment(overlapping.locCount());
        clash.setReg(xy[0], Reg.RBX);
        clash.setReg(xy[1], Reg.RBX);
        List<String> errors = AllocationChecker.check(r2.intervals(), clash, overlapping.locCount());
        assertFalse(errors.isEmpty());
        assertTrue(errors.get(0).startsWith("position 9:"), errors.toString());

        Assignment slots = new Assignment(overlapping.locCount());
        slots.setSlot(xy[0], 0);
        slots.setSlot(xy[1], 0);
        assertFalse(AllocationChecker.check(r2.intervals(), slots, overlapping.locCount()).isEmpty(), "a shared slot is checked the same way");
    }
}

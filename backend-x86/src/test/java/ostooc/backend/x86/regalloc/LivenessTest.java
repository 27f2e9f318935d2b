package ostooc.backend.x86.regalloc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ostooc.backend.x86.lir.Operand.def;
import static ostooc.backend.x86.lir.Operand.use;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import ostooc.backend.x86.asm.Reg;
import ostooc.backend.x86.lir.LBlock;
import ostooc.backend.x86.lir.LFunction;
import ostooc.backend.x86.lir.LInstr;
import ostooc.backend.x86.lir.Loc;
import ostooc.backend.x86.lir.Move;

/** Liveness and intervals on a loop: a value defined before the loop and used in it is live around the back edge. */
class LivenessTest {
    @Test
    void loopCarriedAndLoopInvariantValues() {
        LFunction f = new LFunction("loop", 0);
        LBlock entry = f.newBlock(), head = f.newBlock(), body = f.newBlock(), exit = f.newBlock();
        int n = f.newVreg(), i = f.newVreg(), t = f.newVreg();
        entry.instrs.add(LInstr.parallelMove(List.of(Move.of(n, Loc.phys(Reg.RDI)), Move.constant(i, 0))));   // 0
        entry.instrs.add(LInstr.of("jmp", List.of(), null)); entry.succs.add(head);                          // 1
        head.instrs.add(LInstr.of("cmp i, n; jl", List.of(use(i), use(n)), null));                             // 2
        head.succs.add(body); head.succs.add(exit);
        body.instrs.add(LInstr.parallelMove(List.of(Move.constant(t, 1))));                                   // 3
        body.instrs.add(LInstr.of("add", List.of(use(i), use(t), def(i)), null));                             // 4
        body.instrs.add(LInstr.of("jmp", List.of(), null)); body.succs.add(head);                             // 5
        exit.instrs.add(LInstr.parallelMove(List.of(Move.of(Loc.phys(Reg.RAX), i))));                        // 6
        exit.instrs.add(LInstr.of("ret", List.of(use(Loc.phys(Reg.RAX))), null));                            // 7

        Liveness live = Liveness.compute(f);
        assertEquals(bits(n, i), live.liveIn(head));
        assertEquals(bits(n, i), live.liveOut(body));
        assertEquals(bits(i), live.liveIn(exit));
        assertEquals(bits(Loc.phys(Reg.RDI)), live.liveIn(entry));

        Intervals iv = Intervals.build(f, live);
        assertEquals(1, iv.start(n));                      // defined by instruction 0 (write position 1)
        assertEquals(11, iv.end(n));                       // live to the end of the body (instruction 5)
        assertEquals(List.of(7, 8), List.of(iv.ranges(t).get(0)[0], iv.ranges(t).get(0)[1]));  // def at 3, last use at 4
        assertEquals(1, iv.ranges(t).size());
        assertEquals(List.of(13, 14), List.of(iv.ranges(Loc.phys(Reg.RAX)).get(0)[0], iv.ranges(Loc.phys(Reg.RAX)).get(0)[1]));
        assertEquals(Loc.phys(Reg.RDI), iv.hint(n));   // the parameter move asks n to stay in rdi
    }

    private static BitSet bits(int... locs) {
        BitSet b = new BitSet();
        for (int l : locs) b.set(l);
        return b;
    }
}

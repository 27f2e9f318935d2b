package ostooc.backend.x86.regalloc;

import static ostooc.backend.x86.lir.Operand.def;
import static ostooc.backend.x86.lir.Operand.temp;
import static ostooc.backend.x86.lir.Operand.use;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import ostooc.backend.x86.asm.Reg;
import ostooc.backend.x86.lir.LBlock;
import ostooc.backend.x86.lir.LFunction;
import ostooc.backend.x86.lir.LInstr;
import ostooc.backend.x86.lir.Loc;
import ostooc.backend.x86.lir.Move;
import ostooc.backend.x86.lir.Operand;

/**
 * Random LIR for allocator tests, shaped like what instruction selection produces: a pool of values
 * defined in the entry, then blocks of two-address ops, calls (clobbering caller-saved registers),
 * shifts by cl and divisions through rax/rdx established by parallel moves, phi-like parallel moves, and
 * branches forward and backward. Emitters are null: these functions are allocated, never emitted.
 */
final class RandomLir {
    private RandomLir() { }

    static LFunction generate(long seed) {
        Random r = new Random(seed);
        LFunction f = new LFunction("random" + seed, 0);
        int pool = 3 + r.nextInt(25);
        List<Integer> vs = new ArrayList<>();
        for (int i = 0; i < pool; i++) vs.add(f.newVreg());
        int nBlocks = 1 + r.nextInt(6);
        for (int b = 0; b < nBlocks; b++) f.newBlock();
        LBlock entry = f.blocks.get(0);
        List<Move> params = new ArrayList<>();
        for (int i = 0; i < vs.size(); i++)
            params.add(i < Regs.ARGS.size() ? Move.of(vs.get(i), Loc.phys(Regs.ARGS.get(i))) : Move.constant(vs.get(i), i));
        entry.instrs.add(LInstr.parallelMove(params));
        for (LBlock b : f.blocks) {
            int n = r.nextInt(12);
            for (int k = 0; k < n; k++) b.instrs.addAll(randomOp(r, f, vs));
            int id = b.id();
            if (id == nBlocks - 1) {
                b.instrs.add(LInstr.parallelMove(List.of(Move.of(Loc.phys(Reg.RAX), pick(r, vs)))));
                b.instrs.add(LInstr.of("ret", List.of(use(Loc.phys(Reg.RAX))), null));
            } else {
                LBlock next = f.blocks.get(id + 1), other = f.blocks.get(r.nextInt(nBlocks));
                b.succs.add(next);
                if (r.nextBoolean()) b.succs.add(other);
                b.instrs.add(LInstr.of("branch", List.of(use(pick(r, vs))), null));
            }
        }
        return f;
    }

    private static int pick(Random r, List<Integer> vs) { return vs.get(r.nextInt(vs.size())); }

    private static List<LInstr> randomOp(Random r, LFunction f, List<Integer> vs) {
        int a = pick(r, vs), b = pick(r, vs), d = pick(r, vs);
        int rax = Loc.phys(Reg.RAX), rcx = Loc.phys(Reg.RCX), rdx = Loc.phys(Reg.RDX);
        switch (r.nextInt(7)) {
            case 0: { // call with up to 3 arguments, result into d
                List<Move> args = new ArrayList<>();
                List<Operand> ops = new ArrayList<>();
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) { args.add(Move.of(Loc.phys(Regs.ARGS.get(i)), pick(r, vs))); ops.add(use(Loc.phys(Regs.ARGS.get(i)))); }
                for (Reg c : Regs.CALLER_SAVED) ops.add(def(Loc.phys(c)));
                List<LInstr> out = new ArrayList<>();
                if (!args.isEmpty()) out.add(LInstr.parallelMove(args));
                out.add(LInstr.of("call", ops, null));
                out.add(LInstr.parallelMove(List.of(Move.of(d, rax))));
                return out;
            }
            case 1: // shift by cl
                return List.of(LInstr.parallelMove(List.of(Move.of(d, a), Move.of(rcx, b))),
                        LInstr.of("shl", List.of(use(d), use(rcx), def(d)), null));
            case 2: // division
                return List.of(LInstr.parallelMove(List.of(Move.of(rax, a))),
                        LInstr.of("idiv", List.of(use(rax), use(b), temp(rdx), def(rax), def(rdx)), null),
                        LInstr.parallelMove(List.of(Move.of(d, r.nextBoolean() ? rax : rdx))));
            case 3: { // phi-like swap
                int e = pick(r, vs);
                return List.of(LInstr.parallelMove(d == e ? List.of(Move.of(d, a)) : List.of(Move.of(d, e), Move.of(e, d))));
            }
            case 4: { // fresh temporary, short-lived
                int t = f.newVreg();
                return List.of(LInstr.parallelMove(List.of(Move.constant(t, 5))), LInstr.of("add", List.of(use(d), use(t), def(d)), null));
            }
            default: // d = a op b
                return List.of(LInstr.parallelMove(List.of(Move.of(d, a))), LInstr.of("op", List.of(use(d), use(b), def(d)), null));
        }
    }
}

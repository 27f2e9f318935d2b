package ostooc.backend.x86.isel;

import java.util.ArrayList;
import java.util.List;
import ostooc.backend.x86.asm.Reg;
import ostooc.backend.x86.regalloc.Regs;
import ostooc.ir.Type;

/**
 * Where the SysV x86-64 ABI puts each argument of a call: integers and references in rdi, rsi, rdx, rcx,
 * r8, r9 and floats in xmm0..xmm7, each class counted on its own; the rest go to the stack, one eightbyte
 * each, in argument order. {@code regs.get(k)} is null for a stack argument, whose eightbyte index is
 * {@code stackIndex.get(k)}.
 */
record ArgLocations(List<Reg> regs, List<Integer> stackIndex, int stackCount) {
    static ArgLocations of(List<Type> types) {
        List<Reg> regs = new ArrayList<>();
        List<Integer> stack = new ArrayList<>();
        int ints = 0, floats = 0, slots = 0;
        for (Type t : types) {
            Reg r = null;
            if (t.isFloat() && floats < Regs.FLOAT_ARGS.size()) r = Regs.FLOAT_ARGS.get(floats++);
            else if (!t.isFloat() && ints < Regs.ARGS.size()) r = Regs.ARGS.get(ints++);
            regs.add(r);
            stack.add(r == null ? slots++ : -1);
        }
        return new ArgLocations(regs, stack, slots);
    }

    /** The argument registers in use, for the call's fixed USE operands. */
    List<Reg> usedRegs() {
        List<Reg> out = new ArrayList<>();
        for (Reg r : regs) if (r != null) out.add(r);
        return out;
    }
}

package ostooc.backend.x86.isel;

import static ostooc.backend.x86.lir.Operand.use;

import java.util.ArrayList;
import java.util.List;
import ostooc.backend.x86.asm.AluOp;
import ostooc.backend.x86.asm.Width;
import ostooc.backend.x86.lir.EmitContext;
import ostooc.backend.x86.lir.Loc;
import ostooc.backend.x86.lir.Operand;

/**
 * The two sides of an integer {@code cmp}: the left a register location {@code a} or a memory operand
 * {@code am}; the right a register {@code b}, a memory operand {@code bm} (only with a register on the
 * left) or, when both are null, the immediate {@code imm}. Their registers are the first USE operands of
 * the instruction, left side first.
 */
record CmpArgs(Integer a, MemRef am, Integer b, MemRef bm, int imm) {
    static CmpArgs regs(int a, Integer b, int imm) { return new CmpArgs(a, null, b, null, imm); }

    List<Operand> uses() {
        List<Operand> ops = new ArrayList<>();
        if (a != null) ops.add(use(a)); else ops.addAll(am.uses());
        if (b != null) ops.add(use(b)); else if (bm != null) ops.addAll(bm.uses());
        return ops;
    }

    /** {@code cmp left, right} ({@code test r, r} for a register against 0). */
    void emit(EmitContext c, Width w) {
        int right = a != null ? 1 : am.uses().size();
        if (a != null) {
            if (b != null) c.asm().alu(AluOp.CMP, w, c.reg(0), c.reg(1));
            else if (bm != null) c.asm().alu(AluOp.CMP, w, c.reg(0), bm.resolve(c, 1));
            else if (imm == 0) c.asm().test(w, c.reg(0), c.reg(0));
            else c.asm().alu(AluOp.CMP, w, c.reg(0), imm);
        } else if (b != null) {
            c.asm().alu(AluOp.CMP, w, am.resolve(c, 0), c.reg(right));
        } else {
            c.asm().alu(AluOp.CMP, w, am.resolve(c, 0), imm);
        }
    }

    @Override public String toString() {
        return (a != null ? Loc.toString(a) : am.toString()) + ", " + (b != null ? Loc.toString(b) : bm != null ? bm.toString() : String.valueOf(imm));
    }
}

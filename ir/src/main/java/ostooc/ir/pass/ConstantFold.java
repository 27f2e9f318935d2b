package ostooc.ir.pass;

import ostooc.ir.Block;
import ostooc.ir.Canonicalizer;
import ostooc.ir.Function;
import ostooc.ir.Instr;
import ostooc.ir.Op;
import ostooc.ir.analysis.Dominators;

import java.util.List;

/**
 * Applies the {@link Canonicalizer} to instructions already in the function: {@code add %x, 0} becomes
 * {@code %x}, arithmetic and comparisons on constants become a new {@code iconst} in place of the
 * instruction. Blocks are visited in reverse post-order, so an operand is folded before its users
 * (operands other than phi inputs dominate their use) and chains fold in one run.
 * Requires: verifier-clean IR. Preserves: CFG; the ids of the values that stay (new constants get fresh
 * ids). Does not remove the operands it leaves unused (DCE does), nor branch on the constants it finds
 * (SimplifyCfg does). Why: inlining and SimplifyCfg expose constants the builder's canonicalization
 * never saw, and the parser and tests produce unfolded IR.
 */
public final class ConstantFold implements Pass {
    @Override public String name() { return "const-fold"; }

    @Override public void run(Function f) {
        Rewriter rw = new Rewriter();
        for (Block b : new Dominators(f).reversePostOrder()) {
            List<Instr> instrs = b.instrs();
            for (int k = 0; k < instrs.size(); k++) {
                Instr i = instrs.get(k);
                Canonicalizer.Result r = fold(i, rw);
                if (r == null) continue;
                Instr by = r.value();
                if (by == null) {
                    by = new Instr(Op.ICONST, i.type(), List.of());
                    by.imm = r.constant();
                    f.number(by);
                    b.insert(k++, by);            // before i, which the rewriter removes
                }
                rw.replace(i, by);
            }
        }
        rw.apply(f);
    }

    /** The canonical form of {@code i} given the folded forms of its operands, or null to keep it. */
    private static Canonicalizer.Result fold(Instr i, Rewriter rw) {
        Op op = i.op();
        if (!op.isPure() || op == Op.PHI || op.attr() != Op.Attr.NONE && op != Op.CMP) return null;
        if (op == Op.CMP) return Canonicalizer.compare(i.cond, rw.resolve(i.input(0)), rw.resolve(i.input(1)));
        if (op.arity() == 2) return Canonicalizer.binary(op, i.type(), rw.resolve(i.input(0)), rw.resolve(i.input(1)));
        if (op.arity() == 1) return Canonicalizer.unary(op, i.type(), rw.resolve(i.input(0)));
        return null;
    }
}

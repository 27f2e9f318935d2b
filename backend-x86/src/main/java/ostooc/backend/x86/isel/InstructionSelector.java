package ostooc.backend.x86.isel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ostooc.backend.x86.asm.Reg;
import ostooc.backend.x86.asm.Width;
import ostooc.backend.x86.lir.LBlock;
import ostooc.backend.x86.lir.LFunction;
import ostooc.backend.x86.lir.Loc;
import ostooc.backend.x86.asm.Cond;
import ostooc.backend.x86.lir.Move;
import ostooc.backend.x86.regalloc.Regs;
import ostooc.ir.Block;
import ostooc.ir.Function;
import ostooc.ir.Instr;
import ostooc.ir.Op;

/**
 * IR function → LIR function (virtual registers, x86 operations, SysV calling convention). Requires a
 * verified, non-naked IR function. Steps: blocks in {@link BlockLayout}'s order (a reverse post-order,
 * first successors next; unreachable blocks dropped); the
 * entry moves parameters out of rdi..r9 (and loads stack parameters); each instruction is lowered by
 * {@link Lowering}; terminators become jumps, with phis leaving SSA as one parallel move per CFG edge —
 * at the end of the predecessor when it has one successor, else in a new block splitting the edge, laid
 * out right after the predecessor. A brif whose condition a dominating branch already decided
 * ({@link DominatingFacts}) becomes a jump, and LIR blocks left unreachable are dropped. Guarantees:
 * every LIR block ends in a terminator naming its succs, and every block is reachable from the entry.
 */
public final class InstructionSelector {
    private InstructionSelector() { }

    public static LFunction select(Function f) {
        if (f.naked) throw new IllegalArgumentException("naked functions are assembled, not selected: " + f.name());
        Selection s = new Selection(f);
        List<Block> rpo = BlockLayout.order(f);
        for (Block b : rpo) s.setBlock(b, s.lir.newBlock());
        List<LBlock> order = new ArrayList<>();
        for (Block b : rpo) {
            s.current = s.block(b);
            order.add(s.current);
            if (b == f.entry()) params(f, s);
            for (Instr i : b.instrs()) if (!i.isTerminator()) Lowering.lower(i, s);
            order.addAll(terminator(b, s));
        }
        dropUnreachable(order, s.lir);
        s.lir.setOrder(order);
        return s.lir;
    }

    // A brif decided by a dominating branch became a jmp: the LIR blocks only its other edge reached go.
    private static void dropUnreachable(List<LBlock> order, LFunction lir) {
        Set<LBlock> reached = new HashSet<>(List.of(order.get(0)));
        List<LBlock> work = new ArrayList<>(reached);
        while (!work.isEmpty()) for (LBlock succ : work.remove(work.size() - 1).succs) if (reached.add(succ)) work.add(succ);
        order.removeIf(b -> !reached.contains(b));
        lir.blocks.removeIf(b -> !reached.contains(b));
    }

    // {v0, v1, ...} = {rdi, rsi, ...}; v6 = [rsp + incoming 0] ...
    private static void params(Function f, Selection s) {
        ArgLocations al = ArgLocations.of(f.paramTypes());
        List<Move> moves = new ArrayList<>();
        for (Instr p : f.params()) {
            Reg r = al.regs().get((int) p.imm);
            if (r != null) moves.add(Move.of(s.loc(p), Loc.phys(r)));
        }
        s.parallelMove(moves);
        for (Instr p : f.params()) {
            int k = al.stackIndex().get((int) p.imm);
            if (k < 0) continue;
            s.emit(p.type().isFloat() ? FloatOps.loadIncomingArg(s.loc(p), k) : X86Ops.loadIncomingArg(s.loc(p), k));
        }
    }

    /** Emits {@code b}'s terminator; returns the edge blocks it created (to be laid out after {@code b}). */
    private static List<LBlock> terminator(Block b, Selection s) {
        Instr t = b.terminator();
        LBlock lb = s.current;
        List<LBlock> edgeBlocks = new ArrayList<>();
        switch (t.op()) {
            case BR -> {
                s.assign(phiMoves(b, t.targets.get(0), s));
                LBlock target = s.block(t.targets.get(0));
                lb.succs.add(target);
                s.emit(X86Ops.jump(target));
            }
            case BRIF -> {
                Boolean known = s.facts().valueOf(t.input(0), b);   // decided by a dominating branch on the same value
                if (known != null) {
                    Block to = t.targets.get(known ? 0 : 1);
                    s.assign(phiMoves(b, to, s));
                    LBlock target = s.block(to);
                    lb.succs.add(target);
                    s.emit(X86Ops.jump(target));
                    break;
                }
                LBlock then = edge(b, t.targets.get(0), s, edgeBlocks);
                LBlock otherwise = edge(b, t.targets.get(1), s, edgeBlocks);
                s.current = lb;
                lb.succs.add(then);
                lb.succs.add(otherwise);
                branch(t.input(0), then, otherwise, s);
            }
            case RET -> {
                Reg r = t.inputs().isEmpty() ? null : t.input(0).type().isFloat() ? Reg.XMM0 : Reg.RAX;
                if (r != null) s.move(Loc.phys(r), t.input(0));
                s.emit(X86Ops.ret(r));
            }
            case UNREACHABLE -> s.emit(X86Ops.ud2());
            default -> throw new IllegalArgumentException("block " + b + " does not end in a terminator");
        }
        return edgeBlocks;
    }

    // cmp a, b; jcc then; jmp else   (or test c, c; jne then; jmp else when the condition is a value)
    private static void branch(Instr c, LBlock then, LBlock otherwise, Selection s) {
        int mask = Lowering.fusedIntoBranch(c, s) ? Divisions.lowBitsMask(c, s) : 0;
        if (mask != 0) {                          // x % 2^k ==/!= 0: t = x & (2^k - 1); test t, t; je|jne
            int t = Lowering.lowBits(c, mask, s);
            s.emit(X86Ops.cmpBranch(Lowering.cond(c.cond), Selection.width(c.input(0).type()), t, null, 0, then, otherwise));
            return;
        }
        if (c.op() == Op.FCMP && Lowering.fusedIntoBranch(c, s)) {      // ucomisd a, b; jcc (NaN-aware)
            s.emit(FloatOps.compareBranch(c.cond, c.input(0).type() == ostooc.ir.Type.F64, s.use(c.input(0)), s.use(c.input(1)), then, otherwise));
            return;
        }
        if (c.op() == Op.CMP && Lowering.fusedIntoBranch(c, s)) {     // cmp a, b|imm|[mem]; jcc
            Width w = Selection.width(c.input(0).type());
            s.emit(X86Ops.cmpBranch(Lowering.cond(Lowering.cmpCond(c)), w, Lowering.cmpArgs(c, s), then, otherwise));
            return;
        }
        s.emit(X86Ops.cmpBranch(Cond.NE, Width.B32, s.use(c), null, 0, then, otherwise));
    }

    /** The LIR block control should go to for edge {@code from → to}: a new block holding the phi moves if any. */
    private static LBlock edge(Block from, Block to, Selection s, List<LBlock> edgeBlocks) {
        LBlock target = s.block(to);
        LBlock fromL = s.current;
        s.current = s.lir.newBlock();
        List<Selection.Assign> moves = phiMoves(from, to, s);
        if (moves.isEmpty() && s.current.instrs.isEmpty()) {
            s.lir.blocks.remove(s.current);        // nothing to do on this edge: branch straight there
            s.current = fromL;
            return target;
        }
        s.assign(moves);
        s.current.succs.add(target);
        s.emit(X86Ops.jump(target));
        edgeBlocks.add(s.current);
        LBlock made = s.current;
        s.current = fromL;
        return made;
    }

    private static List<Selection.Assign> phiMoves(Block from, Block to, Selection s) {
        List<Selection.Assign> moves = new ArrayList<>();
        for (Instr phi : to.instrs()) {
            if (phi.op() != Op.PHI) break;
            int k = phi.phiBlocks.indexOf(from);
            if (k < 0) throw new IllegalArgumentException("phi " + phi + " has no input for " + from);
            moves.add(new Selection.Assign(s.loc(phi), phi.input(k)));
        }
        return moves;
    }
}

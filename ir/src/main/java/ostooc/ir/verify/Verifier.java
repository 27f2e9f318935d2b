package ostooc.ir.verify;

import ostooc.ir.Block;
import ostooc.ir.Cfg;
import ostooc.ir.Function;
import ostooc.ir.Instr;
import ostooc.ir.Module;
import ostooc.ir.Op;
import ostooc.ir.analysis.Dominators;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that IR is well formed. The invariants, in the order they are checked:
 * <ol>
 *   <li>A function has at least one block; block ids are unique; every branch target is a block of the
 *       function; the entry block has no predecessors.</li>
 *   <li>Every block ends in exactly one terminator and has none elsewhere.</li>
 *   <li>Phis only at the start of a block.</li>
 *   <li>Value ids are unique; every instruction's {@code block()} is the block that holds it; every
 *       operand is a non-void instruction of the same function.</li>
 *   <li>PARAM only at the top of the entry block (before anything else), index &lt; parameter count, each
 *       index at most once.</li>
 *   <li>ASM only in naked functions; naked functions contain only ASM and terminators.</li>
 *   <li>Operand counts and types per opcode ({@link OperandRules}): e.g. ADD's operands have the result
 *       type, shift counts are i32, CMP compares equal types into i32, LOAD's address is i64 or ref,
 *       BRIF's condition is i32, RET matches the return type, CALL names a symbol (CALLI's callee, input 0, is an i64) (and matches the
 *       callee's signature when the callee is in the module).</li>
 *   <li>Phi arity = predecessor count, and its incoming blocks are exactly the predecessors.</li>
 *   <li>Every use in a reachable block is dominated by its definition; a phi's input is used at the end
 *       of its incoming block.</li>
 * </ol>
 * Checks that need the CFG (8, 9) are skipped when the CFG itself is broken (1, 2). Messages name the
 * function, block and instruction: {@code @f b1 %3 add: operand 1 has type i64, expected i32}.
 */
public final class Verifier {
    /** Where an instruction sits; dominance within a block is decided by index. */
    private record Position(Block block, int index) { }

    private final Function fn;
    private final Module module;
    private final List<String> errors = new ArrayList<>();
    private final Map<Instr, Position> positions = new IdentityHashMap<>();   // lookups only

    private Verifier(Function fn, Module module) { this.fn = fn; this.module = module; }

    public static List<String> verify(Module m) {
        List<String> errors = new ArrayList<>();
        for (Function f : m.functions()) errors.addAll(new Verifier(f, m).run());
        return errors;
    }

    /** Checks one function; calls are checked against callees only when {@code m} is not null. */
    public static List<String> verify(Function f, Module m) { return new Verifier(f, m).run(); }

    public static List<String> verify(Function f) { return verify(f, null); }

    private List<String> run() {
        if (fn.blocks().isEmpty()) { errors.add("@" + fn.name() + ": has no blocks"); return errors; }
        boolean cfgOk = checkBlocksAndTargets();
        for (Block b : fn.blocks()) checkLayout(b);
        if (!cfgOk) return errors;
        checkIds();
        for (Block b : fn.blocks()) for (Instr i : b.instrs()) checkInstr(b, i);
        if (!errors.isEmpty()) return errors;            // phis and dominance need sound operands
        List<List<Block>> preds = Cfg.predecessors(fn);
        if (!preds.get(fn.entry().id()).isEmpty()) errors.add("@" + fn.name() + " " + fn.entry() + ": the entry block has predecessors");
        for (Block b : fn.blocks()) checkPhis(b, preds.get(b.id()));
        checkDominance();
        return errors;
    }

    // 1. unique block ids, targets inside the function
    private boolean checkBlocksAndTargets() {
        boolean ok = true;
        Set<Block> own = new HashSet<>(fn.blocks());
        Set<Integer> ids = new HashSet<>();
        for (Block b : fn.blocks()) {
            if (!ids.add(b.id()) || b.id() >= fn.blockIdLimit()) { errors.add(at(b) + ": duplicate or out-of-range block id"); ok = false; }
            for (Instr i : b.instrs()) {
                for (Block t : i.targets) if (!own.contains(t)) { errors.add(at(b, i) + ": target " + t + " is not a block of @" + fn.name()); ok = false; }
                for (Block t : i.phiBlocks) if (!own.contains(t)) { errors.add(at(b, i) + ": incoming block " + t + " is not a block of @" + fn.name()); ok = false; }
            }
        }
        return ok;
    }

    // 2, 3. one terminator, last; phis first
    private void checkLayout(Block b) {
        List<Instr> is = b.instrs();
        if (is.isEmpty() || !is.get(is.size() - 1).isTerminator()) errors.add(at(b) + ": does not end in a terminator");
        boolean seenNonPhi = false;
        for (int k = 0; k < is.size(); k++) {
            Instr i = is.get(k);
            positions.put(i, new Position(b, k));
            if (i.isTerminator() && k != is.size() - 1) errors.add(at(b, i) + ": terminator in the middle of the block");
            if (i.op() == Op.PHI && seenNonPhi) errors.add(at(b, i) + ": phi after a non-phi instruction");
            if (i.op() != Op.PHI) seenNonPhi = true;
        }
    }

    // 4. ids and ownership
    private void checkIds() {
        Set<Integer> ids = new HashSet<>();
        for (Block b : fn.blocks())
            for (Instr i : b.instrs()) {
                if (i.block() != b) errors.add(at(b, i) + ": block() says " + i.block() + ", but it is in " + b);
                if (i.type() != ostooc.ir.Type.VOID && !ids.add(i.id())) errors.add(at(b, i) + ": value id %" + i.id() + " defined twice");
            }
    }

    // 4-7. per instruction
    private void checkInstr(Block b, Instr i) {
        for (int k = 0; k < i.inputs().size(); k++) {
            Instr v = i.input(k);
            if (v == null || !positions.containsKey(v)) { errors.add(at(b, i) + ": operand " + k + " is not a value of @" + fn.name()); return; }
            if (v.type() == ostooc.ir.Type.VOID) { errors.add(at(b, i) + ": operand " + k + " has no value"); return; }
        }
        if (i.op() == Op.PARAM) checkParam(b, i);
        if (i.op() == Op.ASM && !fn.naked) errors.add(at(b, i) + ": asm outside a naked function");
        if (fn.naked && i.op() != Op.ASM && !i.isTerminator()) errors.add(at(b, i) + ": naked functions contain only asm and terminators");
        for (String e : OperandRules.check(fn, module, i)) errors.add(at(b, i) + ": " + e);
    }

    // 5. PARAMs form a prefix of the entry block
    private void checkParam(Block b, Instr p) {
        int index = positions.get(p).index();
        boolean inPrefix = b == fn.entry();
        for (int k = 0; inPrefix && k < index; k++) inPrefix = b.instrs().get(k).op() == Op.PARAM;
        if (!inPrefix) errors.add(at(b, p) + ": param must be at the top of the entry block");
        if (p.imm < 0 || p.imm >= fn.paramTypes().size()) { errors.add(at(b, p) + ": parameter index " + p.imm + " out of range (@" + fn.name() + " has " + fn.paramTypes().size() + ")"); return; }
        for (Instr q : fn.entry().instrs()) {
            if (q == p || positions.get(q).block() == b && positions.get(q).index() > index) break;
            if (q.op() == Op.PARAM && q.imm == p.imm) { errors.add(at(b, p) + ": parameter " + p.imm + " already defined by " + q); break; }
        }
    }

    // 8. phi incoming blocks = predecessors
    private void checkPhis(Block b, List<Block> preds) {
        for (Instr i : b.instrs()) {
            if (i.op() != Op.PHI) break;
            if (i.phiBlocks.size() != preds.size()) {
                errors.add(at(b, i) + ": phi has " + i.phiBlocks.size() + " incoming value(s), " + b + " has " + preds.size() + " predecessor(s)");
                continue;
            }
            Set<Block> seen = new HashSet<>();
            for (Block in : i.phiBlocks) {
                if (!preds.contains(in)) errors.add(at(b, i) + ": " + in + " is not a predecessor of " + b);
                else if (!seen.add(in)) errors.add(at(b, i) + ": " + in + " appears twice");
            }
        }
    }

    // 9. dominance, in reachable blocks only (unreachable code has no dominator)
    private void checkDominance() {
        Dominators dom = new Dominators(fn);
        for (Block b : dom.reversePostOrder()) {
            for (int k = 0; k < b.instrs().size(); k++) {
                Instr i = b.instrs().get(k);
                for (int n = 0; n < i.inputs().size(); n++) {
                    Instr v = i.input(n);
                    if (i.op() != Op.PHI && i.inputs().indexOf(v) < n) continue;     // said once per value
                    boolean ok = i.op() == Op.PHI
                            ? availableAtEnd(dom, v, i.phiBlocks.get(n))
                            : availableBefore(dom, v, b, k);
                    if (!ok) errors.add(at(b, i) + ": operand " + v + " does not dominate this use");
                }
            }
        }
    }

    private boolean availableAtEnd(Dominators dom, Instr v, Block pred) {
        if (!dom.isReachable(pred)) return true;     // that edge is never taken
        return dom.dominates(positions.get(v).block(), pred);
    }

    private boolean availableBefore(Dominators dom, Instr v, Block b, int index) {
        Position def = positions.get(v);
        return def.block() == b ? def.index() < index : dom.strictlyDominates(def.block(), b);
    }

    private String at(Block b) { return "@" + fn.name() + " " + b; }

    private String at(Block b, Instr i) {
        if (i.type() != ostooc.ir.Type.VOID) return at(b) + " %" + i.id() + " " + i.op().text();
        return at(b) + " #" + b.instrs().indexOf(i) + " " + i.op().text();
    }
}

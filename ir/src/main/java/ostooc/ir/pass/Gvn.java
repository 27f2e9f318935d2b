package ostooc.ir.pass;

import ostooc.ir.Block;
import ostooc.ir.Cond;
import ostooc.ir.Function;
import ostooc.ir.Instr;
import ostooc.ir.MemKind;
import ostooc.ir.Op;
import ostooc.ir.Type;
import ostooc.ir.analysis.Dominators;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dominator-scoped value numbering: walking the dominator tree from the entry, a pure instruction equal
 * to one already seen in a dominating position (same opcode, type, attributes and operands, operands
 * sorted for commutative opcodes) is replaced by it. Phis, params and loads are left alone (phis merge
 * control flow, loads depend on memory), except loads marked {@code invariant} (array lengths). Requires: verifier-clean IR. Preserves: CFG; the ids of the
 * values that stay. Why: the front end recomputes the same addresses, constants and array lengths.
 */
public final class Gvn implements Pass {
    /** What makes two pure instructions compute the same value. */
    private record Key(Op op, Type type, long imm, String symbol, Cond cond, MemKind mem, List<Integer> operands) { }
    // Invariant loads (array lengths) are numbered too: the memory they read never changes.

    @Override public String name() { return "gvn"; }

    @Override public void run(Function f) {
        Dominators dom = new Dominators(f);
        Map<Key, Instr> available = new HashMap<>();     // lookups only, never iterated
        Rewriter rw = new Rewriter();
        // Iterative pre-order walk; a null entry on the stack marks "leave the scope of the block below".
        Deque<Block> stack = new ArrayDeque<>();
        Deque<List<Key>> scopes = new ArrayDeque<>();
        stack.push(f.entry());
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            if (b == LEAVE) { for (Key k : scopes.pop()) available.remove(k); continue; }
            scopes.push(numberBlock(b, available, rw));
            stack.push(LEAVE);
            List<Block> kids = dom.children(b);
            for (int k = kids.size() - 1; k >= 0; k--) stack.push(kids.get(k));
        }
        rw.apply(f);
    }

    /** A sentinel block: ArrayDeque cannot hold null. Never part of a function. */
    private static final Block LEAVE = new Function("<leave>", List.of(), Type.VOID).newBlock();

    /** Numbers the instructions of {@code b}; returns the keys it made available (to forget on leaving). */
    private static List<Key> numberBlock(Block b, Map<Key, Instr> available, Rewriter rw) {
        List<Key> added = new ArrayList<>();
        for (Instr i : b.instrs()) {
            if (!isNumbered(i)) continue;
            Key key = key(i, rw);
            Instr seen = available.get(key);
            if (seen != null) rw.replace(i, seen);
            else { available.put(key, i); added.add(key); }
        }
        return added;
    }

    private static boolean isNumbered(Instr i) {
        return (i.op().isPure() && i.op() != Op.PHI && i.op() != Op.PARAM) || (i.op() == Op.LOAD && i.invariant);
    }

    private static Key key(Instr i, Rewriter rw) {
        List<Integer> ids = new ArrayList<>(i.inputs().size());
        for (Instr in : i.inputs()) ids.add(rw.resolve(in).id());
        if (i.op().isCommutative() && ids.size() == 2 && ids.get(0) > ids.get(1)) ids = List.of(ids.get(1), ids.get(0));   // a + b == b + a
        return new Key(i.op(), i.type(), i.imm, i.symbol, i.cond, i.mem, ids);
    }
}

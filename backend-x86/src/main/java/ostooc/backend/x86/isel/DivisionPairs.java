package ostooc.backend.x86.isel;

import ostooc.ir.Block;
import ostooc.ir.Function;
import ostooc.ir.Instr;
import ostooc.ir.Op;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link Divisions} asks about every sdiv and srem of a function, indexed in one pass over it (asking
 * by a walk of the whole function per division made instruction selection quadratic: a 5,000-line method
 * with a few hundred divisions took 20 s). Assumes: the function does not change during selection.
 * Guarantees: the same answers as those walks, in layout order.
 */
final class DivisionPairs {
    private record Key(Op op, Instr dividend, Instr divisor) { }

    /** sdiv and srem instructions by op and operands, in layout order. */
    private final Map<Key, List<Instr>> byOperands = new HashMap<>();
    /** Each srem's first user in layout order. */
    private final Map<Instr, Instr> firstUser = new IdentityHashMap<>();
    /** The layout position of each sdiv and srem. */
    private final Map<Instr, Integer> position = new IdentityHashMap<>();

    DivisionPairs(Function f) {
        int n = 0;
        for (Block b : f.blocks()) {
            for (Instr i : b.instrs()) {
                n++;
                for (Instr in : i.inputs()) if (in.op() == Op.SREM) firstUser.putIfAbsent(in, i);
                if (i.op() == Op.SDIV || i.op() == Op.SREM) {
                    byOperands.computeIfAbsent(new Key(i.op(), i.input(0), i.input(1)), k -> new ArrayList<>()).add(i);
                    position.put(i, n);
                }
            }
        }
    }

    /** The instructions {@code op x, d} with the operands of {@code i}, in layout order. */
    List<Instr> withOperandsOf(Instr i, Op op) { return byOperands.getOrDefault(new Key(op, i.input(0), i.input(1)), List.of()); }

    /** True when division {@code a} comes after division {@code b} in the layout. */
    boolean after(Instr a, Instr b) { return position.get(a) > position.get(b); }

    /** The first user of srem {@code rem}, or null. */
    Instr firstUser(Instr rem) { return firstUser.get(rem); }
}

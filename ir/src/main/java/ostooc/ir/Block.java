package ostooc.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * A basic block: phis first, then ordinary instructions, then exactly one terminator (once the function
 * is complete). Successors come from the terminator; predecessors are computed by {@link Cfg}.
 */
public final class Block {
    private final int id;
    private final List<Instr> instrs = new ArrayList<>();

    Block(int id) { this.id = id; }

    public int id() { return id; }
    public List<Instr> instrs() { return instrs; }

    public Instr terminator() {
        if (instrs.isEmpty()) return null;
        Instr last = instrs.get(instrs.size() - 1);
        return last.isTerminator() ? last : null;
    }

    public boolean isTerminated() { return terminator() != null; }

    public List<Block> successors() {
        Instr t = terminator();
        return t == null ? List.of() : t.targets;
    }

    /** Appends {@code i} at the end of the block. */
    public void append(Instr i) {
        i.setBlock(this);
        instrs.add(i);
    }

    /** Inserts {@code i} at {@code index}. */
    public void insert(int index, Instr i) {
        i.setBlock(this);
        instrs.add(index, i);
    }

    public String label() { return "b" + id; }

    @Override public String toString() { return label(); }
}

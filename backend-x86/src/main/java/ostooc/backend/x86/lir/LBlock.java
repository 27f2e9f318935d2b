package ostooc.backend.x86.lir;

import java.util.ArrayList;
import java.util.List;

/**
 * A basic block of LIR: instructions ending in a terminator whose emitter branches to {@link #succs}.
 * Ids are dense indices into the function's linear block order.
 */
public final class LBlock {
    private int id;
    public final List<LInstr> instrs = new ArrayList<>();
    public final List<LBlock> succs = new ArrayList<>(2);

    public LBlock(int id) { this.id = id; }

    public int id() { return id; }
    void setId(int id) { this.id = id; }

    @Override public String toString() { return "L" + id; }
}

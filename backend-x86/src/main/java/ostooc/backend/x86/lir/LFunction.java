package ostooc.backend.x86.lir;

import java.util.ArrayList;
import java.util.List;

/**
 * A function in LIR: blocks in their final layout order (the first is the entry), the number of virtual
 * registers, and frame facts gathered by instruction selection.
 */
public final class LFunction {
    private final String name;
    public final List<LBlock> blocks = new ArrayList<>();
    private int vregCount;
    /** Contains a call: rsp must be 16-byte aligned at each call site. */
    public boolean hasCalls;
    /** Bytes of outgoing stack-argument space needed at the bottom of the frame. */
    public int outArgBytes;

    public LFunction(String name, int firstVreg) { this.name = name; this.vregCount = firstVreg; }

    public String name() { return name; }
    public int vregCount() { return vregCount; }
    /** A fresh virtual register, as a location. */
    public int newVreg() { return Loc.vreg(vregCount++); }
    /** Location count: physical registers plus virtual ones. */
    public int locCount() { return Loc.PHYS + vregCount; }

    public LBlock newBlock() {
        LBlock b = new LBlock(blocks.size());
        blocks.add(b);
        return b;
    }

    /** Puts the blocks in {@code order} (a permutation; entry first) and renumbers them densely. */
    public void setOrder(List<LBlock> order) {
        if (order.size() != blocks.size() || order.get(0) != blocks.get(0)) throw new IllegalArgumentException("bad block order");
        blocks.clear();
        blocks.addAll(order);
        for (int i = 0; i < blocks.size(); i++) blocks.get(i).setId(i);
    }

    public String dump() {
        StringBuilder sb = new StringBuilder(name).append(":\n");
        for (LBlock b : blocks) {
            sb.append(b).append(" -> ").append(b.succs).append('\n');
            for (LInstr i : b.instrs) sb.append("  ").append(i).append('\n');
        }
        return sb.toString();
    }
}

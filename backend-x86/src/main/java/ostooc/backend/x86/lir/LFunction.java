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
    /** Virtual registers of the xmm class (float values), by vreg index. */
    private final java.util.BitSet floatVregs = new java.util.BitSet();
    /** Contains a call: rsp must be 16-byte aligned at each call site. */
    public boolean hasCalls;
    /** Bytes of outgoing stack-argument space needed at the bottom of the frame. */
    public int outArgBytes;

    public LFunction(String name, int firstVreg) { this.name = name; this.vregCount = firstVreg; }

    public String name() { return name; }
    public int vregCount() { return vregCount; }
    /** A fresh virtual register, as a location. */
    public int newVreg() { return Loc.vreg(vregCount++); }
    /** A fresh virtual register of the xmm class. */
    public int newFloatVreg() { int l = newVreg(); markFloat(l); return l; }
    public void markFloat(int loc) { floatVregs.set(Loc.vregIndex(loc)); }
    /** True when {@code loc} holds floating-point values (an xmm register or a float vreg). */
    public boolean isFloat(int loc) { return Loc.isPhys(loc) ? Loc.reg(loc).isXmm() : floatVregs.get(Loc.vregIndex(loc)); }
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

package ostooc.backend.x86.regalloc;

import java.util.BitSet;
import java.util.List;
import ostooc.backend.x86.lir.LBlock;
import ostooc.backend.x86.lir.LFunction;
import ostooc.backend.x86.lir.LInstr;
import ostooc.backend.x86.lir.Operand;
import ostooc.backend.x86.lir.Role;

/**
 * Live-in and live-out sets of every block, over all locations (physical and virtual registers), by the
 * classic backward data-flow fixpoint. Requires: block ids are dense indices of {@code f.blocks}; LIR is
 * not SSA (a location may be defined several times), so gen/kill are computed per instruction in order.
 * Guarantees: liveIn(b) = gen(b) ∪ (liveOut(b) − kill(b)); liveOut(b) = ∪ liveIn(succ).
 */
public final class Liveness {
    private final BitSet[] liveIn;
    private final BitSet[] liveOut;

    private Liveness(BitSet[] in, BitSet[] out) { this.liveIn = in; this.liveOut = out; }

    public BitSet liveIn(LBlock b) { return liveIn[b.id()]; }
    public BitSet liveOut(LBlock b) { return liveOut[b.id()]; }

    public static Liveness compute(LFunction f) {
        int n = f.blocks.size();
        BitSet[] gen = new BitSet[n], kill = new BitSet[n], in = new BitSet[n], out = new BitSet[n];
        for (LBlock b : f.blocks) {
            BitSet g = new BitSet(), k = new BitSet();
            for (LInstr i : b.instrs) {
                for (Operand o : i.operands()) if (o.role() == Role.USE && !k.get(o.loc())) g.set(o.loc());
                for (Operand o : i.operands()) if (o.role() != Role.USE) k.set(o.loc());
            }
            gen[b.id()] = g; kill[b.id()] = k; in[b.id()] = (BitSet) g.clone(); out[b.id()] = new BitSet();
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int bi = n - 1; bi >= 0; bi--) {
                LBlock b = f.blocks.get(bi);
                BitSet o = new BitSet();
                for (LBlock s : b.succs) o.or(in[s.id()]);
                BitSet i = (BitSet) o.clone();
                i.andNot(kill[bi]);
                i.or(gen[bi]);
                if (!o.equals(out[bi]) || !i.equals(in[bi])) { out[bi] = o; in[bi] = i; changed = true; }
            }
        }
        return new Liveness(in, out);
    }

    /** Locations live just before each instruction of {@code b} (index i), and after the last (index size). */
    public BitSet[] liveBefore(LBlock b) {
        List<LInstr> is = b.instrs;
        BitSet[] r = new BitSet[is.size() + 1];
        BitSet live = (BitSet) liveOut(b).clone();
        r[is.size()] = (BitSet) live.clone();
        for (int k = is.size() - 1; k >= 0; k--) {
            for (Operand o : is.get(k).operands()) if (o.role() != Role.USE) live.clear(o.loc());
            for (Operand o : is.get(k).operands()) if (o.role() == Role.USE) live.set(o.loc());
            r[k] = (BitSet) live.clone();
        }
        return r;
    }
}

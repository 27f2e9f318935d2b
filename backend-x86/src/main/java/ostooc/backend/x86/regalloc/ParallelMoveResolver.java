package ostooc.backend.x86.regalloc;

import java.util.ArrayList;
import java.util.List;
import ostooc.backend.x86.asm.Reg;

/**
 * Turns a parallel move (every source read before any destination is written) into a sequence of single
 * x86 moves. Requires: destinations are distinct and are registers or slots; the two scratch registers
 * are neither sources nor destinations. Guarantees: after the steps run, each destination holds the value
 * its source had before; no other place except the scratch registers changes. Method: repeatedly emit a
 * move whose destination no pending move still reads; when only cycles remain, save one destination in
 * {@code cycleTemp} and redirect its readers there. Slot-to-slot moves, and 64-bit constants into slots,
 * go through {@code memTemp}. Constants are written last, since they read nothing.
 */
public final class ParallelMoveResolver {
    /** One step: {@code dst <- src}, a single legal mov (no slot-to-slot, no imm64 into a slot). */
    public record Step(Place dst, Place src) {
        @Override public String toString() { return dst + " <- " + src; }
    }

    private ParallelMoveResolver() { }

    public static List<Step> resolve(List<Step> moves, Reg cycleTemp, Reg memTemp) {
        List<Step> pending = new ArrayList<>(), consts = new ArrayList<>(), out = new ArrayList<>();
        for (Step m : moves) {
            if (m.dst() instanceof Place.Imm) throw new IllegalArgumentException("constant destination " + m);
            for (Step o : moves) if (o != m && o.dst().equals(m.dst())) throw new IllegalArgumentException("duplicate destination " + m.dst());
            if (m.src() instanceof Place.Imm) consts.add(m);
            else if (!m.src().equals(m.dst())) pending.add(m);
        }
        Place cycle = Place.reg(cycleTemp);
        while (!pending.isEmpty()) {
            Step ready = null;
            for (Step m : pending) if (!isRead(pending, m.dst(), m)) { ready = m; break; }
            if (ready != null) {
                pending.remove(ready);
                emit(out, ready.dst(), ready.src(), memTemp);
                continue;
            }
            // Only cycles remain: save the first destination and let its readers read the copy.
            Place saved = pending.get(0).dst();
            emit(out, cycle, saved, memTemp);
            for (int i = 0; i < pending.size(); i++)
                if (pending.get(i).src().equals(saved)) pending.set(i, new Step(pending.get(i).dst(), cycle));
        }
        for (Step c : consts) emit(out, c.dst(), c.src(), memTemp);
        return out;
    }

    private static boolean isRead(List<Step> pending, Place p, Step except) {
        for (Step m : pending) if (m != except && m.src().equals(p)) return true;
        return false;
    }

    private static void emit(List<Step> out, Place dst, Place src, Reg memTemp) {
        boolean bigImm = src instanceof Place.Imm i && i.value() != (int) i.value();
        if (dst instanceof Place.InSlot && (src instanceof Place.InSlot || bigImm)) {
            out.add(new Step(Place.reg(memTemp), src));
            out.add(new Step(dst, Place.reg(memTemp)));
        } else {
            out.add(new Step(dst, src));
        }
    }
}

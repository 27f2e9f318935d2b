package ostooc.backend.x86.regalloc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Gives every spilled virtual register an 8-byte stack slot. Requires {@link Intervals} and the list of
 * spilled locations (which hold no register). Guarantees: two locations sharing a slot never occupy a
 * common position (exact ranges, so a slot is reused inside another value's lifetime hole). A slot already
 * given to a hinted location is preferred, so a phi copy between two spilled values becomes nothing;
 * otherwise the lowest fitting slot is taken, keeping the frame small.
 */
final class SlotAssigner {
    private SlotAssigner() { }

    static void assign(Intervals iv, Assignment a, List<Integer> spilled) {
        List<Integer> order = new ArrayList<>(spilled);
        order.sort(Comparator.<Integer>comparingInt(iv::start).thenComparingInt(l -> l));
        List<List<Integer>> occupants = new ArrayList<>();
        for (int loc : order) {
            int s = -1;
            for (int h : iv.hints(loc)) {
                int hs = a.slot(h);
                if (hs >= 0 && fits(iv, occupants.get(hs), loc)) { s = hs; break; }
            }
            for (int k = 0; s < 0 && k < occupants.size(); k++) if (fits(iv, occupants.get(k), loc)) s = k;
            if (s < 0) { s = occupants.size(); occupants.add(new ArrayList<>()); }
            occupants.get(s).add(loc);
            a.setSlot(loc, s);
        }
    }

    private static boolean fits(Intervals iv, List<Integer> occupants, int loc) {
        for (int o : occupants) if (iv.intersects(o, loc)) return false;
        return true;
    }
}

package ostooc.backend.x86.regalloc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import ostooc.backend.x86.asm.Reg;
import ostooc.backend.x86.regalloc.ParallelMoveResolver.Step;

/**
 * The resolver is checked by simulation: every place starts with a distinct value, the steps run one by
 * one, and afterwards each destination must hold its source's original value while every place that is
 * not a destination (other than the two scratch registers) is unchanged. Steps must be single legal
 * moves (no slot-to-slot, no 64-bit constant into a slot).
 */
class ParallelMoveResolverTest {
    static final Reg T1 = Regs.SCRATCH1, T2 = Regs.SCRATCH2;
    static final List<Place> PLACES = new ArrayList<>();
    static {
        for (Reg r : Regs.ALLOCATABLE) PLACES.add(Place.reg(r));
        for (int s = 0; s < 6; s++) PLACES.add(Place.slot(s));
    }

    @Property(tries = 500)
    void permutationsWithCyclesAreResolved(@ForAll long seed, @ForAll @IntRange(min = 0, max = 19) int size, @ForAll @IntRange(min = 0, max = 4) int consts) {
        Random rnd = new Random(seed);
        List<Place> places = new ArrayList<>(PLACES);
        Collections.shuffle(places, rnd);
        List<Place> dsts = places.subList(0, size);
        // sources: a random permutation of the destinations (cycles), sometimes replaced by other places (fan-out, chains)
        List<Place> srcs = new ArrayList<>(dsts);
        Collections.shuffle(srcs, rnd);
        for (int i = 0; i < srcs.size(); i++) if (rnd.nextInt(4) == 0) srcs.set(i, PLACES.get(rnd.nextInt(PLACES.size())));
        List<Step> moves = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Place src = i < consts ? Place.imm(rnd.nextBoolean() ? rnd.nextInt() : rnd.nextLong()) : srcs.get(i);
            moves.add(new Step(dsts.get(i), src));
        }
        check(moves);
    }

    @Test
    void swapOfTwoSlotsUsesBothScratches() {
        List<Step> steps = check(List.of(new Step(Place.slot(0), Place.slot(1)), new Step(Place.slot(1), Place.slot(0))));
        assertTrue(steps.size() >= 3, steps.toString());
    }

    @Test
    void threeCycleOfRegisters() {
        List<Step> steps = check(List.of(new Step(Place.reg(Reg.RAX), Place.reg(Reg.RCX)),
                new Step(Place.reg(Reg.RCX), Place.reg(Reg.RDX)), new Step(Place.reg(Reg.RDX), Place.reg(Reg.RAX))));
        assertEquals(4, steps.size(), steps.toString());
    }

    @Test
    void identityMovesVanish() {
        assertEquals(List.of(), check(List.of(new Step(Place.reg(Reg.RAX), Place.reg(Reg.RAX)))));
    }

    static List<Step> check(List<Step> moves) {
        Map<Place, Long> state = new HashMap<>();
        long v = 1000;
        for (Place p : PLACES) state.put(p, v++);
        state.put(Place.reg(T1), -1L);
        state.put(Place.reg(T2), -2L);
        Map<Place, Long> before = new HashMap<>(state);
        List<Step> steps = ParallelMoveResolver.resolve(moves, T1, T2);
        for (Step s : steps) {
            assertTrue(!(s.dst() instanceof Place.InSlot && s.src() instanceof Place.InSlot), "slot-to-slot " + s);
            assertTrue(!(s.dst() instanceof Place.InSlot && s.src() instanceof Place.Imm i && i.value() != (int) i.value()), "imm64 to slot " + s);
            long val = s.src() instanceof Place.Imm i ? i.value() : state.get(s.src());
            state.put(s.dst(), val);
        }
        Map<Place, Long> expected = new HashMap<>(before);
        for (Step m : moves) expected.put(m.dst(), m.src() instanceof Place.Imm i ? i.value() : before.get(m.src()));
        for (Place p : PLACES) assertEquals(expected.get(p), state.get(p), () -> p + " after " + steps + " for " + moves);
        return steps;
    }
}

package ostooc.backend.x86.regalloc;

import java.util.ArrayList;
import java.util.List;
import ostooc.backend.x86.asm.Reg;
import ostooc.backend.x86.lir.Loc;

/**
 * Verifies an {@link Assignment} against exact live ranges, independently of how it was found:
 * <ol>
 *   <li>every virtual register that occurs has a register or a slot, never both;</li>
 *   <li>no register is allocatable-forbidden (R10, R11, RSP);</li>
 *   <li>at every position, no two live virtual registers share a register;</li>
 *   <li>at every position, no live virtual register sits in a physical register that is itself live
 *       there (fixed operands, clobbers, argument and result registers);</li>
 *   <li>no two virtual registers live at the same position share a stack slot.</li>
 * </ol>
 * Returns the list of violations (empty when the assignment is sound).
 */
public final class AllocationChecker {
    private AllocationChecker() { }

    public static List<String> check(Intervals iv, Assignment a, int locCount) {
        List<String> errors = new ArrayList<>();
        for (int l = Loc.PHYS; l < locCount; l++) {
            if (!iv.occurs(l)) continue;
            if ((a.reg(l) == null) == (a.slot(l) < 0)) errors.add(Loc.toString(l) + ": needs exactly one of register/slot");
            if (a.reg(l) != null && !Regs.allocatable(a.isFloat(l)).contains(a.reg(l))) errors.add(Loc.toString(l) + ": not allocatable " + a.reg(l));
        }
        // 3-5 as interval overlaps per register and per slot: sorting each owner's ranges and sweeping costs
        // O(ranges log ranges); testing every location at every position was quadratic in a long function
        java.util.Map<Reg, List<int[]>> byReg = new java.util.EnumMap<>(Reg.class);
        java.util.Map<Integer, List<int[]>> bySlot = new java.util.HashMap<>();
        for (Reg r : Reg.values()) for (int[] range : iv.ranges(Loc.phys(r))) byReg.computeIfAbsent(r, k -> new ArrayList<>()).add(new int[] {range[0], range[1], Loc.phys(r)});
        for (int l = Loc.PHYS; l < locCount; l++) {
            if (!iv.occurs(l)) continue;
            List<int[]> owner = a.reg(l) != null ? byReg.computeIfAbsent(a.reg(l), k -> new ArrayList<>())
                    : a.slot(l) >= 0 ? bySlot.computeIfAbsent(a.slot(l), k -> new ArrayList<>()) : null;
            if (owner != null) for (int[] range : iv.ranges(l)) owner.add(new int[] {range[0], range[1], l});
        }
        byReg.forEach((r, ranges) -> overlaps(ranges, "both in " + r, errors));
        bySlot.forEach((slot, ranges) -> overlaps(ranges, "share slot " + slot, errors));
        return errors;
    }

    /** Reports each range (from, to inclusive, location) that meets an earlier-starting one of another location. */
    private static void overlaps(List<int[]> ranges, String what, List<String> errors) {
        ranges.sort(java.util.Comparator.comparingInt((int[] x) -> x[0]).thenComparingInt(x -> x[1]));
        int[] reach = null;   // the range seen so far that ends last
        for (int[] x : ranges) {
            if (reach != null && x[0] <= reach[1] && x[2] != reach[2])
                errors.add("position " + x[0] + ": " + Loc.toString(x[2]) + " and " + Loc.toString(reach[2]) + " " + what);
            if (reach == null || x[1] > reach[1]) reach = x;
        }
    }
}

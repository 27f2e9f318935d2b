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
        for (int p = 0; p < iv.positionCount(); p++) {
            int[] regOwner = new int[Reg.values().length];
            java.util.Arrays.fill(regOwner, -1);
            java.util.Map<Integer, Integer> slotOwner = new java.util.TreeMap<>();
            for (Reg r : Reg.values()) if (iv.covers(Loc.phys(r), p)) regOwner[r.ordinal()] = Loc.phys(r);
            for (int l = Loc.PHYS; l < locCount; l++) {
                if (!iv.occurs(l) || !iv.covers(l, p)) continue;
                Reg r = a.reg(l);
                if (r != null) {
                    int o = regOwner[r.ordinal()];
                    if (o >= 0) errors.add("position " + p + ": " + Loc.toString(l) + " and " + Loc.toString(o) + " both in " + r);
                    else regOwner[r.ordinal()] = l;
                } else if (a.slot(l) >= 0) {
                    Integer o = slotOwner.putIfAbsent(a.slot(l), l);
                    if (o != null) errors.add("position " + p + ": " + Loc.toString(l) + " and " + Loc.toString(o) + " share slot " + a.slot(l));
                }
            }
        }
        return errors;
    }
}

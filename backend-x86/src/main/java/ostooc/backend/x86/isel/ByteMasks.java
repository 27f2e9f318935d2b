package ostooc.backend.x86.isel;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import ostooc.ir.Block;
import ostooc.ir.Instr;
import ostooc.ir.MemKind;
import ostooc.ir.Op;

/**
 * A sign-extending byte or short load whose every use masks it back to its width is loaded zero-extended
 * instead, and the masks become copies:
 * <pre>
 *   %b = load.s8 %p, 0; %c = and %b, 255     =>   movzx c, BYTE PTR [p]        (was movsx; and 0xff)
 * </pre>
 * ({@code Mem.loadByte(p) & 0xFF}, {@code bytes[i] & 0xff}, {@code (char) shorts[i]}). A mask is
 * {@code and} with 0xFF (0xFFFF for 16-bit loads) or {@code zx8} ({@code zx16}). Requires use counts.
 * Guarantees: {@link #isUnsigned} loads give exactly what the mask would have made of the signed load, and
 * {@link #isCopy} masks are the identity on such a load. Nothing moves: each instruction is lowered where it stands.
 */
final class ByteMasks {
    private final Set<Instr> unsignedLoads = new HashSet<>();
    private final Set<Instr> copies = new HashSet<>();

    private ByteMasks() { }

    static ByteMasks plan(Selection s) {
        ByteMasks m = new ByteMasks();
        Map<Instr, Integer> masked = new HashMap<>();
        for (Block b : s.ir.blocks())
            for (Instr i : b.instrs()) {
                Instr load = maskedLoad(i);
                if (load != null) masked.merge(load, 1, Integer::sum);
            }
        masked.forEach((load, n) -> { if (n == s.uses(load)) m.unsignedLoads.add(load); });
        for (Block b : s.ir.blocks())
            for (Instr i : b.instrs()) if (m.unsignedLoads.contains(maskedLoad(i))) m.copies.add(i);
        return m;
    }

    /** The signed load {@code i} masks to its width, or null. */
    private static Instr maskedLoad(Instr i) {
        if (i.inputs().isEmpty()) return null;
        Instr v = i.input(0);
        if (v.op() != Op.LOAD || (v.mem != MemKind.S8 && v.mem != MemKind.S16)) return null;
        boolean bytes = v.mem == MemKind.S8;
        if (i.op() == (bytes ? Op.ZX8 : Op.ZX16)) return v;
        if (i.op() == Op.AND && i.input(1).isConst(bytes ? 0xFF : 0xFFFF)) return v;
        return null;
    }

    boolean isUnsigned(Instr load) { return unsignedLoads.contains(load); }
    boolean isCopy(Instr mask) { return copies.contains(mask); }
}

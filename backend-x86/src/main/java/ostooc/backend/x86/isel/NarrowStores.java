package ostooc.backend.x86.isel;

import java.util.HashMap;
import java.util.Map;
import ostooc.ir.Block;
import ostooc.ir.Instr;
import ostooc.ir.MemKind;
import ostooc.ir.Op;

/**
 * A byte or char store writes only the low 8 or 16 bits of its value, so a conversion that keeps those
 * bits is not needed on the way in:
 * <pre>
 *   %t = sx8 %v; store.s8 %a, 0, %t      =>   mov BYTE PTR [a], v8      (no movsx)
 *   %t = zx16 %v; store.u16 %a, 0, %t    =>   mov WORD PTR [a], v16     (no movzx)
 * </pre>
 * ({@code Mem.storeByte(p, (byte) x)}, {@code chars[i] = (char) c}). {@code sx8}/{@code zx8} keep the low
 * 8 bits, {@code sx16}/{@code zx16} the low 16, so a store of width w looks through a conversion that keeps
 * at least w bits. Requires use counts. Guarantees: {@link #value} is what the store writes, with the same
 * low w bits as its IR operand; a conversion whose every use is such a store is marked folded (not lowered).
 */
final class NarrowStores {
    private NarrowStores() { }

    static Map<Instr, Instr> plan(Selection s) {
        Map<Instr, Instr> values = new HashMap<>();
        Map<Instr, Integer> peeled = new HashMap<>();
        for (Block b : s.ir.blocks())
            for (Instr i : b.instrs()) {
                if (i.op() != Op.STORE) continue;
                Instr v = i.input(1);
                if (!keepsStoredBits(v.op(), i.mem)) continue;
                values.put(i, v.input(0));
                peeled.merge(v, 1, Integer::sum);
            }
        peeled.forEach((conversion, n) -> { if (n == s.uses(conversion)) s.markFolded(conversion); });
        return values;
    }

    private static boolean keepsStoredBits(Op conversion, MemKind store) {
        return switch (store) {
            case S8, U8 -> conversion == Op.SX8 || conversion == Op.ZX8 || conversion == Op.SX16 || conversion == Op.ZX16;
            case S16, U16 -> conversion == Op.SX16 || conversion == Op.ZX16;
            default -> false;
        };
    }
}

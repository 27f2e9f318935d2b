package ostooc.backend.x86.isel;

import static ostooc.backend.x86.lir.Operand.use;

import java.util.List;
import ostooc.backend.x86.asm.Mem;
import ostooc.backend.x86.lir.EmitContext;
import ostooc.backend.x86.lir.Loc;
import ostooc.backend.x86.lir.Operand;

/**
 * A memory operand of an LIR instruction: {@code [base + index*scale + disp]} over locations (either may
 * be null), or {@code [rip + symbol + disp]}. Its registers are USE operands of the instruction, base
 * first, at the operand index the instruction passes to {@link #resolve}.
 */
record MemRef(Integer base, Integer index, int scale, int disp, String symbol) {
    static MemRef rip(String symbol, int disp) { return new MemRef(null, null, 1, disp, symbol); }

    /** The USE operands for the registers this operand reads (0, 1 or 2 of them). */
    List<Operand> uses() {
        if (base == null) return index == null ? List.of() : List.of(use(index));
        return index == null ? List.of(use(base)) : List.of(use(base), use(index));
    }

    /** The machine operand, with this operand's registers at operand indices {@code first, first + 1}. */
    Mem resolve(EmitContext c, int first) {
        if (symbol != null) return Mem.rip(symbol, disp);
        if (base == null) return new Mem(null, index == null ? null : c.reg(first), scale, disp, null);
        return new Mem(c.reg(first), index == null ? null : c.reg(first + 1), scale, disp, null);
    }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder("[");
        sb.append(symbol != null ? "rip+" + symbol : base != null ? Loc.toString(base) : "");
        if (index != null) sb.append(base != null ? "+" : "").append(Loc.toString(index)).append('*').append(scale);
        if (disp != 0) sb.append(disp > 0 ? "+" : "").append(disp);
        return sb.append(']').toString();
    }
}

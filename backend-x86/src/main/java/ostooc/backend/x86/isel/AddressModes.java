package ostooc.backend.x86.isel;

import java.util.ArrayList;
import java.util.List;
import ostooc.ir.Block;
import ostooc.ir.Instr;
import ostooc.ir.Op;
import ostooc.ir.Type;

/**
 * Folds IR address arithmetic into one x86 addressing mode, {@code [base + index*scale + disp]} or
 * {@code [rip + symbol + disp]}, for the address of a load or store and for an {@code add}/{@code sub}
 * lowered as {@code lea}.
 * <pre>
 *   load.i64 (add %a, (shl (sext %i), 3)), 16     =>  mov d, [a + i'*8 + 16]       (i' = movsxd i)
 *   load.u16 (add %chars, (mul 2, %j)), 0         =>  movzx d, WORD PTR [chars + j*2]
 *   load.i32 (add %p, 8), 0                       =>  mov d32, [p + 8]
 *   add %x, (shl %y, 2)                           =>  lea d, [x + y*4]
 * </pre>
 * Requires use counts ({@link Selection#uses}). An inner {@code add}, {@code sub} of a constant, {@code mul}
 * by 1/2/4/8, {@code shl} by 0..3 or {@code ref2i} is folded (and then never computed on its own: see
 * {@link #plan}) only when its single use is the one being matched and it sits in the same block, so
 * folding never computes a value twice nor stretches a live range across blocks. Guarantees: the formed
 * address equals the IR value modulo 2^64 (x86 address arithmetic wraps exactly like i64 add/mul/shl;
 * for an i32 {@code lea} the low 32 bits are those of the i32 arithmetic), the displacement fits a
 * sign-extended 32 bits, at most one term is scaled, base and index are different values, and a symbol
 * appears only with no register term (RIP-relative). A sign extension stays a term of its own: reading
 * an i32 register as 64 bits is not exact (its upper half is undefined).
 */
final class AddressModes {
    private AddressModes() { }

    /** An address as x86 forms it; {@code base}/{@code index} are IR values (either may be null). */
    record Address(Instr base, Instr index, int scale, int disp, String symbol, List<Instr> folded) {
        /** True when this is just {@code [v + disp]} or {@code [v + w]}: nothing beyond a two-address add. */
        boolean isSimple() { return symbol == null && (index == null || scale == 1 && disp == 0); }
    }

    /**
     * Decides, for every load, store and (not folded) integer add/sub of {@code s}'s function, the
     * addressing mode it uses, and marks the instructions folded into one (they are not lowered). Walks
     * each block backwards so a user is matched before the values it may fold.
     */
    static void plan(Selection s) {
        for (Block b : s.ir.blocks()) {
            List<Instr> instrs = b.instrs();
            for (int k = instrs.size() - 1; k >= 0; k--) {
                Instr i = instrs.get(k);
                if (s.isFolded(i)) continue;
                Address a = switch (i.op()) {
                    case LOAD, STORE -> access(i.input(0), i.imm, b, s);
                    case ADD, SUB -> i.type() == Type.I32 || i.type() == Type.I64 ? lea(i, b, s) : null;
                    default -> null;
                };
                if (a == null) continue;
                s.setAddress(i, a);
                for (Instr f : a.folded()) if (f != i) s.markFolded(f);
            }
        }
    }

    /** The address of a load or store of {@code root + offset}: folded as deep as x86 allows, else plain {@code [root + offset]}. */
    static Address access(Instr root, long offset, Block at, Selection s) {
        Address a = deepest(root, offset, foldable(root, at, s), true, at, s);
        if (a != null) return a;
        if (offset != (int) offset) throw new IllegalArgumentException("memory offset out of range: " + offset);
        if (root.op() == Op.SYMADDR) return new Address(null, null, 1, (int) offset, root.symbol, List.of());
        return new Address(root, null, 1, (int) offset, null, List.of());
    }

    /** The {@code lea} computing {@code add}/{@code sub} instruction {@code i}, or null when it is no address (e.g. a sub of a register). */
    static Address lea(Instr i, Block at, Selection s) {
        Address a = deepest(i, 0, true, i.type() == Type.I64, at, s);
        return a != null && a.folded().contains(i) ? a : null;
    }

    // deepest folding that forms a valid mode; wide: 64-bit arithmetic (else i32: only the low 32 bits count)
    private static Address deepest(Instr root, long offset, boolean rootFoldable, boolean wide, Block at, Selection s) {
        for (int depth = 3; depth >= 1; depth--) {
            Terms t = new Terms(offset);
            t.add(root, 1, depth, rootFoldable, at, s);
            if (!wide) t.disp = (int) t.disp;
            Address a = t.address();
            if (a != null) return a;
        }
        return null;
    }

    private static boolean foldable(Instr v, Block at, Selection s) {
        return s.uses(v) == 1 && v.block() == at && !s.isFolded(v);
    }

    /** The terms of an address being matched: register values with their scales, a symbol, a displacement. */
    private static final class Terms {
        private final List<Instr> regs = new ArrayList<>(2);
        private final List<Integer> scales = new ArrayList<>(2);
        private final List<Instr> folded = new ArrayList<>();
        private String symbol;
        private Instr symbolValue;
        private long disp;

        Terms(long disp) { this.disp = disp; }

        // v * k, folding v's own arithmetic when allowed and depth remains
        void add(Instr v, long k, int depth, boolean mayFold, Block at, Selection s) {
            if (v.isConst()) { disp += v.imm * k; return; }
            if (mayFold && depth > 0 && fold(v, k, depth, at, s)) return;
            if (v.op() == Op.SYMADDR && k == 1 && symbol == null) { symbol = v.symbol; symbolValue = v; return; }
            regs.add(v);
            scales.add((int) Math.min(k, 16));
        }

        private boolean fold(Instr v, long k, int depth, Block at, Selection s) {
            Instr a = v.inputs().isEmpty() ? null : v.input(0), b = v.inputs().size() < 2 ? null : v.input(1);
            switch (v.op()) {
                case ADD -> { add(a, k, depth - 1, foldable(a, at, s), at, s); add(b, k, depth - 1, foldable(b, at, s), at, s); }
                case SUB -> {
                    if (!b.isConst()) return false;
                    add(a, k, depth - 1, foldable(a, at, s), at, s);
                    disp -= b.imm * k;
                }
                case MUL -> {
                    Instr c = b.isConst() ? b : a.isConst() ? a : null;
                    if (c == null || !isScale(c.imm) || k * c.imm > 8) return false;
                    Instr x = c == b ? a : b;
                    add(x, k * c.imm, depth - 1, foldable(x, at, s), at, s);
                }
                case SHL -> {
                    if (!b.isConst() || b.imm < 0 || b.imm > 3 || k << b.imm > 8) return false;
                    add(a, k << b.imm, depth - 1, foldable(a, at, s), at, s);
                }
                case REF2I, I2REF -> add(a, k, depth, foldable(a, at, s), at, s);   // a no-op: costs no depth
                default -> { return false; }
            }
            folded.add(v);
            return true;
        }

        private static boolean isScale(long c) { return c == 1 || c == 2 || c == 4 || c == 8; }

        /** The address these terms form, or null when x86 cannot form it in one operand. */
        Address address() {
            if (disp != (int) disp) return null;
            if (symbol != null && !regs.isEmpty()) { regs.add(symbolValue); scales.add(1); symbol = null; }
            if (regs.size() > 2) return null;
            for (int sc : scales) if (!isScale(sc)) return null;
            if (regs.isEmpty()) return symbol == null ? null : new Address(null, null, 1, (int) disp, symbol, folded);
            if (regs.size() == 1) {
                int sc = scales.get(0);
                return sc == 1 ? new Address(regs.get(0), null, 1, (int) disp, null, folded) : null;   // [x*k + disp32] is long: not worth it
            }
            if (regs.get(0) == regs.get(1)) return null;
            if (scales.get(0) != 1 && scales.get(1) != 1) return null;
            int idx = scales.get(0) != 1 ? 0 : 1;
            return new Address(regs.get(1 - idx), regs.get(idx), scales.get(idx), (int) disp, null, folded);
        }
    }
}

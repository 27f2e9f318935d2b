package ostooc.backend.x86.isel;

import java.util.ArrayList;
import java.util.List;
import ostooc.backend.x86.asm.AluOp;
import ostooc.backend.x86.asm.Reg;
import ostooc.backend.x86.asm.ShiftOp;
import ostooc.backend.x86.asm.Width;
import ostooc.backend.x86.isel.X86Ops.DivGuard;
import ostooc.backend.x86.lir.LInstr;
import ostooc.backend.x86.lir.Loc;
import ostooc.backend.x86.lir.Move;
import ostooc.ir.Instr;
import ostooc.ir.Op;

/**
 * Lowers {@code sdiv} and {@code srem} (Op.java: Java's {@code /} and {@code %} made total). Done here, in
 * instruction selection, rather than as an IR rewrite: the shapes need a high-half multiply, which the IR
 * has no opcode for, and the x86 fixed registers (rax/rdx) decide what pairing is worth.
 * <p>Requires a {@link Selection} positioned at the instruction's block, blocks lowered in reverse
 * post-order (so a dominating division is lowered before the ones it dominates).
 * <p>Guarantees: the results follow the total semantics for every operand; <b>no emitted idiv can
 * trap</b>: constant divisors never reach an idiv, and a variable divisor is compared with -1 (and with
 * 0 unless dominating branches prove it non-zero) right before it.
 * <pre>
 *   x / 0, x % 0, x % 1, x % -1  =>  0            x / 1 => x;   x / -1 => neg x
 *   x / ±2^k  =>  t = x + ((x >> W-1) >>> W-k);  q = t >> k;  [neg q]
 *   x % ±2^k  =>  x - (t & -2^k)                  (MIN is -2^(W-1): the same shapes)
 *   x / c     =>  magic multiply (DivisionMagic): i32 by movsxd + 64-bit imul, i64 by imul rdx:rax
 *   x % c     =>  x - (x / c) * c
 *   x / d, x % d  =>  one guarded idiv for both when one dominates the other (quotient rax, remainder rdx)
 * </pre>
 */
final class Divisions {
    private Divisions() { }

    static void lower(Instr i, Selection s) {
        if (s.isLowered(i)) return;                       // already computed together with its partner
        if (s.uses(i) == 1 && isZeroTestedOnly(i, s)) return;   // its one use, x % 2^k ==/!= 0, tests the low bits instead
        Instr partner = partner(i, s);
        if (partner != null) s.markLowered(partner);
        Instr div = i.op() == Op.SDIV ? i : partner, rem = i.op() == Op.SREM ? i : partner;
        Integer q = div == null ? null : s.loc(div), r = rem == null ? null : s.loc(rem);
        Width w = Selection.width(i.type());
        if (i.input(1).isConst()) constant(s, w, s.use(i.input(0)), i.input(1).imm, q, r);
        else variable(s, w, i, q, r);
    }

    /**
     * {@code x % ±2^k == 0} holds exactly when the low k bits of x are zero, whatever x's sign: for
     * {@code cmp eq|ne (srem x, ±2^k), 0} with that srem used nowhere else, the mask 2^k - 1 (k <= 31, so
     * it is an imm32) that the compare can test on x instead; else 0. Collatz's {@code n % 2 == 0}.
     */
    static int lowBitsMask(Instr cmp, Selection s) {
        if (cmp.op() != Op.CMP || (cmp.cond != ostooc.ir.Cond.EQ && cmp.cond != ostooc.ir.Cond.NE)) return 0;
        Instr rem = cmp.input(1).isConst(0) ? cmp.input(0) : cmp.input(0).isConst(0) ? cmp.input(1) : null;
        if (rem == null || rem.op() != Op.SREM || !rem.input(1).isConst() || s.uses(rem) != 1) return 0;
        long c = rem.type() == ostooc.ir.Type.I32 ? (int) rem.input(1).imm : rem.input(1).imm;
        long abs = Math.abs(c);
        if (c == 0 || Long.bitCount(abs) != 1 || Long.numberOfTrailingZeros(abs) > 31) return 0;
        return (int) (abs - 1);
    }

    private static boolean isZeroTestedOnly(Instr rem, Selection s) {
        if (rem.op() != Op.SREM) return false;
        Instr u = s.divisionPairs().firstUser(rem);
        return u != null && lowBitsMask(u, s) != 0;
    }

    /**
     * The SREM for an SDIV (or the reverse) with the same operands that this one can compute too: later in
     * the same block, or — for a variable divisor, where it saves an idiv — in a block this one dominates.
     */
    private static Instr partner(Instr i, Selection s) {
        Op want = i.op() == Op.SDIV ? Op.SREM : Op.SDIV;
        boolean acrossBlocks = !i.input(1).isConst();
        DivisionPairs pairs = s.divisionPairs();
        for (Instr p : pairs.withOperandsOf(i, want)) {
            if (s.isLowered(p)) continue;
            if (p.block() == i.block() ? pairs.after(p, i) : acrossBlocks && s.facts().dominators().strictlyDominates(i.block(), p.block())) return p;
        }
        return null;
    }

    // rax = x; cmp d, -1; je m1; [test d, d; je zero;] cdq; idiv d; ...; {q = rax, r = rdx}
    private static void variable(Selection s, Width w, Instr i, Integer q, Integer r) {
        Instr divisor = i.input(1);
        DivGuard guard = s.facts().knownNonZero(divisor, i.block()) ? DivGuard.MINUS_ONE : DivGuard.MINUS_ONE_AND_ZERO;
        int dl = s.use(divisor);
        s.move(Loc.phys(Reg.RAX), i.input(0));
        s.emit(X86Ops.divide(w, dl, guard, r != null));
        List<Move> out = new ArrayList<>();
        if (q != null) out.add(Move.of(q, Loc.phys(Reg.RAX)));
        if (r != null) out.add(Move.of(r, Loc.phys(Reg.RDX)));
        s.parallelMove(out);
    }

    /** Division of location {@code x} by the constant {@code c} (the IR immediate, sign-extended): quotient to {@code q}, remainder to {@code r}. */
    private static void constant(Selection s, Width w, int x, long imm, Integer q, Integer r) {
        int bits = w == Width.B64 ? 64 : 32;
        long c = w == Width.B64 ? imm : (int) imm;
        if (c == 0 || c == 1 || c == -1) {
            if (r != null) s.emit(LInstr.parallelMove(List.of(Move.constant(r, 0))));
            if (q == null) return;
            if (c == 0) s.emit(LInstr.parallelMove(List.of(Move.constant(q, 0))));
            else copy(s, q, x);
            if (c == -1) s.emit(X86Ops.neg(w, q));                 // wraps: MIN / -1 = MIN
            return;
        }
        long abs = Math.abs(c);                                     // MIN stays MIN: a power of two read unsigned
        if (Long.bitCount(w == Width.B64 ? abs : abs & 0xFFFF_FFFFL) == 1) {
            powerOfTwo(s, w, bits, x, Long.numberOfTrailingZeros(abs), c < 0, q, r);
        } else {
            int quotient = magic(s, w, bits, x, c);
            if (q != null) copy(s, q, quotient);
            if (r != null) remainderFrom(s, w, x, quotient, c, r);
        }
    }

    // bias = (x >> W-1) >>> W-k;  t = x + bias;  q = t >> k [neg q];  r = x - (t & -2^k)
    private static void powerOfTwo(Selection s, Width w, int bits, int x, int k, boolean negative, Integer q, Integer r) {
        int t = s.lir.newVreg();
        copy(s, t, x);
        if (k > 1) s.emit(X86Ops.shiftImm(ShiftOp.SAR, w, t, bits - 1));
        s.emit(X86Ops.shiftImm(ShiftOp.SHR, w, t, bits - k));    // 2^k - 1 when x < 0, else 0
        s.emit(X86Ops.alu(AluOp.ADD, w, t, x));
        if (q != null) {
            copy(s, q, t);
            s.emit(X86Ops.shiftImm(ShiftOp.SAR, w, q, k));
            if (negative) s.emit(X86Ops.neg(w, q));
        }
        if (r != null) {
            int m = s.lir.newVreg();
            copy(s, m, t);
            if (k <= 31) s.emit(X86Ops.aluImm(AluOp.AND, w, m, (int) -(1L << k)));   // sign-extended mask
            else { s.emit(X86Ops.shiftImm(ShiftOp.SAR, w, m, k)); s.emit(X86Ops.shiftImm(ShiftOp.SHL, w, m, k)); }
            copy(s, r, x);
            s.emit(X86Ops.alu(AluOp.SUB, w, r, m));
        }
    }

    /** A new location holding {@code x / c} (see DivisionMagic for the algorithm). */
    private static int magic(Selection s, Width w, int bits, int x, long c) {
        DivisionMagic mg = DivisionMagic.of(c, bits);
        long m = mg.multiplier();
        boolean add = c > 0 && m < 0, sub = c < 0 && m > 0;
        int t = s.lir.newVreg();
        if (w == Width.B32) {
            // movsxd t, x; imul t, t, M; sar t, 32 (+ s when no fix-up follows): mulhs in 64-bit arithmetic
            int wide = s.lir.newVreg();
            s.emit(X86Ops.extend(true, Width.B64, Width.B32, wide, x));
            s.emit(X86Ops.imulImm(Width.B64, t, wide, (int) m));
            s.emit(X86Ops.shiftImm(ShiftOp.SAR, Width.B64, t, add || sub ? 32 : 32 + mg.shift()));
        } else {
            // rax = x; imul M (rdx:rax = x * M); t = rdx
            int factor = s.lir.newVreg();
            s.emit(LInstr.parallelMove(List.of(Move.constant(factor, m))));
            copy(s, Loc.phys(Reg.RAX), x);
            s.emit(X86Ops.mulHigh(Width.B64, factor));
            copy(s, t, Loc.phys(Reg.RDX));
        }
        if (add) s.emit(X86Ops.alu(AluOp.ADD, w, t, x));
        if (sub) s.emit(X86Ops.alu(AluOp.SUB, w, t, x));
        if ((w == Width.B64 || add || sub) && mg.shift() > 0) s.emit(X86Ops.shiftImm(ShiftOp.SAR, w, t, mg.shift()));
        int sign = s.lir.newVreg();                                 // q += q >>> W-1 (round toward zero)
        copy(s, sign, t);
        s.emit(X86Ops.shiftImm(ShiftOp.SHR, w, sign, bits - 1));
        s.emit(X86Ops.alu(AluOp.ADD, w, t, sign));
        return t;
    }

    // r = x - q * c
    private static void remainderFrom(Selection s, Width w, int x, int q, long c, int r) {
        int p = s.lir.newVreg();
        if (c == (int) c) {
            s.emit(X86Ops.imulImm(w, p, q, (int) c));
        } else {
            int cl = s.lir.newVreg();
            s.emit(LInstr.parallelMove(List.of(Move.constant(cl, c))));
            copy(s, p, q);
            s.emit(X86Ops.imul(w, p, cl));
        }
        copy(s, r, x);
        s.emit(X86Ops.alu(AluOp.SUB, w, r, p));
    }

    private static void copy(Selection s, int d, int src) {
        s.emit(LInstr.parallelMove(List.of(Move.of(d, src))));
    }
}

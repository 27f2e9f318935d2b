package ostooc.backend.x86.isel;

import static ostooc.backend.x86.lir.Operand.def;
import static ostooc.backend.x86.lir.Operand.temp;
import static ostooc.backend.x86.lir.Operand.use;

import java.util.ArrayList;
import java.util.List;
import ostooc.backend.x86.asm.AluOp;
import ostooc.backend.x86.asm.Assembler;
import ostooc.backend.x86.asm.Cond;
import ostooc.backend.x86.asm.Label;
import ostooc.backend.x86.asm.Mem;
import ostooc.backend.x86.asm.Reg;
import ostooc.backend.x86.asm.SseOp;
import ostooc.backend.x86.asm.Width;
import ostooc.backend.x86.lir.LBlock;
import ostooc.backend.x86.lir.LInstr;
import ostooc.backend.x86.lir.Loc;
import ostooc.backend.x86.lir.Operand;

/**
 * The SSE2 LIR instructions (scalar f32/f64 in xmm registers), in the style of {@link X86Ops}: roles for
 * the allocator, an emitter for the encoder. {@code dbl} picks f64 over f32. Only legacy SSE/SSE2
 * encodings (no VEX, no SSE4.1 roundsd), and never x87.
 */
final class FloatOps {
    private FloatOps() { }

    private static String l(int loc) { return Loc.toString(loc); }

    /** {@code op d, b} with d already holding a (two-address). */
    static LInstr arith(SseOp op, boolean dbl, int d, int b) {
        return LInstr.of(op.mnemonic(dbl) + " " + l(d) + ", " + l(b), List.of(use(d), use(b), def(d)),
                c -> c.asm().sse(op, dbl, c.reg(0), c.reg(1)));
    }

    static LInstr sqrt(boolean dbl, int d, int a) {
        return LInstr.of(SseOp.SQRT.mnemonic(dbl) + " " + l(d) + ", " + l(a), List.of(use(a), def(d)),
                c -> c.asm().sse(SseOp.SQRT, dbl, c.reg(1), c.reg(0)));
    }

    /** {@code d = 0.0}: xorps d, d. */
    static LInstr zero(int d) {
        return LInstr.of("xorps " + l(d) + ", " + l(d), List.of(def(d)), c -> c.asm().xorps(c.reg(0), c.reg(0)));
    }

    /** {@code d = -a}: the sign bit flipped through general register {@code t} (no constant pool needed). */
    static LInstr neg(boolean dbl, int d, int a, int t) {
        Width w = dbl ? Width.B64 : Width.B32;
        return LInstr.of("fneg " + l(d) + ", " + l(a), List.of(use(a), temp(t), def(d)), c -> {
            c.asm().movFromXmm(w, c.reg(1), c.reg(0));
            c.asm().btc(w, c.reg(1), dbl ? 63 : 31);
            c.asm().movToXmm(w, c.reg(2), c.reg(1));
        });
    }

    /** movd/movq between the register files: {@code toXmm} moves general → xmm. */
    static LInstr moveBits(boolean toXmm, Width w, int d, int a) {
        return LInstr.of((w == Width.B64 ? "movq " : "movd ") + l(d) + ", " + l(a), List.of(use(a), def(d)), c -> {
            if (toXmm) c.asm().movToXmm(w, c.reg(1), c.reg(0));
            else c.asm().movFromXmm(w, c.reg(1), c.reg(0));
        });
    }

    static LInstr intToFloat(boolean dbl, Width from, int d, int a) {
        return LInstr.of("cvtsi2" + (dbl ? "sd " : "ss ") + l(d) + ", " + l(a) + ":" + from, List.of(use(a), def(d)),
                c -> c.asm().cvtsi2s(dbl, c.reg(1), from, c.reg(0)));
    }

    static LInstr floatToFloat(boolean toDouble, int d, int a) {
        return LInstr.of((toDouble ? "cvtss2sd " : "cvtsd2ss ") + l(d) + ", " + l(a), List.of(use(a), def(d)),
                c -> c.asm().cvts2s(toDouble, c.reg(1), c.reg(0)));
    }

    /**
     * Java's saturating {@code (int)}/{@code (long)} cast. cvtt gives MIN for NaN and out of range; only
     * then (cmp d, 1 overflows exactly for MIN) the fix-up runs: NaN → 0, positive → MAX (= MIN - 1).
     * <pre>
     *   cvttsd2si d, a; cmp d, 1; jno done; ucomisd a, a; jp nan
     *   movmskpd t, a; test t, 1; jnz done; sub d, 1; jmp done
     *   nan: xor d, d; done:
     * </pre>
     */
    static LInstr floatToInt(boolean dbl, Width to, int d, int a, int t) {
        return LInstr.of("cvtt" + (dbl ? "sd" : "ss") + "2si.sat " + l(d) + ", " + l(a), List.of(use(a), temp(t), def(d)), c -> {
            Assembler as = c.asm();
            Reg x = c.reg(0), tmp = c.reg(1), r = c.reg(2);
            Label nan = as.newLabel(), done = as.newLabel();
            as.cvtts2si(dbl, to, r, x);
            as.alu(AluOp.CMP, to, r, 1);
            as.jcc(Cond.NO, done);
            as.ucomis(dbl, x, x);
            as.jcc(Cond.P, nan);
            as.movmsk(dbl, tmp, x);
            as.test(Width.B32, tmp, 1);
            as.jcc(Cond.NE, done);
            as.alu(AluOp.SUB, to, r, 1);
            as.jmp(done);
            as.bind(nan);
            as.alu(AluOp.XOR, Width.B32, r, r);
            as.bind(done);
        });
    }

    /**
     * {@code d = a cc b} with Java's NaN rules: ucomis sets ZF=PF=CF=1 when unordered, so {@code >} is
     * "above", {@code >=} "above or equal" (both false on NaN), {@code <}/{@code <=} swap the operands,
     * and eq/ne also look at the parity flag. d is a general register, so it is cleared before the
     * compare without touching the xmm operands.
     */
    static LInstr compare(ostooc.ir.Cond cc, boolean dbl, int d, int a, int b) {
        return LInstr.of("fset" + cc.text() + " " + l(d) + " = ucomis " + l(a) + ", " + l(b), List.of(use(a), use(b), def(d)), c -> {
            Assembler as = c.asm();
            Reg r = c.reg(2);
            Label done = as.newLabel();
            if (cc == ostooc.ir.Cond.NE) as.mov(Width.B32, r, 1); else as.alu(AluOp.XOR, Width.B32, r, r);
            boolean swap = cc == ostooc.ir.Cond.LT || cc == ostooc.ir.Cond.LE;
            as.ucomis(dbl, swap ? c.reg(1) : c.reg(0), swap ? c.reg(0) : c.reg(1));
            switch (cc) {
                case EQ, NE -> { as.jcc(Cond.P, done); as.setcc(cc == ostooc.ir.Cond.EQ ? Cond.E : Cond.NE, r); }
                case GT, LT -> as.setcc(Cond.A, r);
                case GE, LE -> as.setcc(Cond.AE, r);
                default -> throw new IllegalArgumentException("fcmp " + cc.text());
            }
            as.bind(done);
        });
    }

    /** Terminator: {@code if (a cc b) goto t else goto e}, NaN as in {@link #compare}. */
    static LInstr compareBranch(ostooc.ir.Cond cc, boolean dbl, int a, int b, LBlock t, LBlock e) {
        return LInstr.of("ucomis " + l(a) + ", " + l(b) + "; jf" + cc.text() + " " + t + " else " + e, List.of(use(a), use(b)), c -> {
            Assembler as = c.asm();
            boolean swap = cc == ostooc.ir.Cond.LT || cc == ostooc.ir.Cond.LE;
            as.ucomis(dbl, swap ? c.reg(1) : c.reg(0), swap ? c.reg(0) : c.reg(1));
            switch (cc) {
                case EQ -> { as.jcc(Cond.P, c.label(e)); as.jcc(Cond.E, c.label(t)); }
                case NE -> { as.jcc(Cond.P, c.label(t)); as.jcc(Cond.NE, c.label(t)); }
                case GT, LT -> as.jcc(Cond.A, c.label(t));
                case GE, LE -> as.jcc(Cond.AE, c.label(t));
                default -> throw new IllegalArgumentException("fcmp " + cc.text());
            }
            if (!c.isNext(e)) as.jmp(c.label(e));
        });
    }

    static LInstr load(boolean dbl, int d, MemRef m) {
        List<Operand> ops = new ArrayList<>(m.uses());
        ops.add(def(d));
        return LInstr.of("movs" + (dbl ? "d " : "s ") + l(d) + ", " + m, ops,
                c -> c.asm().movs(dbl, c.reg(ops.size() - 1), m.resolve(c, 0)));
    }

    static LInstr store(boolean dbl, MemRef m, int value) {
        List<Operand> ops = new ArrayList<>(m.uses());
        ops.add(use(value));
        return LInstr.of("movs" + (dbl ? "d " : "s ") + m + ", " + l(value), ops,
                c -> c.asm().movs(dbl, m.resolve(c, 0), c.reg(ops.size() - 1)));
    }

    /** Outgoing stack argument {@code k} (an eightbyte; f32 uses its low half). */
    static LInstr storeOutgoingArg(int k, int value) {
        return LInstr.of("movsd [rsp+" + 8 * k + "], " + l(value), List.of(use(value)),
                c -> c.asm().movs(true, Mem.of(Reg.RSP, 8 * k), c.reg(0)));
    }

    static LInstr loadIncomingArg(int d, int k) {
        return LInstr.of("movsd " + l(d) + ", incoming arg " + k, List.of(def(d)),
                c -> c.asm().movs(true, c.reg(0), Mem.of(Reg.RSP, c.incomingArgOffset(k))));
    }
}

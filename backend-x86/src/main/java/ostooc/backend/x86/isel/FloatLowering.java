package ostooc.backend.x86.isel;

import java.util.List;
import ostooc.backend.x86.asm.SseOp;
import ostooc.backend.x86.asm.Width;
import ostooc.backend.x86.lir.LInstr;
import ostooc.backend.x86.lir.Move;
import ostooc.ir.Instr;
import ostooc.ir.Type;

/**
 * Lowers the floating-point IR opcodes to SSE2 ({@link FloatOps}). Float values live in xmm virtual
 * registers (the selection marks them); each case's comment shows the shape emitted.
 */
final class FloatLowering {
    private FloatLowering() { }

    private static boolean dbl(Instr v) { return v.type() == Type.F64; }

    static void lower(Instr i, Selection s) {
        int d = s.loc(i);
        switch (i.op()) {
            case FCONST -> { }                                                    // rematerialized at uses
            case FADD -> arith(SseOp.ADD, i, s);
            case FSUB -> arith(SseOp.SUB, i, s);
            case FMUL -> arith(SseOp.MUL, i, s);
            case FDIV -> arith(SseOp.DIV, i, s);
            case FREM -> throw new IllegalArgumentException("frem has no SSE2 instruction: the front end calls the library's fmod");
            case FSQRT -> s.emit(FloatOps.sqrt(dbl(i), d, s.use(i.input(0))));    // sqrtsd d, a
            case FNEG -> s.emit(FloatOps.neg(dbl(i), d, s.use(i.input(0)), s.lir.newVreg()));  // movq t, a; btc t, 63; movq d, t
            case FCMP -> { if (!Lowering.fusedIntoBranch(i, s)) s.emit(FloatOps.compare(i.cond, dbl(i.input(0)), d, s.use(i.input(0)), s.use(i.input(1)))); }
            case SITOFP -> s.emit(FloatOps.intToFloat(dbl(i), Selection.width(i.input(0).type()), d, s.use(i.input(0))));   // cvtsi2sd d, a
            case FPTOSI -> s.emit(FloatOps.floatToInt(dbl(i.input(0)), Selection.width(i.type()), d, s.use(i.input(0)), s.lir.newVreg()));
            case FPEXT -> s.emit(FloatOps.floatToFloat(true, d, s.use(i.input(0))));     // cvtss2sd d, a
            case FPTRUNC -> s.emit(FloatOps.floatToFloat(false, d, s.use(i.input(0))));  // cvtsd2ss d, a
            case BITCAST -> {                                                     // movd/movq d, a
                boolean toXmm = i.type().isFloat();
                Width w = i.type().bytes() == 8 ? Width.B64 : Width.B32;
                s.emit(FloatOps.moveBits(toXmm, w, d, s.use(i.input(0))));
            }
            default -> throw new IllegalArgumentException("not a float instruction: " + i.op());
        }
    }

    // d = a; addsd d, b
    private static void arith(SseOp op, Instr i, Selection s) {
        int d = s.loc(i);
        int b = s.use(i.input(1));
        s.move(d, i.input(0));
        s.emit(FloatOps.arith(op, dbl(i), d, b));
    }

    // movsd d, [base + index*scale + disp]
    static void load(Instr i, Selection s) {
        s.emit(FloatOps.load(dbl(i), s.loc(i), Lowering.memRef(i, s)));
    }

    // movsd [base + index*scale + disp], v
    static void store(Instr i, Selection s) {
        MemRef m = Lowering.memRef(i, s);
        s.emit(FloatOps.store(dbl(i.input(1)), m, s.use(i.input(1))));
    }

    /** A fresh xmm register holding constant {@code c}: xorps for +0.0, else movabs t, bits; movq d, t. */
    static int constant(Instr c, Selection s) {
        int d = s.lir.newFloatVreg();
        if (c.imm == 0) { s.emit(FloatOps.zero(d)); return d; }
        int t = s.lir.newVreg();
        s.emit(LInstr.parallelMove(List.of(Move.constant(t, dbl(c) ? c.imm : c.imm & 0xFFFF_FFFFL))));
        s.emit(FloatOps.moveBits(true, dbl(c) ? Width.B64 : Width.B32, d, t));
        return d;
    }
}

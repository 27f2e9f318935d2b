package ostooc.frontend.lower;

import ostooc.frontend.model.JType;
import ostooc.frontend.model.JType.Prim;
import ostooc.frontend.tree.BinOp;
import ostooc.frontend.tree.Expr;
import ostooc.frontend.tree.UnOp;
import ostooc.ir.Block;
import ostooc.ir.Cond;
import ostooc.ir.Instr;
import ostooc.ir.Op;
import ostooc.ir.Type;

import java.util.List;

/** Arithmetic, conversions and the division-by-zero check, with Java's semantics (see {@link Op}). */
final class ArithmeticLowerer {
    private static final String DIV_BY_ZERO = "java.lang.ArithmeticException: / by zero";
    private final FunctionLowerer f;
    final FloatLowerer floats;

    ArithmeticLowerer(FunctionLowerer f) { this.f = f; this.floats = new FloatLowerer(f); }

    // -x => neg x;  ~x => xor x, -1;  !b => xor b, 1
    Instr unary(UnOp op, JType t, Instr x) {
        if (JType.isFloating(t)) return floats.negate(t, x);
        Type it = t.irType();
        return switch (op) {
            case NEG -> f.ir.unary(Op.NEG, it, x);
            case BITNOT -> f.ir.binary(Op.XOR, it, x, f.ir.iconst(it, -1));
            case NOT -> f.ir.binary(Op.XOR, Type.I32, x, f.ir.iconst(Type.I32, 1));
        };
    }

    // a op b in the promoted type; a / b and a % b first check b != 0 (see divisorCheck)
    Instr binary(Expr.Binary b, Instr l, Instr r) {
        if (JType.isFloating(b.type())) return floats.binary(b.op(), b.type(), l, r);
        Type t = b.type().irType();
        Op op = switch (b.op()) {
            case ADD -> Op.ADD; case SUB -> Op.SUB; case MUL -> Op.MUL; case DIV -> Op.SDIV; case REM -> Op.SREM;
            case AND -> Op.AND; case OR -> Op.OR; case XOR -> Op.XOR; case SHL -> Op.SHL; case SHR -> Op.SAR; case USHR -> Op.SHR;
        };
        if (b.op().isDivision()) divisorCheck(r, b);
        return f.ir.binary(op, t, l, r);
    }

    /**
     * x / d (d not a non-zero constant):
     * <pre>
     *   %z = cmp eq %d, 0; brif %z, bPanic, bOk
     *   bPanic: call @panic(symaddr "/ by zero" literal, symaddr "Hello.java" literal, 7 << 16 | 13); unreachable
     *   bOk: ...sdiv...
     * </pre>
     * The location is the operator's position (javac's preferred position of the division), see {@link PanicLocations}.
     */
    private void divisorCheck(Instr d, Expr.Binary b) {
        if (d.isConst() && d.imm != 0) return;
        Block panic = f.ir.newBlock(), ok = f.ir.newBlock();
        f.branch(f.ir.cmp(Cond.EQ, d, f.ir.iconst(d.type(), 0)), panic, ok);
        f.ssa.seal(panic);
        f.ssa.seal(ok);
        f.startBlock(panic);
        if (f.ml.model.panicHandler == null) throw new IllegalStateException("no @PanicHandler in the program");
        String handler = f.ml.method(f.ml.model.panicHandler);
        Instr message = f.ir.symaddr(Type.REF, f.ml.strings.literal(DIV_BY_ZERO));
        f.ir.call(handler, Type.VOID, PanicLocations.after(List.of(message), f, b.pos()));
        f.ir.unreachable();
        f.startBlock(ok);
    }

    /**
     * Primitive conversions (JLS 5.1.2/5.1.3): int-like => long is sext; long => int is trunc; narrowing
     * to byte/short/char is sx8/sx16/zx16 (after trunc from long). Widening among int-likes is free.
     */
    Instr convert(Instr x, JType from, JType to) {
        if (from.equals(to) || !(to instanceof Prim)) return x;
        if (JType.isFloating(from) || JType.isFloating(to)) return floats.convert(this, x, from, to);
        if (to == Prim.LONG) return f.ir.unary(Op.SEXT, Type.I64, x);
        if (from == Prim.LONG) x = f.ir.unary(Op.TRUNC, Type.I32, x);
        if (to == Prim.INT) return x;
        if (to == Prim.SHORT && from == Prim.BYTE) return x;   // already in range
        return narrow(x, to);
    }

    /** Re-normalises an i32 holding a {@code t}: byte sx8, short sx16, char zx16; others unchanged. */
    Instr narrow(Instr x, JType t) {
        if (t == Prim.BYTE) return f.ir.unary(Op.SX8, Type.I32, x);
        if (t == Prim.SHORT) return f.ir.unary(Op.SX16, Type.I32, x);
        if (t == Prim.CHAR) return f.ir.unary(Op.ZX16, Type.I32, x);
        return x;
    }
}

package ostooc.frontend.lower;

import ostooc.frontend.model.JType;
import ostooc.frontend.model.JType.Prim;
import ostooc.frontend.tree.BinOp;
import ostooc.ir.Cond;
import ostooc.ir.Instr;
import ostooc.ir.Op;
import ostooc.ir.Type;

/**
 * float and double arithmetic and conversions. float is f32 and double f64 throughout: a float operation
 * is an f32 instruction (Java rounds every float operation to float, JLS 15.4), never a double one
 * rounded afterwards. {@code %} never reaches here: attribution made it a call of the shim's fmod
 * ({@code ostoo.shim.FloatMath}), since SSE2 has no remainder instruction.
 */
final class FloatLowerer {
    private final FunctionLowerer f;

    FloatLowerer(FunctionLowerer f) { this.f = f; }

    // 1.5 => fconst f64 0x3ff8000000000000
    Instr constant(JType t, double v) { return f.ir.fconst(t.irType(), FloatConstants.bits(t, v)); }

    // a + b => fadd; -a => fneg (so -0.0 is the negation of 0.0, not 0.0 - 0.0)
    Instr binary(BinOp op, JType t, Instr l, Instr r) {
        Op o = switch (op) {
            case ADD -> Op.FADD; case SUB -> Op.FSUB; case MUL -> Op.FMUL; case DIV -> Op.FDIV;
            default -> throw new IllegalStateException("floating " + op + " (% is lowered to fmod by attribution)");
        };
        return f.ir.binary(o, t.irType(), l, r);
    }

    Instr negate(JType t, Instr x) { return f.ir.unary(Op.FNEG, t.irType(), x); }

    // a < b on doubles => fcmp slt (false when either is NaN; -0.0 == 0.0)
    Instr compare(Cond c, Instr l, Instr r) { return f.ir.fcmp(c, l, r); }

    /**
     * Conversions with a float or double side (JLS 5.1.2, 5.1.3): int-like/long => sitofp (rounds);
     * float => double fpext; double => float fptrunc; to int/long fptosi (saturating, NaN => 0); to
     * byte/short/char via int, then narrowed, as the JVM's d2i;i2b does.
     */
    Instr convert(ArithmeticLowerer arith, Instr x, JType from, JType to) {
        if (JType.isFloating(to)) {
            if (from == Prim.FLOAT) return f.ir.unary(Op.FPEXT, Type.F64, x);
            if (from == Prim.DOUBLE) return f.ir.unary(Op.FPTRUNC, Type.F32, x);
            return f.ir.unary(Op.SITOFP, to.irType(), x);
        }
        if (to == Prim.LONG) return f.ir.unary(Op.FPTOSI, Type.I64, x);
        return arith.narrow(f.ir.unary(Op.FPTOSI, Type.I32, x), to);
    }

    // x++ on a double => fadd x, 1.0
    Instr step(JType t, Instr old, boolean increment) {
        return f.ir.binary(increment ? Op.FADD : Op.FSUB, t.irType(), old, constant(t, 1.0));
    }
}

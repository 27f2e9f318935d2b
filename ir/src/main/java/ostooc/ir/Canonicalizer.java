package ostooc.ir;

/**
 * Local simplifications applied as instructions are built. Each rule returns a simpler existing value or
 * a constant to create, or null for "keep the instruction". No side effects. Constant folding uses exactly
 * the Java semantics documented on {@link Op}, so a folded program prints what the unfolded one would.
 */
public final class Canonicalizer {
    private Canonicalizer() { }

    /** A folding result: either an existing value to reuse or a constant to materialise. */
    public record Result(Instr value, Long constant) {
        static Result of(Instr v) { return new Result(v, null); }
        static Result constant(long c) { return new Result(null, c); }
    }

    public static Result binary(Op op, Type t, Instr a, Instr b) {
        if (a.isConst() && b.isConst()) {
            Long c = Eval.binary(op, t, a.imm, b.imm);
            return c == null ? null : Result.constant(c);
        }
        switch (op) {
            case ADD: if (b.isConst(0)) return Result.of(a); if (a.isConst(0)) return Result.of(b); break;   // x + 0 => x
            case SUB: if (b.isConst(0)) return Result.of(a); break;                                         // x - 0 => x
            case MUL: if (b.isConst(1)) return Result.of(a); if (a.isConst(1)) return Result.of(b); break;   // x * 1 => x
            case OR: case XOR: if (b.isConst(0)) return Result.of(a); if (a.isConst(0)) return Result.of(b); break; // x | 0 => x
            case AND: if (b.isConst(-1)) return Result.of(a); if (a.isConst(-1)) return Result.of(b); break; // x & -1 => x
            case SHL: case SAR: case SHR:
                if (b.isConst() && (b.imm & (t == Type.I64 ? 63 : 31)) == 0) return Result.of(a);           // x << 0 => x
                break;
            case SDIV: if (b.isConst(1)) return Result.of(a); break;                                        // x / 1 => x
            default: break;
        }
        return null;
    }

    public static Result unary(Op op, Type t, Instr a) {
        if (a.isConst()) {
            Long c = Eval.unary(op, t, a.imm);
            return c == null ? null : Result.constant(c);
        }
        if (op == Op.NEG && a.op() == Op.NEG) return Result.of(a.input(0));                                // -(-x) => x
        return null;
    }

    /** {@code cmp c, a, b}: folds two constants with the operands' type (the result is i32 0 or 1). */
    public static Result compare(Cond c, Instr a, Instr b) {
        if (a.isConst() && b.isConst()) return Result.constant(Eval.compare(c, a.type(), a.imm, b.imm));   // cmp k1, k2 => 0/1
        return null;
    }
}

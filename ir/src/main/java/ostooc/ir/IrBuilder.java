package ostooc.ir;

import java.util.List;

/**
 * Appends instructions to a current block of a function, canonicalizing as it goes (so the front end
 * never emits {@code add %x, 0} or arithmetic on two constants). Every front end and test builds IR
 * through this class; the IR parser is the only other producer.
 */
public final class IrBuilder {
    private final Function fn;
    private Block current;

    public IrBuilder(Function fn) { this.fn = fn; }

    public Function function() { return fn; }
    public Block block() { return current; }
    public void setBlock(Block b) { current = b; }
    public Block newBlock() { return fn.newBlock(); }
    /** True when the current block already ends in a terminator (code after it is dead). */
    public boolean isTerminated() { return current == null || current.isTerminated(); }

    private Instr emit(Instr i) {
        fn.number(i);
        current.append(i);
        return i;
    }

    private Instr make(Op op, Type t, Instr... inputs) { return new Instr(op, t, List.of(inputs)); }

    public Instr param(int index, Type t) {
        Instr p = make(Op.PARAM, t);
        p.imm = index;
        return emit(p);
    }

    public Instr iconst(Type t, long v) {
        Instr c = make(Op.ICONST, t);
        c.imm = t == Type.I32 ? (int) v : v;
        return emit(c);
    }

    /** The zero of any value type ({@link Instr#zero}): 0, null or +0.0. */
    public Instr zero(Type t) { return emit(Instr.zero(t)); }

    /** A floating-point constant: {@code bits} is the value's bit pattern (f32: the int bits). */
    public Instr fconst(Type t, long bits) {
        Instr c = make(Op.FCONST, t);
        c.imm = t == Type.F32 ? (int) bits : bits;
        return emit(c);
    }

    /** {@code fcmp c, a, b} with Java's NaN rules (see {@link Op}). */
    public Instr fcmp(Cond c, Instr a, Instr b) {
        Instr i = make(Op.FCMP, Type.I32, a, b);
        i.cond = c;
        return emit(i);
    }

    public Instr symaddr(Type t, String symbol) {
        Instr s = make(Op.SYMADDR, t);
        s.symbol = symbol;
        return emit(s);
    }

    /** A binary integer operation; both operands have type {@code t}, except shift counts (i32). */
    public Instr binary(Op op, Type t, Instr a, Instr b) {
        Canonicalizer.Result r = Canonicalizer.binary(op, t, a, b);
        if (r != null) return r.value() != null ? r.value() : iconst(t, r.constant());
        return emit(make(op, t, a, b));
    }

    /** A unary operation or conversion producing type {@code t}. */
    public Instr unary(Op op, Type t, Instr a) {
        Canonicalizer.Result r = Canonicalizer.unary(op, t, a);
        if (r != null) return r.value() != null ? r.value() : iconst(t, r.constant());
        return emit(make(op, t, a));
    }

    public Instr cmp(Cond c, Instr a, Instr b) {
        if (a.isConst() && b.isConst()) return iconst(Type.I32, Eval.compare(c, a.type(), a.imm, b.imm));
        Instr i = make(Op.CMP, Type.I32, a, b);
        i.cond = c;
        return emit(i);
    }

    public Instr load(MemKind k, Instr address, long offset) {
        Instr i = make(Op.LOAD, k.valueType(), address);
        i.mem = k;
        i.imm = offset;
        return emit(i);
    }

    public Instr store(MemKind k, Instr address, long offset, Instr value) {
        Instr i = make(Op.STORE, Type.VOID, address, value);
        i.mem = k;
        i.imm = offset;
        return emit(i);
    }

    public Instr call(String symbol, Type result, List<Instr> args) {
        Instr i = new Instr(Op.CALL, result, args);
        i.symbol = symbol;
        return emit(i);
    }

    /** {@code calli %callee(args)}: an indirect call through the i64 function address {@code callee}. */
    public Instr calli(Instr callee, Type result, List<Instr> args) {
        List<Instr> ops = new java.util.ArrayList<>();
        ops.add(callee);
        ops.addAll(args);
        return emit(new Instr(Op.CALLI, result, ops));
    }

    /** {@code syscall nr, a1..an}: up to six arguments, all i64; result i64. */
    public Instr syscall(List<Instr> nrAndArgs) {
        return emit(new Instr(Op.SYSCALL, Type.I64, nrAndArgs));
    }

    public Instr asm(String text) {
        Instr i = make(Op.ASM, Type.VOID);
        i.text = text;
        return emit(i);
    }

    /** An empty phi at the top of the current block; add inputs with {@link Instr#addIncoming}. */
    public Instr phi(Type t) {
        Instr p = make(Op.PHI, t);
        fn.number(p);
        int at = 0;
        while (at < current.instrs().size() && current.instrs().get(at).op() == Op.PHI) at++;
        current.insert(at, p);
        return p;
    }

    public void br(Block target) {
        Instr i = make(Op.BR, Type.VOID);
        i.targets.add(target);
        emit(i);
    }

    public void brif(Instr cond, Block then, Block otherwise) {
        if (cond.isConst()) { br(cond.imm != 0 ? then : otherwise); return; }   // brif 1, a, b => br a
        Instr i = make(Op.BRIF, Type.VOID, cond);
        i.targets.add(then);
        i.targets.add(otherwise);
        emit(i);
    }

    public void ret(Instr value) {
        emit(value == null ? make(Op.RET, Type.VOID) : make(Op.RET, Type.VOID, value));
    }

    public void unreachable() { emit(make(Op.UNREACHABLE, Type.VOID)); }
}

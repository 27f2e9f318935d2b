package ostooc.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * One SSA instruction, which is also the value it defines (if its type is not {@link Type#VOID}).
 * Which attribute fields are meaningful is given by {@link Op#attr()}:
 * IMM → {@link #imm}; SYMBOL → {@link #symbol}; COND → {@link #cond}; MEM → {@link #mem} and {@link #imm}
 * (the byte offset); TEXT → {@link #text}; TARGETS → {@link #targets}; PHI → {@link #phiBlocks}, one
 * incoming block per input, in the same order.
 */
public final class Instr {
    private final Op op;
    private final Type type;
    private final List<Instr> inputs;
    private int id;
    private Block block;

    public long imm;
    public String symbol;
    public Cond cond;
    public MemKind mem;
    public String text;
    /**
     * LOAD only: the memory read never changes once the address is a value (an array's length), so two
     * such loads of one address and offset, one dominating the other, read the same value.
     */
    public boolean invariant;
    public final List<Block> targets = new ArrayList<>(2);
    public final List<Block> phiBlocks = new ArrayList<>();

    public Instr(Op op, Type type, List<Instr> inputs) {
        this.op = op;
        this.type = type;
        this.inputs = new ArrayList<>(inputs);
    }

    /**
     * The zero of a value type, not yet numbered or placed: {@code iconst 0} for i32, i64 and ref (null),
     * {@code fconst 0} (+0.0) for f32 and f64. The one place that knows which opcode holds a constant of
     * which type, for code that needs "some value of type t" (an undefined SSA value, an error fallback).
     */
    public static Instr zero(Type t) {
        return switch (t) {
            case I32, I64, REF -> new Instr(Op.ICONST, t, List.of());
            case F32, F64 -> new Instr(Op.FCONST, t, List.of());
            case VOID -> throw new IllegalArgumentException("void has no values");
        };
    }

    public Op op() { return op; }
    public Type type() { return type; }
    public List<Instr> inputs() { return inputs; }
    public Instr input(int i) { return inputs.get(i); }
    public int id() { return id; }
    public Block block() { return block; }

    void setId(int id) { this.id = id; }
    void setBlock(Block b) { this.block = b; }

    public boolean isConst() { return op == Op.ICONST; }
    public boolean isConst(long v) { return op == Op.ICONST && imm == v; }
    public boolean isTerminator() { return op.isTerminator(); }

    /** Replace input {@code i}; used by passes that rewrite uses. */
    public void setInput(int i, Instr v) { inputs.set(i, v); }

    /** For a phi: add an incoming value from {@code pred}. */
    public void addIncoming(Block pred, Instr value) {
        inputs.add(value);
        phiBlocks.add(pred);
    }

    @Override public String toString() { return "%" + id; }
}

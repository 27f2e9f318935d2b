package ostooc.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * A function: typed parameters (materialised as {@link Op#PARAM} instructions at the top of the entry
 * block), a return type ({@link Type#VOID} for none) and blocks, the first of which is the entry.
 * Value and block ids are dense and owned by the function, so output never depends on hashing.
 */
public final class Function {
    private final String name;
    private final List<Type> paramTypes;
    private final Type returnType;
    private final List<Block> blocks = new ArrayList<>();
    private int nextValueId;
    private int nextBlockId;

    /** Visible to the linker as a global symbol (otherwise local to the program). */
    public boolean exported;
    /** Has no prologue or epilogue: its body is {@link Op#ASM} instructions only (e.g. {@code _start}). */
    public boolean naked;
    /** Never returns (panic, exit). */
    public boolean noreturn;

    public Function(String name, List<Type> paramTypes, Type returnType) {
        this.name = name;
        this.paramTypes = List.copyOf(paramTypes);
        this.returnType = returnType;
    }

    public String name() { return name; }
    public List<Type> paramTypes() { return paramTypes; }
    public Type returnType() { return returnType; }
    public List<Block> blocks() { return blocks; }
    public Block entry() { return blocks.get(0); }

    public Block newBlock() {
        Block b = new Block(nextBlockId++);
        blocks.add(b);
        return b;
    }

    /** Creates a block with a given id (the IR parser keeps the ids it reads). */
    public Block newBlock(int id) {
        Block b = new Block(id);
        nextBlockId = Math.max(nextBlockId, id + 1);
        blocks.add(b);
        return b;
    }

    /** Gives {@code i} the next value id. */
    public Instr number(Instr i) {
        i.setId(nextValueId++);
        return i;
    }

    /** Gives {@code i} a chosen id (the IR parser keeps the ids it reads). */
    public Instr number(Instr i, int id) {
        i.setId(id);
        nextValueId = Math.max(nextValueId, id + 1);
        return i;
    }

    public int valueCount() { return nextValueId; }
    public int blockIdLimit() { return nextBlockId; }

    /** The parameter instructions, in order. */
    public List<Instr> params() {
        List<Instr> ps = new ArrayList<>();
        if (blocks.isEmpty()) return ps;
        for (Instr i : entry().instrs()) if (i.op() == Op.PARAM) ps.add(i);
        return ps;
    }

    @Override public String toString() { return "@" + name; }
}

package ostooc.backend.x86.isel;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import ostooc.backend.x86.asm.Width;
import ostooc.backend.x86.lir.LBlock;
import ostooc.backend.x86.lir.LFunction;
import ostooc.backend.x86.lir.LInstr;
import ostooc.backend.x86.lir.Loc;
import ostooc.backend.x86.lir.Move;
import ostooc.ir.Block;
import ostooc.ir.Function;
import ostooc.ir.Instr;
import ostooc.ir.MemKind;
import ostooc.ir.Op;
import ostooc.ir.Type;

/**
 * Per-function state of instruction selection: the LIR being built, the block being filled, and how IR
 * values become locations. IR value {@code %n} is virtual register n; fresh registers are numbered after
 * the IR's values. Constants ({@code iconst}) and symbol addresses ({@code symaddr}) are never computed
 * where they are defined: each use either folds them (immediates, RIP-relative operands) or
 * rematerializes them right there ({@link #use}), so they never occupy a register across code.
 */
final class Selection {
    final Function ir;
    final LFunction lir;
    private final LBlock[] blocks;
    private final int[] useCount;
    private final int[] branchUseCount;                 // uses as a brif condition
    private final BitSet lowered = new BitSet();        // values already computed by another instruction's lowering
    private final BitSet folded = new BitSet();         // values computed only inside other instructions' addresses
    private final Map<Instr, AddressModes.Address> addresses = new IdentityHashMap<>();   // loads, stores, adds done as lea (stores have no id)
    private DominatingFacts facts;
    private DivisionPairs divisionPairs;
    private final Map<Instr, Instr> storedValues;   // narrow stores: the value without its conversion
    private final ByteMasks byteMasks;              // signed byte/short loads that are masked back anyway
    LBlock current;

    Selection(Function ir) {
        this.ir = ir;
        this.lir = new LFunction(ir.name(), ir.valueCount());
        this.blocks = new LBlock[ir.blockIdLimit()];
        this.useCount = new int[ir.valueCount()];
        this.branchUseCount = new int[ir.valueCount()];
        for (Block b : ir.blocks()) {
            for (Instr i : b.instrs()) {
                for (Instr in : i.inputs()) useCount[in.id()]++;
                if (i.type().isFloat()) lir.markFloat(loc(i));       // the xmm register class
            }
            Instr t = b.terminator();
            if (t != null && t.op() == Op.BRIF) branchUseCount[t.input(0).id()]++;
        }
        AddressModes.plan(this);
        CompareFolding.plan(this);
        storedValues = NarrowStores.plan(this);
        byteMasks = ByteMasks.plan(this);
    }

    LBlock block(Block b) { return blocks[b.id()]; }
    void setBlock(Block b, LBlock lb) { blocks[b.id()] = lb; }
    int uses(Instr v) { return useCount[v.id()]; }
    /** True when every use of {@code v} is as the condition of a brif. */
    boolean onlyBranchedOn(Instr v) { return useCount[v.id()] > 0 && useCount[v.id()] == branchUseCount[v.id()]; }

    boolean isLowered(Instr v) { return lowered.get(v.id()); }
    void markLowered(Instr v) { lowered.set(v.id()); }

    boolean isFolded(Instr v) { return v.type() != Type.VOID && folded.get(v.id()); }   // void instructions have no id of their own
    void markFolded(Instr v) { folded.set(v.id()); }
    /** The addressing mode of a load or store, or the lea of an add/sub (null: a plain add/sub). */
    AddressModes.Address address(Instr i) { return addresses.get(i); }
    void setAddress(Instr i, AddressModes.Address a) { addresses.put(i, a); }

    /** The value store {@code i} writes: its operand, or the operand's input when a conversion is not needed ({@link NarrowStores}). */
    Instr storedValue(Instr i) { return storedValues.getOrDefault(i, i.input(1)); }

    /** The memory kind load {@code i} is emitted with: unsigned when every use masks it ({@link ByteMasks}). */
    MemKind loadKind(Instr i) {
        if (!byteMasks.isUnsigned(i)) return i.mem;
        return i.mem == MemKind.S8 ? MemKind.U8 : MemKind.U16;
    }
    /** True when {@code i} masks a load already emitted zero-extended: a copy. */
    boolean isMaskCopy(Instr i) { return byteMasks.isCopy(i); }

    /** Facts from dominating branches (computed on first use). */
    DominatingFacts facts() {
        if (facts == null) facts = new DominatingFacts(ir);
        return facts;
    }

    /** The function's divisions indexed for {@link Divisions} (computed on first use). */
    DivisionPairs divisionPairs() {
        if (divisionPairs == null) divisionPairs = new DivisionPairs(ir);
        return divisionPairs;
    }

    void emit(LInstr i) { current.instrs.add(i); }

    /** The location that holds IR value {@code v}'s result. */
    int loc(Instr v) { return Loc.vreg(v.id()); }

    /** A location holding {@code v} at this point, rematerializing constants and symbol addresses. */
    int use(Instr v) {
        if (v.op() == Op.ICONST) {
            int t = lir.newVreg();
            emit(LInstr.parallelMove(List.of(Move.constant(t, v.imm))));
            return t;
        }
        if (v.op() == Op.FCONST) return FloatLowering.constant(v, this);
        if (v.op() == Op.SYMADDR) {
            int t = lir.newVreg();
            emit(X86Ops.lea(t, v.symbol));
            return t;
        }
        return loc(v);
    }

    /** The move {@code d <- v} as part of a parallel move (a symbol address goes through a register: see {@link #assign}). */
    Move moveFrom(int d, Instr v) {
        if (v.op() == Op.ICONST) return Move.constant(d, v.imm);
        return Move.of(d, use(v));
    }

    /** {@code dst <- src}: one move of a parallel {@link #assign}. */
    record Assign(int dst, Instr src) { }

    /**
     * The assignments as one parallel move, except symbol addresses: those are {@code lea}'d straight into
     * their destinations after it ({@code lea rsi, [rip+str]} before a call rather than through another
     * register). That keeps the parallel semantics: the move has read all its sources before any lea writes.
     */
    void assign(List<Assign> as) {
        List<Move> moves = new ArrayList<>();
        for (Assign a : as) if (a.src().op() != Op.SYMADDR) moves.add(moveFrom(a.dst(), a.src()));
        parallelMove(moves);
        for (Assign a : as) if (a.src().op() == Op.SYMADDR) emit(X86Ops.lea(a.dst(), a.src().symbol));
    }

    void move(int d, Instr v) { assign(List.of(new Assign(d, v))); }

    void parallelMove(List<Move> moves) { if (!moves.isEmpty()) emit(LInstr.parallelMove(new ArrayList<>(moves))); }

    static Width width(Type t) { return t == Type.I32 ? Width.B32 : Width.B64; }

    /** True when {@code v} is a constant usable as a sign-extended 32-bit immediate at its type. */
    static boolean isImm(Instr v) { return v.isConst() && (v.type() == Type.I32 || v.imm == (int) v.imm); }
}

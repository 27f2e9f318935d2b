package ostooc.backend.x86.isel;

import java.util.ArrayList;
import java.util.List;
import ostooc.backend.x86.asm.AluOp;
import ostooc.backend.x86.asm.Cond;
import ostooc.backend.x86.asm.Mem;
import ostooc.backend.x86.asm.Reg;
import ostooc.backend.x86.asm.ShiftOp;
import ostooc.backend.x86.asm.Width;
import ostooc.backend.x86.lir.LInstr;
import ostooc.backend.x86.lir.Loc;
import ostooc.backend.x86.lir.Move;
import ostooc.backend.x86.regalloc.Regs;
import ostooc.ir.Instr;
import ostooc.ir.Op;
import ostooc.ir.Type;

/**
 * Lowers one non-terminator, non-phi IR instruction to LIR. Each case's comment shows the shape it
 * emits. Requires a {@link Selection} positioned at the instruction's block. Guarantees: i32 results
 * are correct in the low 32 bits (the upper half is undefined); i64/ref results in all 64; signed
 * division never traps.
 */
final class Lowering {
    private Lowering() { }

    static void lower(Instr i, Selection s) {
        if (s.isFolded(i)) return;                               // part of another instruction's address
        if ((i.op() == Op.ADD || i.op() == Op.SUB) && s.address(i) != null) { addressArithmetic(i, s.address(i), s); return; }
        int d = s.loc(i);
        Width w = Selection.width(i.type());
        if (s.isMaskCopy(i)) { s.move(d, i.input(0)); return; }   // the load is already zero-extended (ByteMasks)
        switch (i.op()) {
            case ICONST, SYMADDR, PHI -> { }                     // rematerialized at uses / moved on edges
            case PARAM -> { }                                     // moved in at function entry
            case ADD -> binary(AluOp.ADD, i, s);
            case SUB -> binary(AluOp.SUB, i, s);
            case AND -> binary(AluOp.AND, i, s);
            case OR -> binary(AluOp.OR, i, s);
            case XOR -> binary(AluOp.XOR, i, s);
            case MUL -> multiply(i, s);
            case SDIV, SREM -> Divisions.lower(i, s);
            case SHL -> shift(ShiftOp.SHL, i, s);
            case SAR -> shift(ShiftOp.SAR, i, s);
            case SHR -> shift(ShiftOp.SHR, i, s);
            case NEG -> { s.move(d, i.input(0)); s.emit(X86Ops.neg(w, d)); }   // d = a; neg d
            case CMP -> { if (!fusedIntoBranch(i, s)) compare(i, s); }
            case SEXT -> s.emit(X86Ops.extend(true, Width.B64, Width.B32, d, s.use(i.input(0))));   // movsxd d, a
            case ZEXT -> s.emit(X86Ops.extend(false, Width.B64, Width.B32, d, s.use(i.input(0))));  // mov d32, a32
            case SX8 -> s.emit(X86Ops.extend(true, Width.B32, Width.B8, d, s.use(i.input(0))));
            case ZX8 -> s.emit(X86Ops.extend(false, Width.B32, Width.B8, d, s.use(i.input(0))));
            case SX16 -> s.emit(X86Ops.extend(true, Width.B32, Width.B16, d, s.use(i.input(0))));
            case ZX16 -> s.emit(X86Ops.extend(false, Width.B32, Width.B16, d, s.use(i.input(0))));
            case TRUNC, REF2I, I2REF -> s.move(d, i.input(0));  // the low 32 bits are already the value
            case FCONST, FADD, FSUB, FMUL, FDIV, FREM, FNEG, FSQRT, FCMP, SITOFP, FPTOSI, FPEXT, FPTRUNC, BITCAST -> FloatLowering.lower(i, s);
            case LOAD -> { if (i.type().isFloat()) FloatLowering.load(i, s); else load(i, s); }
            case STORE -> { if (i.input(1).type().isFloat()) FloatLowering.store(i, s); else store(i, s); }
            case CALL -> call(i, s);
            case CALLI -> call(i, s);
            case SYSCALL -> syscall(i, s);
            case ASM -> throw new IllegalArgumentException("asm outside a naked function: " + s.ir.name());
            default -> throw new IllegalArgumentException("not a plain instruction: " + i.op());
        }
    }

    /**
     * A cmp used only as brif conditions is never materialized (no setcc/movzx): each of those branches
     * emits its own cmp+jcc (the cmp's operands dominate the cmp, hence every branch on it).
     */
    static boolean fusedIntoBranch(Instr cmp, Selection s) {
        return s.onlyBranchedOn(cmp);
    }

    // d = a; op d, b|imm   (constant first operand of a commutative op is swapped to second)
    private static void binary(AluOp op, Instr i, Selection s) {
        Instr a = i.input(0), b = i.input(1);
        if (i.op().isCommutative() && Selection.isImm(a) && !Selection.isImm(b)) { Instr t = a; a = b; b = t; }
        int d = s.loc(i);
        Width w = Selection.width(i.type());
        if (Selection.isImm(b)) { s.move(d, a); s.emit(X86Ops.aluImm(op, w, d, (int) b.imm)); return; }
        int bl = s.use(b);
        s.move(d, a);
        s.emit(X86Ops.alu(op, w, d, bl));
    }

    // imul d, a, imm  |  d = a; imul d, b
    private static void multiply(Instr i, Selection s) {
        Instr a = i.input(0), b = i.input(1);
        if (Selection.isImm(a) && !Selection.isImm(b)) { Instr t = a; a = b; b = t; }
        int d = s.loc(i);
        Width w = Selection.width(i.type());
        if (Selection.isImm(b)) { s.emit(X86Ops.imulImm(w, d, s.use(a), (int) b.imm)); return; }
        int bl = s.use(b);
        s.move(d, a);
        s.emit(X86Ops.imul(w, d, bl));
    }

    // d = a; shl d, imm  |  {d = a, rcx = count}; shl d, cl   (hardware masks the count like Java)
    private static void shift(ShiftOp op, Instr i, Selection s) {
        Instr a = i.input(0), count = i.input(1);
        int d = s.loc(i);
        Width w = Selection.width(i.type());
        if (count.isConst()) {
            s.move(d, a);
            s.emit(X86Ops.shiftImm(op, w, d, (int) (count.imm & (w == Width.B64 ? 63 : 31))));
            return;
        }
        s.assign(List.of(new Selection.Assign(d, a), new Selection.Assign(Loc.phys(Reg.RCX), count)));
        s.emit(X86Ops.shiftCl(op, w, d));
    }

    // cmp a, b|imm|[mem]; setcc d8; movzx d, d8   (cmp [mem], b|imm with a folded load on the left)
    private static void compare(Instr i, Selection s) {
        Instr a = i.input(0);
        ostooc.ir.Cond c = i.cond;
        int mask = Divisions.lowBitsMask(i, s);
        if (mask != 0) {                          // x % 2^k ==/!= 0 (see Divisions.lowBitsMask)
            s.emit(X86Ops.setcc(cond(c), Selection.width(a.type()), s.loc(i), lowBits(i, mask, s), null, 0));
            return;
        }
        s.emit(X86Ops.setcc(cond(cmpCond(i)), Selection.width(a.type()), s.loc(i), cmpArgs(i, s)));
    }

    /** True when {@code cmp}'s operands are swapped to put a constant on the right ({@link #cmpArgs}). */
    private static boolean swapped(Instr cmp) { return Selection.isImm(cmp.input(0)) && !Selection.isImm(cmp.input(1)); }

    /** The condition of integer {@code cmp} as {@link #cmpArgs} orders its operands. */
    static ostooc.ir.Cond cmpCond(Instr cmp) { return swapped(cmp) ? cmp.cond.swap() : cmp.cond; }

    /**
     * The operands of integer {@code cmp}: a constant goes right (as an immediate when it fits), a load
     * {@link CompareFolding} folded becomes a memory operand on its side.
     */
    static CmpArgs cmpArgs(Instr cmp, Selection s) {
        Instr a = cmp.input(0), b = cmp.input(1);
        if (swapped(cmp)) { Instr t = a; a = b; b = t; }
        boolean memA = a.op() == Op.LOAD && s.isFolded(a), memB = b.op() == Op.LOAD && s.isFolded(b);
        Integer al = memA ? null : s.use(a);
        MemRef am = memA ? memRef(a, s) : null;
        if (Selection.isImm(b)) return new CmpArgs(al, am, null, null, (int) b.imm);
        if (memB) return new CmpArgs(al, null, null, memRef(b, s), 0);
        return new CmpArgs(al, am, s.use(b), null, 0);
    }

    /** A new location holding {@code x & mask}, x being the dividend of the srem that {@code cmp} compares with 0. */
    static int lowBits(Instr cmp, int mask, Selection s) {
        Instr rem = cmp.input(1).isConst(0) ? cmp.input(0) : cmp.input(1);
        int t = s.lir.newVreg();
        s.move(t, rem.input(0));
        s.emit(X86Ops.aluImm(AluOp.AND, Selection.width(rem.type()), t, mask));
        return t;
    }

    static Cond cond(ostooc.ir.Cond c) {
        return switch (c) {
            case EQ -> Cond.E; case NE -> Cond.NE; case LT -> Cond.L; case LE -> Cond.LE; case GT -> Cond.G; case GE -> Cond.GE;
            case ULT -> Cond.B; case ULE -> Cond.BE; case UGT -> Cond.A; case UGE -> Cond.AE;
        };
    }

    /** The memory operand of load or store {@code i}, as {@link AddressModes#plan} chose it. */
    static MemRef memRef(Instr i, Selection s) { return memRef(s.address(i), s); }

    private static MemRef memRef(AddressModes.Address a, Selection s) {
        if (a.symbol() != null) return MemRef.rip(a.symbol(), a.disp());
        Integer base = a.base() == null ? null : s.use(a.base());
        Integer index = a.index() == null ? null : s.use(a.index());
        return new MemRef(base, index, a.scale(), a.disp(), null);
    }

    // mov d, [base + index*scale + disp] / movsx / movzx by MemKind
    private static void load(Instr i, Selection s) {
        MemRef m = memRef(i, s);
        int d = s.loc(i);
        switch (s.loadKind(i)) {
            case S8 -> s.emit(X86Ops.load(Width.B32, true, Width.B8, d, m));
            case U8 -> s.emit(X86Ops.load(Width.B32, false, Width.B8, d, m));
            case S16 -> s.emit(X86Ops.load(Width.B32, true, Width.B16, d, m));
            case U16 -> s.emit(X86Ops.load(Width.B32, false, Width.B16, d, m));
            case I32 -> s.emit(X86Ops.load(Width.B32, null, Width.B32, d, m));
            case I64, REF -> s.emit(X86Ops.load(Width.B64, null, Width.B64, d, m));
            case F32, F64 -> throw new IllegalArgumentException("float load: FloatLowering");
        }
    }

    // mov [base + index*scale + disp], value|imm at the kind's width   (lea t, [base + index*scale]; mov [t + disp], value)
    private static void store(Instr i, Selection s) {
        Instr v = s.storedValue(i);
        Width w = switch (i.mem) { case S8, U8 -> Width.B8; case S16, U16 -> Width.B16; case I32, F32 -> Width.B32; case I64, REF, F64 -> Width.B64; };
        MemRef m = memRef(i, s);
        if (m.index() != null && m.base() != null && !Selection.isImm(v)) {   // three registers read: more than spill code can reload
            int t = s.lir.newVreg();
            s.emit(X86Ops.addressOf(Width.B64, t, new MemRef(m.base(), m.index(), m.scale(), 0, null)));
            m = new MemRef(t, null, 1, m.disp(), null);
        }
        if (Selection.isImm(v)) {
            int imm = switch (w) { case B8 -> (byte) v.imm; case B16 -> (short) v.imm; default -> (int) v.imm; };
            s.emit(X86Ops.store(w, m, null, imm));
        } else {
            s.emit(X86Ops.store(w, m, s.use(v), 0));
        }
    }

    // lea d, [x + y*k + c]  (or add d, y|c when d shares x's register: X86Ops.addressOf)
    private static void addressArithmetic(Instr i, AddressModes.Address a, Selection s) {
        s.emit(X86Ops.addressOf(Selection.width(i.type()), s.loc(i), memRef(a, s)));
    }

    // [rsp+8j] = stack args; {rdi, rsi, rdx, rcx, r8, r9} = integer args, {xmm0..xmm7} = float args
    // (ArgLocations); call f; d = rax (xmm0 for floats)
    // calli: the same, with the callee (input 0) in a register that is not an argument register: call reg
    private static void call(Instr i, Selection s) {
        boolean indirect = i.op() == Op.CALLI;
        List<Instr> args = indirect ? i.inputs().subList(1, i.inputs().size()) : i.inputs();
        ArgLocations al = ArgLocations.of(args.stream().map(Instr::type).toList());
        s.lir.hasCalls = true;
        s.lir.outArgBytes = Math.max(s.lir.outArgBytes, 8 * al.stackCount());
        List<Selection.Assign> moves = new ArrayList<>();
        for (int k = 0; k < args.size(); k++) {
            Instr v = args.get(k);
            Reg r = al.regs().get(k);
            int slot = al.stackIndex().get(k);
            if (r != null) moves.add(new Selection.Assign(Loc.phys(r), v));
            else if (v.type().isFloat()) s.emit(FloatOps.storeOutgoingArg(slot, s.use(v)));
            else if (Selection.isImm(v)) s.emit(X86Ops.storeOutgoingArg(slot, null, (int) v.imm));
            else s.emit(X86Ops.storeOutgoingArg(slot, s.use(v), 0));
        }
        s.assign(moves);
        if (indirect) s.emit(X86Ops.callIndirect(s.use(i.input(0)), al.usedRegs()));
        else s.emit(X86Ops.call(i.symbol, al.usedRegs()));
        if (i.type() != Type.VOID) s.parallelMove(List.of(Move.of(s.loc(i), Loc.phys(i.type().isFloat() ? Reg.XMM0 : Reg.RAX))));
    }

    // {rax, rdi, rsi, rdx, r8, r9} = nr, a1, a2, a3, a5, a6; mov r10, a4; syscall; d = rax
    private static final Reg[] SYSCALL_REGS = {Reg.RAX, Reg.RDI, Reg.RSI, Reg.RDX, null, Reg.R8, Reg.R9};

    private static void syscall(Instr i, Selection s) {
        List<Instr> args = i.inputs();
        if (args.isEmpty() || args.size() > 7) throw new IllegalArgumentException("syscall needs a number and at most 6 arguments");
        Integer arg4 = args.size() > 4 ? s.use(args.get(4)) : null;
        List<Selection.Assign> moves = new ArrayList<>();
        List<Reg> fixed = new ArrayList<>();
        for (int k = 0; k < args.size(); k++) {
            if (k == 4) continue;
            moves.add(new Selection.Assign(Loc.phys(SYSCALL_REGS[k]), args.get(k)));
            fixed.add(SYSCALL_REGS[k]);
        }
        s.assign(moves);
        s.emit(X86Ops.syscall(fixed, arg4));
        s.parallelMove(List.of(Move.of(s.loc(i), Loc.phys(Reg.RAX))));
    }
}

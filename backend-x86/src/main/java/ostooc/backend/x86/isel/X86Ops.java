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
import ostooc.backend.x86.asm.ShiftOp;
import ostooc.backend.x86.asm.Width;
import ostooc.backend.x86.lir.EmitContext;
import ostooc.backend.x86.lir.LBlock;
import ostooc.backend.x86.lir.LInstr;
import ostooc.backend.x86.lir.Loc;
import ostooc.backend.x86.lir.Operand;
import ostooc.backend.x86.regalloc.Regs;

/**
 * The x86-64 LIR instructions: each factory states its operands' roles (what the register allocator
 * sees) and its emitter (what the encoder gets). Operand index k in an emitter is operand k of the list.
 * Two-address forms list their destination as USE and DEF; fixed registers appear as physical locations.
 * No instruction here names R10 or R11 as an operand (they are the allocator's scratch registers).
 */
final class X86Ops {
    private X86Ops() { }

    private static int p(Reg r) { return Loc.phys(r); }

    /** {@code op d, s} (two-address). */
    static LInstr alu(AluOp op, Width w, int d, int s) {
        return LInstr.of(op + " " + Loc.toString(d) + ", " + Loc.toString(s), List.of(use(d), use(s), def(d)),
                c -> c.asm().alu(op, w, c.reg(0), c.reg(1)));
    }

    /** {@code op d, imm} (two-address). */
    static LInstr aluImm(AluOp op, Width w, int d, int imm) {
        return LInstr.of(op + " " + Loc.toString(d) + ", " + imm, List.of(use(d), def(d)), c -> c.asm().alu(op, w, c.reg(0), imm));
    }

    static LInstr imul(Width w, int d, int s) {
        return LInstr.of("imul " + Loc.toString(d) + ", " + Loc.toString(s), List.of(use(d), use(s), def(d)),
                c -> c.asm().imul(w, c.reg(0), c.reg(1)));
    }

    /** {@code d = s * imm} (three-operand imul). */
    static LInstr imulImm(Width w, int d, int s, int imm) {
        LInstr i = LInstr.of("imul " + Loc.toString(d) + ", " + Loc.toString(s) + ", " + imm, List.of(use(s), def(d)),
                c -> c.asm().imul(w, c.reg(1), c.reg(0), imm));
        i.hintLoc = s;
        return i;
    }

    static LInstr neg(Width w, int d) {
        return LInstr.of("neg " + Loc.toString(d), List.of(use(d), def(d)), c -> c.asm().neg(w, c.reg(0)));
    }

    static LInstr shiftImm(ShiftOp op, Width w, int d, int count) {
        return LInstr.of(op + " " + Loc.toString(d) + ", " + count, List.of(use(d), def(d)), c -> c.asm().shift(op, w, c.reg(0), count));
    }

    /** Shift by cl: the count must already be in rcx. */
    static LInstr shiftCl(ShiftOp op, Width w, int d) {
        return LInstr.of(op + " " + Loc.toString(d) + ", cl", List.of(use(d), use(p(Reg.RCX)), def(d)),
                c -> c.asm().shift(op, w, c.reg(0)));
    }

    /** {@code d = extend(s)}: movsx/movzx from {@code from} to {@code to}. */
    static LInstr extend(boolean signed, Width to, Width from, int d, int s) {
        LInstr i = LInstr.of((signed ? "movsx " : "movzx ") + Loc.toString(d) + ", " + Loc.toString(s) + ":" + from,
                List.of(use(s), def(d)), c -> {
                    if (signed) c.asm().movsx(to, c.reg(1), from, c.reg(0));
                    else c.asm().movzx(to, c.reg(1), from, c.reg(0));
                });
        i.hintLoc = s;
        return i;
    }

    /** {@code d = (a cc b) ? 1 : 0} as i32; {@code b} is a location, or null with {@code imm}. */
    static LInstr setcc(Cond cc, Width w, int d, int a, Integer b, int imm) {
        return setcc(cc, w, d, CmpArgs.regs(a, b, imm));
    }

    /** {@code d = (left cc right) ? 1 : 0} as i32. */
    static LInstr setcc(Cond cc, Width w, int d, CmpArgs args) {
        List<Operand> ops = new ArrayList<>(args.uses());
        ops.add(def(d));
        int dIdx = ops.size() - 1;
        return LInstr.of("set" + cc + " " + Loc.toString(d) + " = cmp " + args, ops, c -> {
            args.emit(c, w);
            c.asm().setcc(cc, c.reg(dIdx));
            c.asm().movzx(Width.B32, c.reg(dIdx), Width.B8, c.reg(dIdx));
        });
    }

    /** Terminator: {@code if (a cc b) goto t else goto e}. */
    static LInstr cmpBranch(Cond cc, Width w, int a, Integer b, int imm, LBlock t, LBlock e) {
        return cmpBranch(cc, w, CmpArgs.regs(a, b, imm), t, e);
    }

    /** Terminator: {@code if (left cc right) goto t else goto e}. */
    static LInstr cmpBranch(Cond cc, Width w, CmpArgs args, LBlock t, LBlock e) {
        return LInstr.of("cmp " + args + "; j" + cc + " " + t + " else " + e, args.uses(), c -> {
            args.emit(c, w);
            if (c.label(t) == c.label(e)) { if (!c.isNext(e)) c.asm().jmp(c.label(e)); }  // both edges threaded to one block
            else if (c.isNext(t)) c.asm().jcc(cc.negate(), c.label(e));
            else {
                c.asm().jcc(cc, c.label(t));
                if (!c.isNext(e)) c.asm().jmp(c.label(e));
            }
        });
    }

    static LInstr jump(LBlock t) {
        return LInstr.of("jmp " + t, List.of(), c -> { if (!c.isNext(t)) c.asm().jmp(c.label(t)); });
    }

    /** Which divisors a {@link #divide} must handle before its idiv. */
    enum DivGuard {
        /** The divisor is a constant other than 0 and -1: no test at all. */
        NONE,
        /** The divisor is known non-zero (a dominating zero check): only -1 is tested. */
        MINUS_ONE,
        /** Anything: -1 and 0 are tested. */
        MINUS_ONE_AND_ZERO
    }

    /**
     * Total signed division of rax by {@code divisor}: quotient in rax, remainder in rdx. A divisor of -1
     * (when guarded) gives quotient -rax and remainder 0 (so MIN / -1 = MIN, no #DE); 0 (when guarded)
     * gives 0 for both; otherwise cdq/cqo + idiv. Every idiv emitted here is preceded by {@code cmp
     * divisor, -1} unless the guard is NONE (see compiler-tests' DivisionGuards). Rdx is a TEMP: it is
     * written (cdq) before the divisor is read.
     * <pre>
     *   cmp d, -1; je m1; [test d, d; je zero;] cdq; idiv d; jmp done
     *   m1: neg eax; xor edx, edx; [jmp done; zero: xor eax, eax; xor edx, edx;] done:
     * </pre>
     */
    static LInstr divide(Width w, int divisor, DivGuard guard, boolean wantRemainder) {
        int rax = p(Reg.RAX), rdx = p(Reg.RDX);
        List<Operand> ops = new ArrayList<>(List.of(use(rax), use(divisor), temp(rdx), def(rax)));
        if (wantRemainder) ops.add(def(rdx));
        String name = switch (guard) { case NONE -> ""; case MINUS_ONE -> "guarded(-1) "; case MINUS_ONE_AND_ZERO -> "guarded "; };
        return LInstr.of(name + "idiv rax, " + Loc.toString(divisor), ops, c -> {
            Assembler a = c.asm();
            Reg d = c.reg(1);
            Label minusOne = a.newLabel(), zero = a.newLabel(), done = a.newLabel();
            if (guard != DivGuard.NONE) {
                a.alu(AluOp.CMP, w, d, -1);
                a.jcc(Cond.E, minusOne);
            }
            if (guard == DivGuard.MINUS_ONE_AND_ZERO) {
                a.test(w, d, d);
                a.jcc(Cond.E, zero);
            }
            if (w == Width.B64) a.cqo(); else a.cdq();
            a.idiv(w, d);
            if (guard == DivGuard.NONE) return;
            a.jmp(done);
            a.bind(minusOne);
            a.neg(w, Reg.RAX);                           // x / -1 = -x (wraps for MIN)
            a.alu(AluOp.XOR, Width.B32, Reg.RDX, Reg.RDX); // x % -1 = 0
            if (guard == DivGuard.MINUS_ONE_AND_ZERO) {
                a.jmp(done);
                a.bind(zero);
                a.alu(AluOp.XOR, Width.B32, Reg.RAX, Reg.RAX); // x / 0 = x % 0 = 0 (Op.java: total)
                a.alu(AluOp.XOR, Width.B32, Reg.RDX, Reg.RDX);
            }
            a.bind(done);
        });
    }

    /** {@code rdx:rax = rax * factor} (one-operand imul): the high half of the signed 2w-bit product lands in rdx. */
    static LInstr mulHigh(Width w, int factor) {
        int rax = p(Reg.RAX), rdx = p(Reg.RDX);
        return LInstr.of("imul rdx:rax = rax * " + Loc.toString(factor), List.of(use(rax), use(factor), def(rax), def(rdx)),
                c -> c.asm().imul(w, c.reg(1)));
    }

    /** {@code d = [m]}: mov, or movsx/movzx from {@code from} when {@code signed} is not null. */
    static LInstr load(Width w, Boolean signed, Width from, int d, MemRef m) {
        List<Operand> ops = new ArrayList<>(m.uses());
        ops.add(def(d));
        int dIdx = ops.size() - 1;
        return LInstr.of("load" + from + " " + Loc.toString(d) + ", " + m, ops, c -> {
            Mem mem = m.resolve(c, 0);
            if (signed == null) c.asm().mov(w, c.reg(dIdx), mem);
            else if (signed) c.asm().movsx(w, c.reg(dIdx), from, mem);
            else c.asm().movzx(w, c.reg(dIdx), from, mem);
        });
    }

    /** Store {@code value} (a location, or null with {@code imm}) at width {@code w}. */
    static LInstr store(Width w, MemRef m, Integer value, int imm) {
        List<Operand> ops = new ArrayList<>(m.uses());
        if (value != null) ops.add(use(value));
        return LInstr.of("store" + w + " " + m + ", " + (value == null ? imm : Loc.toString(value)), ops, c -> {
            Mem mem = m.resolve(c, 0);
            if (value == null) c.asm().mov(w, mem, imm);
            else c.asm().mov(w, mem, c.reg(ops.size() - 1));
        });
    }

    /**
     * {@code d = address of m}, as the shortest of: nothing or {@code add d, disp} when d is
     * the base and there is no index; {@code add d, other} when d is base or index of {@code [b + i]};
     * else {@code lea d, m}. At B32 only the low 32 bits are meaningful (i32 arithmetic).
     */
    static LInstr addressOf(Width w, int d, MemRef m) {
        List<Operand> ops = new ArrayList<>(m.uses());
        ops.add(def(d));
        int dIdx = ops.size() - 1;
        LInstr i = LInstr.of("lea" + (w == Width.B32 ? "32 " : " ") + Loc.toString(d) + ", " + m, ops, c -> {
            Reg dst = c.reg(dIdx);
            Mem mem = m.resolve(c, 0);
            if (mem.base() == dst && mem.index() == null) { if (mem.disp() != 0) c.asm().alu(AluOp.ADD, w, dst, mem.disp()); }
            else if (mem.base() == dst && mem.scale() == 1 && mem.disp() == 0) c.asm().alu(AluOp.ADD, w, dst, mem.index());
            else if (mem.index() == dst && mem.scale() == 1 && mem.disp() == 0) c.asm().alu(AluOp.ADD, w, dst, mem.base());
            else c.asm().lea(w, dst, mem);
        });
        if (m.base() != null) i.hintLoc = m.base();
        return i;
    }

    /** {@code d = &symbol}, RIP-relative. */
    static LInstr lea(int d, String symbol) {
        return LInstr.of("lea " + Loc.toString(d) + ", [rip+" + symbol + "]", List.of(def(d)), c -> c.asm().lea(Width.B64, c.reg(0), Mem.rip(symbol, 0)));
    }

    /** {@code d = } incoming stack argument {@code k} (parameter 6 + k), read from the caller's frame. */
    static LInstr loadIncomingArg(int d, int k) {
        return LInstr.of("load " + Loc.toString(d) + ", incoming arg " + k, List.of(def(d)),
                c -> c.asm().mov(Width.B64, c.reg(0), Mem.of(Reg.RSP, c.incomingArgOffset(k))));
    }

    /** Outgoing stack argument {@code k} (parameter 6 + k) at [rsp + 8k]. */
    static LInstr storeOutgoingArg(int k, Integer value, int imm) {
        return LInstr.of("store [rsp+" + 8 * k + "], " + (value == null ? imm : Loc.toString(value)),
                        value == null ? List.of() : List.of(use(value)), c -> {
                            if (value == null) c.asm().mov(Width.B64, Mem.of(Reg.RSP, 8 * k), imm);
                            else c.asm().mov(Width.B64, Mem.of(Reg.RSP, 8 * k), c.reg(0));
                        });
    }

    /** Direct call; arguments already in their registers; clobbers every caller-saved register. */
    static LInstr call(String symbol, List<Reg> argRegs) {
        List<Operand> ops = new ArrayList<>();
        for (Reg r : argRegs) ops.add(use(p(r)));
        clobbers(ops);
        return LInstr.of("call " + symbol, ops, c -> c.asm().call(symbol));
    }

    /**
     * Indirect call {@code call reg}: like {@link #call}; the callee is a use operand, read before the
     * call clobbers the caller-saved registers (the allocator keeps it out of the argument registers,
     * which are fixed uses of the same instruction).
     */
    static LInstr callIndirect(int callee, List<Reg> argRegs) {
        List<Operand> ops = new ArrayList<>();
        ops.add(use(callee));
        for (Reg r : argRegs) ops.add(use(p(r)));
        clobbers(ops);
        return LInstr.of("call " + Loc.toString(callee), ops, c -> c.asm().call(c.reg(0)));
    }

    /** A call defines every caller-saved register of both classes (all of xmm0..xmm13 under SysV). */
    private static void clobbers(List<Operand> ops) {
        for (Reg r : Regs.CALLER_SAVED) ops.add(def(p(r)));
        for (Reg r : Regs.XMM_CALLER_SAVED) ops.add(def(p(r)));
    }

    /** {@code syscall}: nr and args 1-3, 5, 6 already in rax, rdi, rsi, rdx, r8, r9; arg 4 is an operand moved to r10 here. */
    static LInstr syscall(List<Reg> fixedArgs, Integer arg4) {
        List<Operand> ops = new ArrayList<>();
        if (arg4 != null) ops.add(use(arg4));
        for (Reg r : fixedArgs) ops.add(use(p(r)));
        ops.add(def(p(Reg.RAX)));
        ops.add(def(p(Reg.RCX)));
        return LInstr.of("syscall", ops, c -> {
            if (arg4 != null) c.asm().mov(Width.B64, Reg.R10, c.reg(0));
            c.asm().syscall();
        });
    }

    /** Return: the value, if any, is already in rax. */
    static LInstr ret(boolean hasValue) {
        return ret(hasValue ? Reg.RAX : null);
    }

    /** Return with the value (if {@code value} is not null) already in that register: rax, or xmm0 for floats. */
    static LInstr ret(Reg value) {
        return LInstr.of("ret", value != null ? List.of(use(p(value))) : List.of(), EmitContext::returnFromFunction);
    }

    static LInstr ud2() {
        return LInstr.of("ud2", List.of(), c -> c.asm().ud2());
    }
}

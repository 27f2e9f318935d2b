package ostooc.backend.x86.asm;

import static ostooc.backend.x86.asm.Opcodes.*;

import java.util.List;

/**
 * The x86-64 assembler façade: one method per instruction form, each a one-line description of its
 * encoding handed to {@link Encoding}. Code accumulates in a {@link CodeStream} split at labels and branches;
 * {@link #finish()} relaxes branches (rel8 when it fits), resolves labels, and returns the bytes.
 * Calls and RIP-relative operands leave relocations for the linker.
 */
public final class Assembler {
    private final CodeStream stream = new CodeStream();

    public Assembler() {
    }

    // ---- labels and branches ----

    public Label newLabel() {
        return new Label();
    }

    public void bind(Label l) {
        stream.bind(l);
    }

    public void jmp(Label l) {
        branch(null, l);
    }

    public void jcc(Cond c, Label l) {
        branch(c, l);
    }

    private void branch(Cond c, Label l) {
        stream.branch(c, l);
    }

    /** Direct call: E8 rel32 with R_X86_64_PLT32 (the linker treats it as PC32 in a static link). */
    public void call(String symbol) {
        relative(CALL_REL32, symbol);
    }

    /** Tail jump to a symbol: E9 rel32 with R_X86_64_PLT32. */
    public void jmp(String symbol) {
        relative(JMP_REL32, symbol);
    }

    private void relative(int opcode, String symbol) {
        buf().u8(opcode);
        buf().addReloc(new Reloc(buf().position(), RelocType.R_X86_64_PLT32, symbol, -4));
        buf().le(0, 4);
    }

    public void call(Reg r) {
        emit(Encoding.op(Width.B32, GRP5).digit(G5_CALL).rm(r)); // 64-bit by default: no REX.W
    }

    public void jmp(Reg r) {
        emit(Encoding.op(Width.B32, GRP5).digit(G5_JMP).rm(r));
    }

    // ---- ALU ----

    public void alu(AluOp op, Width w, Reg dst, Reg src) {
        emit(Encoding.op(w, op.ordinal() * 8 + (w == Width.B8 ? ALU_RM8_R8 : ALU_RM_R)).reg(src).rm(dst));
    }

    /** Picks the shortest form: accumulator short form, sign-extended imm8 (0x83), or full immediate (0x81). */
    public void alu(AluOp op, Width w, Reg dst, int imm) {
        checkImm(w, imm);
        if (w == Width.B8) {
            emit(dst == Reg.RAX ? Encoding.op(w, op.ordinal() * 8 + ALU_AL_IMM8).imm(1, imm)
                    : Encoding.op(w, GRP1_RM8_IMM8).digit(op.ordinal()).rm(dst).imm(1, imm));
        } else if (imm == (byte) imm) {
            emit(Encoding.op(w, GRP1_RM_IMM8).digit(op.ordinal()).rm(dst).imm(1, imm));
        } else if (dst == Reg.RAX) {
            emit(Encoding.op(w, op.ordinal() * 8 + ALU_EAX_IMM).imm(immSize(w), imm));
        } else {
            emit(Encoding.op(w, GRP1_RM_IMM).digit(op.ordinal()).rm(dst).imm(immSize(w), imm));
        }
    }

    public void alu(AluOp op, Width w, Reg dst, Mem src) {
        emit(Encoding.op(w, op.ordinal() * 8 + (w == Width.B8 ? ALU_R8_RM8 : ALU_R_RM)).reg(dst).rm(src));
    }

    public void alu(AluOp op, Width w, Mem dst, Reg src) {
        emit(Encoding.op(w, op.ordinal() * 8 + (w == Width.B8 ? ALU_RM8_R8 : ALU_RM_R)).reg(src).rm(dst));
    }

    public void alu(AluOp op, Width w, Mem dst, int imm) {
        checkImm(w, imm);
        if (w == Width.B8) {
            emit(Encoding.op(w, GRP1_RM8_IMM8).digit(op.ordinal()).rm(dst).imm(1, imm));
        } else if (imm == (byte) imm) {
            emit(Encoding.op(w, GRP1_RM_IMM8).digit(op.ordinal()).rm(dst).imm(1, imm));
        } else {
            emit(Encoding.op(w, GRP1_RM_IMM).digit(op.ordinal()).rm(dst).imm(immSize(w), imm));
        }
    }

    public void test(Width w, Reg a, Reg b) {
        emit(Encoding.op(w, w == Width.B8 ? TEST_RM8_R8 : TEST_RM_R).reg(b).rm(a));
    }

    /** test has no imm8 form: the immediate is as wide as the operand (at most 32 bits). */
    public void test(Width w, Reg a, int imm) {
        checkImm(w, imm);
        int size = w == Width.B8 ? 1 : immSize(w);
        if (a == Reg.RAX) {
            emit(Encoding.op(w, w == Width.B8 ? TEST_AL_IMM8 : TEST_EAX_IMM).imm(size, imm));
        } else {
            emit(Encoding.op(w, w == Width.B8 ? GRP3_8 : GRP3).digit(G3_TEST).rm(a).imm(size, imm));
        }
    }

    // ---- moves ----

    public void mov(Width w, Reg dst, Reg src) {
        emit(Encoding.op(w, w == Width.B8 ? MOV_RM8_R8 : MOV_RM_R).reg(src).rm(dst));
    }

    public void mov(Width w, Reg dst, Mem src) {
        emit(Encoding.op(w, w == Width.B8 ? MOV_R8_RM8 : MOV_R_RM).reg(dst).rm(src));
    }

    public void mov(Width w, Mem dst, Reg src) {
        emit(Encoding.op(w, w == Width.B8 ? MOV_RM8_R8 : MOV_RM_R).reg(src).rm(dst));
    }

    /** Store an immediate; for B64 it is sign-extended from 32 bits. */
    public void mov(Width w, Mem dst, int imm) {
        checkImm(w, imm);
        emit(Encoding.op(w, w == Width.B8 ? MOV_RM8_IMM8 : MOV_RM_IMM).digit(0).rm(dst)
                .imm(w == Width.B8 ? 1 : immSize(w), imm));
    }

    /** Register <- immediate at a width (B8/B16 leave the upper bits alone, B32 zero-extends); B64 is {@link #movImm}. */
    public void mov(Width w, Reg dst, long imm) {
        switch (w) {
            case B8 -> emit(Encoding.op(w, MOV_R8_IMM8).plusReg(dst).imm(1, imm));
            case B16 -> emit(Encoding.op(w, MOV_R_IMM).plusReg(dst).imm(2, imm));
            case B32 -> emit(Encoding.op(w, MOV_R_IMM).plusReg(dst).imm(4, imm));
            case B64 -> movImm(dst, imm);
        }
    }

    /** 64-bit register <- constant, shortest correct form: mov r32 (zero-extends), mov r/m64 simm32, or movabs. */
    public void movImm(Reg dst, long imm) {
        if (imm >= 0 && imm <= 0xFFFF_FFFFL) {
            emit(Encoding.op(Width.B32, MOV_R_IMM).plusReg(dst).imm(4, imm));
        } else if (imm == (int) imm) {
            emit(Encoding.op(Width.B64, MOV_RM_IMM).digit(0).rm(dst).imm(4, imm));
        } else {
            emit(Encoding.op(Width.B64, MOV_R_IMM).plusReg(dst).imm(8, imm));
        }
    }

    /** Zero-extending move. B32 -> B64 has no movzx: it is a plain 32-bit mov, which zero-extends. */
    public void movzx(Width dstW, Reg dst, Width srcW, Reg src) {
        extend(dstW, srcW, false).reg(dst).rm(src).emit(buf());
    }

    public void movzx(Width dstW, Reg dst, Width srcW, Mem src) {
        extend(dstW, srcW, false).reg(dst).rm(src).emit(buf());
    }

    /** Sign-extending move; B32 -> B64 is movsxd (REX.W 63 /r). */
    public void movsx(Width dstW, Reg dst, Width srcW, Reg src) {
        extend(dstW, srcW, true).reg(dst).rm(src).emit(buf());
    }

    public void movsx(Width dstW, Reg dst, Width srcW, Mem src) {
        extend(dstW, srcW, true).reg(dst).rm(src).emit(buf());
    }

    private Encoding extend(Width dstW, Width srcW, boolean signed) {
        if (srcW.bytes() >= dstW.bytes() || srcW == Width.B64) {
            throw new IllegalArgumentException("cannot extend " + srcW + " to " + dstW);
        }
        return switch (srcW) {
            // The source is 8-bit while dstW drives the prefixes, so say so: sil/dil/spl/bpl need a REX.
            case B8 -> Encoding.op(dstW, ESC, signed ? MOVSX_B : MOVZX_B).byteRm();
            case B16 -> Encoding.op(dstW, ESC, signed ? MOVSX_W : MOVZX_W);
            case B32 -> signed ? Encoding.op(Width.B64, MOVSXD) : Encoding.op(Width.B32, MOV_R_RM);
            case B64 -> throw new AssertionError();
        };
    }

    public void lea(Width w, Reg dst, Mem src) {
        emit(Encoding.op(w, LEA).reg(dst).rm(src));
    }

    // ---- arithmetic ----

    public void imul(Width w, Reg dst, Reg src) {
        emit(Encoding.op(w, ESC, IMUL_R_RM).reg(dst).rm(src));
    }

    public void imul(Width w, Reg dst, Reg src, int imm) {
        boolean short8 = imm == (byte) imm;
        emit(Encoding.op(w, short8 ? IMUL_R_RM_IMM8 : IMUL_R_RM_IMM).reg(dst).rm(src).imm(short8 ? 1 : immSize(w), imm));
    }

    /** One-operand signed multiply: rdx:rax = rax * src (edx:eax at B32). */
    public void imul(Width w, Reg src) {
        group3(w, G3_IMUL, src);
    }

    /** One-operand unsigned multiply: rdx:rax = rax * src (edx:eax at B32). */
    public void mul(Width w, Reg src) {
        group3(w, G3_MUL, src);
    }

    public void idiv(Width w, Reg divisor) {
        group3(w, G3_IDIV, divisor);
    }

    public void div(Width w, Reg divisor) {
        group3(w, G3_DIV, divisor);
    }

    public void neg(Width w, Reg r) {
        group3(w, G3_NEG, r);
    }

    public void not(Width w, Reg r) {
        group3(w, G3_NOT, r);
    }

    private void group3(Width w, int digit, Reg r) {
        emit(Encoding.op(w, w == Width.B8 ? GRP3_8 : GRP3).digit(digit).rm(r));
    }

    public void cdq() {
        emit(Encoding.op(Width.B32, CDQ));
    }

    public void cqo() {
        emit(Encoding.op(Width.B64, CDQ));
    }

    public void shift(ShiftOp op, Width w, Reg dst) {
        emit(Encoding.op(w, w == Width.B8 ? SHIFT8_CL : SHIFT_CL).digit(op.ordinal()).rm(dst));
    }

    public void shift(ShiftOp op, Width w, Reg dst, int imm) {
        if (imm == 1) {
            emit(Encoding.op(w, w == Width.B8 ? SHIFT8_1 : SHIFT_1).digit(op.ordinal()).rm(dst));
        } else {
            emit(Encoding.op(w, w == Width.B8 ? SHIFT8_IMM : SHIFT_IMM).digit(op.ordinal()).rm(dst).imm(1, imm));
        }
    }

    public void setcc(Cond c, Reg dst) {
        emit(Encoding.op(Width.B8, ESC, SETCC + c.code()).digit(0).rm(dst));
    }

    public void cmov(Cond c, Width w, Reg dst, Reg src) {
        emit(Encoding.op(w, ESC, CMOVCC + c.code()).reg(dst).rm(src));
    }

    /** {@code btc r, bit}: complements one bit (how a float's sign is flipped in a general register). */
    public void btc(Width w, Reg r, int bit) {
        emit(Encoding.op(w, ESC, BT_GRP8).digit(G8_BTC).rm(r).imm(1, bit));
    }

    // ---- SSE2 scalar floating point: legacy (non-VEX) encodings only, ostoo has no AVX ----
    // dbl selects the f64 form (sd/pd) and otherwise the f32 form (ss/ps).

    private static int scalar(boolean dbl) {
        return dbl ? PREFIX_F64 : PREFIX_F32;
    }

    /** {@code addsd dst, src} and friends. */
    public void sse(SseOp op, boolean dbl, Reg dst, Reg src) {
        emit(Encoding.op(Width.B32, ESC, op.opcode).mandatory(scalar(dbl)).reg(dst).rm(src));
    }

    /** {@code movsd/movss xmm, [m]}. */
    public void movs(boolean dbl, Reg dst, Mem src) {
        emit(Encoding.op(Width.B32, ESC, MOVS_X_XM).mandatory(scalar(dbl)).reg(dst).rm(src));
    }

    /** {@code movsd/movss [m], xmm}. */
    public void movs(boolean dbl, Mem dst, Reg src) {
        emit(Encoding.op(Width.B32, ESC, MOVS_XM_X).mandatory(scalar(dbl)).reg(src).rm(dst));
    }

    /** {@code movaps dst, src}: a whole-register copy (shorter than movsd and without a merge). */
    public void movaps(Reg dst, Reg src) {
        emit(Encoding.op(Width.B32, ESC, MOVAPS).reg(dst).rm(src));
    }

    /** {@code ucomisd a, b}: ZF, PF, CF = 111 unordered, 000 greater, 001 less, 100 equal. */
    public void ucomis(boolean dbl, Reg a, Reg b) {
        Encoding e = Encoding.op(Width.B32, ESC, UCOMIS).reg(a).rm(b);
        emit(dbl ? e.mandatory(PREFIX_66) : e);
    }

    /** {@code cvtsi2sd xmm, r32/r64}. */
    public void cvtsi2s(boolean dbl, Reg dst, Width srcWidth, Reg src) {
        emit(Encoding.op(srcWidth, ESC, CVTSI2S).mandatory(scalar(dbl)).reg(dst).rm(src));
    }

    /** {@code cvttsd2si r32/r64, xmm}: truncates; NaN and out-of-range give the "integer indefinite" MIN. */
    public void cvtts2si(boolean dbl, Width dstWidth, Reg dst, Reg src) {
        emit(Encoding.op(dstWidth, ESC, CVTTS2SI).mandatory(scalar(dbl)).reg(dst).rm(src));
    }

    /** {@code cvtss2sd} ({@code toDouble}) or {@code cvtsd2ss}. */
    public void cvts2s(boolean toDouble, Reg dst, Reg src) {
        emit(Encoding.op(Width.B32, ESC, CVTS2S).mandatory(scalar(!toDouble)).reg(dst).rm(src));
    }

    /** {@code movd xmm, r32} / {@code movq xmm, r64}. */
    public void movToXmm(Width w, Reg xmm, Reg gpr) {
        emit(Encoding.op(w, ESC, MOVD_X_RM).mandatory(PREFIX_66).reg(xmm).rm(gpr));
    }

    /** {@code movd r32, xmm} / {@code movq r64, xmm}. */
    public void movFromXmm(Width w, Reg gpr, Reg xmm) {
        emit(Encoding.op(w, ESC, MOVD_RM_X).mandatory(PREFIX_66).reg(xmm).rm(gpr));
    }

    /** {@code movmskpd/movmskps r32, xmm}: bit 0 is the sign of the low element. */
    public void movmsk(boolean dbl, Reg gpr, Reg xmm) {
        Encoding e = Encoding.op(Width.B32, ESC, MOVMSK).reg(gpr).rm(xmm);
        emit(dbl ? e.mandatory(PREFIX_66) : e);
    }

    /** {@code xorps dst, src} (zeroing a register with itself). */
    public void xorps(Reg dst, Reg src) {
        emit(Encoding.op(Width.B32, ESC, XORPS).reg(dst).rm(src));
    }

    // ---- stack and control ----

    public void push(Reg r) {
        emit(Encoding.op(Width.B32, PUSH_R).plusReg(r));
    }

    public void pop(Reg r) {
        emit(Encoding.op(Width.B32, POP_R).plusReg(r));
    }

    public void ret() {
        buf().u8(RET);
    }

    public void syscall() {
        emit(Encoding.op(Width.B32, ESC, SYSCALL));
    }

    public void ud2() {
        emit(Encoding.op(Width.B32, ESC, UD2));
    }

    public void int3() {
        buf().u8(INT3);
    }

    /** {@code fninit} (DB E3; no FWAIT prefix): the libc tier's start-up resets ostoo's x87 control word 0. */
    public void fninit() {
        buf().u8(X87_DB);
        buf().u8(FNINIT_2);
    }

    // ---- finishing ----

    /** Relaxes branches, resolves labels and returns the code. Further emission is an error. */
    public byte[] finish() {
        return stream.finish();
    }

    /** Relocations with offsets into the finished code; valid after {@link #finish()}. */
    public List<Reloc> relocations() {
        return stream.relocations();
    }

    /** Offset of a bound label in the finished code; valid after {@link #finish()}. */
    public int labelOffset(Label l) {
        return stream.labelOffset(l);
    }

    private CodeBuffer buf() {
        return stream.buffer();
    }

    private void emit(Encoding e) {
        e.emit(buf());
    }

    private static void checkImm(Width w, int imm) {
        if (w == Width.B8 && (imm < -128 || imm > 255) || w == Width.B16 && (imm < -32768 || imm > 65535)) {
            throw new IllegalArgumentException("immediate " + imm + " does not fit " + w);
        }
    }

    private static int immSize(Width w) {
        return w == Width.B16 ? 2 : 4;
    }
}

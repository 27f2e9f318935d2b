package ostooc.backend.x86.asm;

import static ostooc.backend.x86.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The inverse of {@link Assembler}: decodes the instructions it emits (every form of {@link Opcodes},
 * including SSE2's scalar forms) into Intel syntax exactly as {@code objdump -d -M intel} prints them,
 * so listings can be checked against binutils. Anything else decodes as {@code (bad)}, one byte at a time.
 *
 * <p>Branch targets print as objdump prints them in an object file: the hex offset within the function
 * ({@code jne 1c}). A relocated call or jump names its symbol ({@code call Foo.bar()V}); a relocated
 * memory operand keeps its displacement ({@code [rip+0x0]}) and gets a {@code # symbol} comment.
 */
public final class Disassembler {
    private static final String[] SHIFTS = {"rol", "ror", "rcl", "rcr", "shl", "shr", "sal", "sar"};
    private static final String[] GROUP3 = {"test", "test", "not", "neg", "mul", "imul", "div", "idiv"};

    private final byte[] code;
    private final List<Reloc> relocs;
    private int pos;
    // per instruction
    private int start, rex, mandatory;
    private boolean opsize;
    private Reloc reloc;

    private Disassembler(byte[] code, List<Reloc> relocs) {
        this.code = code;
        this.relocs = relocs;
    }

    public static List<Decoded> decode(byte[] code, List<Reloc> relocs) {
        Disassembler d = new Disassembler(code, relocs);
        List<Decoded> out = new ArrayList<>();
        while (d.pos < code.length) out.add(d.next());
        return out;
    }

    private Decoded next() {
        start = pos;
        rex = 0;
        mandatory = 0;
        opsize = false;
        reloc = null;
        String text;
        try {
            text = instruction();
        } catch (ArrayIndexOutOfBoundsException truncated) {
            text = null;
        }
        if (text == null) {   // not an instruction the assembler emits
            pos = start + 1;
            text = "(bad)";
        }
        return new Decoded(start, Arrays.copyOfRange(code, start, pos), text, reloc);
    }

    private String instruction() {
        for (;;) {   // legacy prefixes, then REX (which must come last)
            int b = u8(pos);
            if (b == PREFIX_66) opsize = true;
            else if (b == PREFIX_F32 || b == PREFIX_F64) mandatory = b;
            else break;
            pos++;
        }
        if ((u8(pos) & 0xf0) == 0x40) rex = u8(pos++);
        int op = u8(pos++);
        return op == ESC ? twoByte(u8(pos++)) : oneByte(op);
    }

    // ---- one-byte opcodes ----

    private String oneByte(int op) {
        if (op < 0x40 && (op & 7) < 6) return alu(AluOp.values()[op >> 3].name(), op & 7);
        if (op >= PUSH_R && op < PUSH_R + 8) return "push " + gprName(op - PUSH_R + rexB(), Width.B64, rex);
        if (op >= POP_R && op < POP_R + 8) return "pop " + gprName(op - POP_R + rexB(), Width.B64, rex);
        if (op >= JCC_REL8 && op < JCC_REL8 + 16) return "j" + cond(op - JCC_REL8) + " " + branch(s8());
        if (op >= MOV_R8_IMM8 && op < MOV_R8_IMM8 + 8) return "mov " + gprName(op - MOV_R8_IMM8 + rexB(), Width.B8, rex) + "," + imm(1, Width.B8);
        if (op >= MOV_R_IMM && op < MOV_R_IMM + 8) {
            Width w = width();
            String r = gprName(op - MOV_R_IMM + rexB(), w, rex);
            return w == Width.B64 ? "movabs " + r + "," + imm(8, w) : "mov " + r + "," + imm(w == Width.B16 ? 2 : 4, w);
        }
        return switch (op) {
            case MOVSXD -> { ModRmReader m = modrm(); yield "movsxd " + gprName(m.reg, width(), rex) + "," + m.gpr(Width.B32, rex); }
            case IMUL_R_RM_IMM, IMUL_R_RM_IMM8 -> {
                ModRmReader m = modrm();
                Width w = width();
                yield "imul " + gprName(m.reg, w, rex) + "," + m.gpr(w, rex) + "," + imm(op == IMUL_R_RM_IMM8 ? 1 : immSize(w), w);
            }
            case GRP1_RM8_IMM8, GRP1_RM_IMM, GRP1_RM_IMM8 -> {
                ModRmReader m = modrm();
                Width w = op == GRP1_RM8_IMM8 ? Width.B8 : width();
                yield AluOp.values()[m.reg & 7].name().toLowerCase(Locale.ROOT) + " " + m.gpr(w, rex) + ","
                        + imm(op == GRP1_RM_IMM ? immSize(w) : 1, w);
            }
            case TEST_RM8_R8, TEST_RM_R -> regRm("test", op == TEST_RM8_R8 ? Width.B8 : width(), true);
            case MOV_RM8_R8, MOV_RM_R -> regRm("mov", op == MOV_RM8_R8 ? Width.B8 : width(), true);
            case MOV_R8_RM8, MOV_R_RM -> regRm("mov", op == MOV_R8_RM8 ? Width.B8 : width(), false);
            case LEA -> { ModRmReader m = modrm(); yield m.isReg() ? null : "lea " + gprName(m.reg, width(), rex) + "," + m.address() + memNote(m); }
            case CDQ -> (rex & 8) != 0 ? "cqo" : opsize ? "cwd" : "cdq";
            case SHIFT8_IMM, SHIFT_IMM, SHIFT8_1, SHIFT_1, SHIFT8_CL, SHIFT_CL -> shift(op);
            case RET -> "ret";
            case INT3 -> "int3";
            case X87_DB -> x87Db();
            case MOV_RM8_IMM8, MOV_RM_IMM -> {
                ModRmReader m = modrm();
                Width w = op == MOV_RM8_IMM8 ? Width.B8 : width();
                yield (m.reg & 7) != 0 ? null : "mov " + m.gpr(w, rex) + "," + imm(w == Width.B8 ? 1 : immSize(w), w);
            }
            case CALL_REL32, JMP_REL32 -> (op == CALL_REL32 ? "call " : "jmp ") + target(s32Reloc());
            case JMP_REL8 -> "jmp " + branch(s8());
            case GRP3_8, GRP3 -> group3(op == GRP3_8 ? Width.B8 : width());
            case GRP5 -> {
                ModRmReader m = modrm();
                int d = m.reg & 7;
                yield d == G5_CALL || d == G5_JMP ? (d == G5_CALL ? "call " : "jmp ") + m.gpr(Width.B64, rex) : null;
            }
            case TEST_AL_IMM8 -> "test al," + imm(1, Width.B8);
            case TEST_EAX_IMM -> "test " + gprName(0, width(), rex) + "," + imm(immSize(width()), width());
            default -> null;
        };
    }

    /** DB xx: only {@code fninit} (DB E3), which the libc tier's start-up uses. */
    private String x87Db() {
        if (u8(pos) != FNINIT_2) return null;
        pos++;
        return "fninit";
    }

    /** Rows 0x00-0x3F: add/or/adc/sbb/and/sub/xor/cmp in their six forms. */
    private String alu(String name, int form) {
        String mn = name.toLowerCase(Locale.ROOT);
        return switch (form) {
            case ALU_RM8_R8 -> regRm(mn, Width.B8, true);
            case ALU_RM_R -> regRm(mn, width(), true);
            case ALU_R8_RM8 -> regRm(mn, Width.B8, false);
            case ALU_R_RM -> regRm(mn, width(), false);
            case ALU_AL_IMM8 -> mn + " al," + imm(1, Width.B8);
            default -> mn + " " + gprName(0, width(), rex) + "," + imm(immSize(width()), width());
        };
    }

    private String shift(int op) {
        ModRmReader m = modrm();
        Width w = op == SHIFT8_IMM || op == SHIFT8_1 || op == SHIFT8_CL ? Width.B8 : width();
        String head = SHIFTS[m.reg & 7] + " " + m.gpr(w, rex) + ",";
        return switch (op) {
            case SHIFT8_IMM, SHIFT_IMM -> head + imm(1, Width.B8);
            case SHIFT8_1, SHIFT_1 -> head + "1";
            default -> head + "cl";
        };
    }

    private String group3(Width w) {
        ModRmReader m = modrm();
        int d = m.reg & 7;
        String s = GROUP3[d] + " " + m.gpr(w, rex);
        return d == G3_TEST ? s + "," + imm(w == Width.B8 ? 1 : immSize(w), w) : d == 1 ? null : s;
    }

    // ---- two-byte opcodes (0x0F xx): control, setcc/cmovcc, extensions, SSE2 ----

    private String twoByte(int op) {
        if (op >= JCC_REL32 && op < JCC_REL32 + 16) return "j" + cond(op - JCC_REL32) + " " + branch(s32());
        if (op >= SETCC && op < SETCC + 16) { ModRmReader m = modrm(); return "set" + cond(op - SETCC) + " " + m.gpr(Width.B8, rex); }
        if (op >= CMOVCC && op < CMOVCC + 16) return regRm("cmov" + cond(op - CMOVCC), width(), false);
        return switch (op) {
            case SYSCALL -> "syscall";
            case UD2 -> "ud2";
            case IMUL_R_RM -> regRm("imul", width(), false);
            case MOVZX_B, MOVZX_W, MOVSX_B, MOVSX_W -> {
                ModRmReader m = modrm();
                String mn = op == MOVZX_B || op == MOVZX_W ? "movzx " : "movsx ";
                yield mn + gprName(m.reg, width(), rex) + "," + m.gpr(op == MOVZX_B || op == MOVSX_B ? Width.B8 : Width.B16, rex);
            }
            case BT_GRP8 -> { ModRmReader m = modrm(); yield (m.reg & 7) == G8_BTC ? "btc " + m.gpr(width(), rex) + "," + imm(1, Width.B8) : null; }
            default -> sse(op);
        };
    }

    private String sse(int op) {
        boolean scalar = mandatory != 0;
        boolean dbl = mandatory == PREFIX_F64;
        String sfx = dbl ? "sd" : "ss";
        String memSize = dbl ? "QWORD" : "DWORD";
        ModRmReader m = modrm();
        String x = "xmm" + m.reg;
        String s = switch (op) {
            case MOVS_X_XM -> scalar ? "mov" + sfx + " " + x + "," + m.xmm(memSize) : null;
            case MOVS_XM_X -> scalar ? "mov" + sfx + " " + m.xmm(memSize) + "," + x : null;
            case MOVAPS -> !scalar && !opsize ? "movaps " + x + "," + m.xmm("XMMWORD") : null;
            case CVTSI2S -> scalar ? "cvtsi2" + sfx + " " + x + "," + m.gpr((rex & 8) != 0 ? Width.B64 : Width.B32, rex) : null;
            case CVTTS2SI -> scalar ? "cvtt" + sfx + "2si " + gprName(m.reg, (rex & 8) != 0 ? Width.B64 : Width.B32, rex) + "," + m.xmm(memSize) : null;
            case UCOMIS -> !scalar ? "ucomis" + (opsize ? "d" : "s") + " " + x + "," + m.xmm(opsize ? "QWORD" : "DWORD") : null;
            case MOVMSK -> !scalar && m.isReg() ? "movmskp" + (opsize ? "d" : "s") + " " + gprName(m.reg, Width.B32, rex) + ",xmm" + m.rm : null;
            case ANDPS, XORPS -> !scalar ? (op == ANDPS ? "andp" : "xorp") + (opsize ? "d" : "s") + " " + x + "," + m.xmm("XMMWORD") : null;
            case CVTS2S -> scalar ? "cvt" + sfx + "2" + (dbl ? "ss" : "sd") + " " + x + "," + m.xmm(memSize) : null;
            case MOVD_X_RM -> opsize && !scalar ? ((rex & 8) != 0 ? "movq " : "movd ") + x + "," + m.gpr((rex & 8) != 0 ? Width.B64 : Width.B32, rex) : null;
            case MOVD_RM_X -> opsize && !scalar ? ((rex & 8) != 0 ? "movq " : "movd ") + m.gpr((rex & 8) != 0 ? Width.B64 : Width.B32, rex) + "," + x : null;
            default -> {
                for (SseOp o : SseOp.values()) if (o.opcode == op && scalar) yield o.mnemonic(dbl) + " " + x + "," + m.xmm(memSize);
                yield null;
            }
        };
        return s == null ? null : s + memNote(m);
    }

    // ---- operands ----

    /** {@code mn rm,reg} (rmFirst) or {@code mn reg,rm}. */
    private String regRm(String mn, Width w, boolean rmFirst) {
        ModRmReader m = modrm();
        String r = gprName(m.reg, w, rex), rm = m.gpr(w, rex);
        return mn + " " + (rmFirst ? rm + "," + r : r + "," + rm) + memNote(m);
    }

    private ModRmReader modrm() {
        ModRmReader m = new ModRmReader(code, pos, rex);
        pos = m.end;
        if (m.dispPos >= 0) reloc = relocAt(m.dispPos);
        return m;
    }

    /** A relocated displacement names its symbol in a comment (objdump puts the RIP-relative target there). */
    private String memNote(ModRmReader m) {
        return m.dispPos >= 0 && reloc != null ? "        # " + reloc.symbol() : "";
    }

    /** An immediate of {@code size} bytes, sign-extended to the operand width and printed as objdump does (unsigned hex). */
    private String imm(int size, Width w) {
        long v = 0;
        for (int i = 0; i < size; i++) v |= (long) u8(pos + i) << (8 * i);
        pos += size;
        int bits = size * 8;
        if (bits < 64) v = v << (64 - bits) >> (64 - bits);
        long mask = w == Width.B64 ? -1L : (1L << (w.bytes() * 8)) - 1;
        return ModRmReader.hex(v & mask);
    }

    private String branch(long rel) { return Long.toHexString(pos + rel); }

    private String target(long rel) { return reloc != null ? reloc.symbol() : branch(rel); }

    private long s8() { return (byte) code[pos++]; }

    private long s32() {
        long v = (code[pos] & 0xff) | (code[pos + 1] & 0xff) << 8 | (code[pos + 2] & 0xff) << 16 | code[pos + 3] << 24;
        pos += 4;
        return v;
    }

    private long s32Reloc() {
        reloc = relocAt(pos);
        return s32();
    }

    private Reloc relocAt(int offset) {
        for (Reloc r : relocs) if (r.offset() == offset) return r;
        return null;
    }

    private int u8(int at) { return code[at] & 0xff; }

    private int rexB() { return (rex & 1) != 0 ? 8 : 0; }

    private Width width() { return (rex & 8) != 0 ? Width.B64 : opsize ? Width.B16 : Width.B32; }

    private static int immSize(Width w) { return w == Width.B16 ? 2 : 4; }

    private static String cond(int cc) { return Cond.values()[cc].name().toLowerCase(Locale.ROOT); }

    /** A general register's name; without a REX prefix, byte registers 4-7 are ah, ch, dh, bh. */
    static String gprName(int n, Width w, int rex) {
        if (w == Width.B8 && rex == 0 && n >= 4 && n < 8) return new String[] {"ah", "ch", "dh", "bh"}[n - 4];
        return Reg.values()[n].name(w);
    }
}

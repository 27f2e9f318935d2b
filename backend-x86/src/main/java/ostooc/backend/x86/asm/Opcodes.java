package ostooc.backend.x86.asm;

/**
 * The opcode table: every opcode byte the Assembler uses, named after its Intel SDM form. "Byte" forms
 * take 8-bit operands; the full-size forms become 16/32/64-bit through 0x66 or REX.W. "/n" is the
 * ModRM.reg opcode extension.
 */
final class Opcodes {
    private Opcodes() {
    }

    // ALU rows: AluOp.ordinal()*8 + one of these.
    static final int ALU_RM8_R8 = 0, ALU_RM_R = 1, ALU_R8_RM8 = 2, ALU_R_RM = 3, ALU_AL_IMM8 = 4, ALU_EAX_IMM = 5;
    static final int GRP1_RM8_IMM8 = 0x80, GRP1_RM_IMM = 0x81, GRP1_RM_IMM8 = 0x83; // /AluOp

    static final int TEST_RM8_R8 = 0x84, TEST_RM_R = 0x85, TEST_AL_IMM8 = 0xA8, TEST_EAX_IMM = 0xA9;
    static final int MOV_RM8_R8 = 0x88, MOV_RM_R = 0x89, MOV_R8_RM8 = 0x8A, MOV_R_RM = 0x8B;
    static final int LEA = 0x8D;
    static final int MOV_R8_IMM8 = 0xB0, MOV_R_IMM = 0xB8;  // +r; with REX.W the immediate is 64-bit (movabs)
    static final int MOV_RM8_IMM8 = 0xC6, MOV_RM_IMM = 0xC7; // /0
    static final int MOVSXD = 0x63;
    static final int IMUL_R_RM_IMM = 0x69, IMUL_R_RM_IMM8 = 0x6B;
    static final int CDQ = 0x99; // cqo with REX.W

    // Shift group /ShiftOp.
    static final int SHIFT8_IMM = 0xC0, SHIFT_IMM = 0xC1, SHIFT8_1 = 0xD0, SHIFT_1 = 0xD1, SHIFT8_CL = 0xD2, SHIFT_CL = 0xD3;

    // Unary group 3 (0xF6 byte / 0xF7 full): /0 test imm, /2 not, /3 neg, /4 mul, /5 imul, /6 div, /7 idiv.
    static final int GRP3_8 = 0xF6, GRP3 = 0xF7;
    static final int G3_TEST = 0, G3_NOT = 2, G3_NEG = 3, G3_MUL = 4, G3_IMUL = 5, G3_DIV = 6, G3_IDIV = 7;

    // Group 5: /2 call r/m64, /4 jmp r/m64.
    static final int GRP5 = 0xFF, G5_CALL = 2, G5_JMP = 4;

    static final int PUSH_R = 0x50, POP_R = 0x58; // +r
    /** {@code fninit} is DB E3: the x87 escape DB with E3 as its second byte. */
    static final int X87_DB = 0xDB, FNINIT_2 = 0xE3;
    static final int RET = 0xC3, INT3 = 0xCC, CALL_REL32 = 0xE8, JMP_REL32 = 0xE9, JMP_REL8 = 0xEB, JCC_REL8 = 0x70;

    // Two-byte (0x0F xx) opcodes.
    static final int ESC = 0x0F;
    static final int SYSCALL = 0x05, UD2 = 0x0B, CMOVCC = 0x40, JCC_REL32 = 0x80, SETCC = 0x90, IMUL_R_RM = 0xAF;
    static final int BT_GRP8 = 0xBA, G8_BTC = 7;   // 0F BA /7 ib: btc r/m, imm8

    // SSE/SSE2 (after 0x0F; the mandatory prefix picks the form: F3 scalar f32, F2 scalar f64, 66 packed f64/int moves).
    static final int PREFIX_F32 = 0xF3, PREFIX_F64 = 0xF2, PREFIX_66 = 0x66;
    static final int MOVS_X_XM = 0x10, MOVS_XM_X = 0x11, MOVAPS = 0x28, CVTSI2S = 0x2A, CVTTS2SI = 0x2C, UCOMIS = 0x2E;
    static final int MOVMSK = 0x50, ANDPS = 0x54, XORPS = 0x57, CVTS2S = 0x5A, MOVD_X_RM = 0x6E, MOVD_RM_X = 0x7E;
    static final int MOVZX_B = 0xB6, MOVZX_W = 0xB7, MOVSX_B = 0xBE, MOVSX_W = 0xBF;
}

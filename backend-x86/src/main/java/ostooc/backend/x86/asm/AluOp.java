package ostooc.backend.x86.asm;

/**
 * The eight classic two-operand ALU instructions. The ordinal is both the /digit of the immediate
 * group (0x80/0x81/0x83) and the row of the opcode map (ordinal*8 + 0..5).
 */
public enum AluOp {
    ADD, OR, ADC, SBB, AND, SUB, XOR, CMP
}

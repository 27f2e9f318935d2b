package ostooc.backend.x86.asm;

/** Scalar SSE/SSE2 arithmetic: the second opcode byte after 0x0F; F3 selects the f32 form, F2 the f64 one. */
public enum SseOp {
    SQRT(0x51), ADD(0x58), MUL(0x59), SUB(0x5C), DIV(0x5E);

    final int opcode;

    SseOp(int opcode) { this.opcode = opcode; }

    /** objdump's mnemonic, e.g. "addsd". */
    public String mnemonic(boolean dbl) { return name().toLowerCase() + (dbl ? "sd" : "ss"); }
}

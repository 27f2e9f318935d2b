package ostoo.rt.asm;

/** The x86-64 general-purpose registers, for the {@link Asm} DSL. */
public enum Reg { RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI, R8, R9, R10, R11, R12, R13, R14, R15 }

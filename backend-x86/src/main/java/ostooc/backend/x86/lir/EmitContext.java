package ostooc.backend.x86.lir;

import ostooc.backend.x86.asm.Assembler;
import ostooc.backend.x86.asm.Label;
import ostooc.backend.x86.asm.Reg;

/**
 * What an instruction's emitter sees once registers are allocated: the assembler, the physical register
 * bound to each operand (by operand index), block labels, and frame facts that are only known after
 * allocation (where incoming stack arguments live, how to leave the function).
 */
public interface EmitContext {
    Assembler asm();
    /** The register bound to operand {@code index} of the instruction being emitted. */
    Reg reg(int index);
    Label label(LBlock b);
    /** True when the code a branch to {@code b} reaches (after jump threading) comes right after the block being emitted: its jump can be omitted. */
    boolean isNext(LBlock b);
    /** Offset from rsp of incoming stack argument {@code k} (parameter 6 + k). */
    int incomingArgOffset(int k);
    /**
     * Leaves the function (the return value is already in rax or xmm0): the epilogue and {@code ret}, or a
     * jump to an identical copy already emitted. May clobber rcx.
     */
    void returnFromFunction();
}

package ostooc.backend.x86.regalloc;

import static ostooc.backend.x86.asm.Reg.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import ostooc.backend.x86.asm.Reg;

/**
 * Register classes of the SysV x86-64 ABI as the allocator uses them. R10 and R11 are never allocated:
 * they are the scratch registers through which spilled values are reloaded and parallel moves are
 * sequentialized, so instruction selection must never make them fixed operands. RSP is never allocated.
 */
public final class Regs {
    private Regs() { }

    /** Allocation preference: caller-saved first (free to use), then callee-saved (cost a push/pop). */
    public static final List<Reg> ALLOCATABLE = List.of(RAX, RCX, RDX, RSI, RDI, R8, R9, RBX, R12, R13, R14, R15, RBP);
    public static final Set<Reg> CALLEE_SAVED = EnumSet.of(RBX, RBP, R12, R13, R14, R15);
    /** Registers a call may change (the allocatable ones; R10/R11 are clobbered too but never hold values). */
    public static final List<Reg> CALLER_SAVED = List.of(RAX, RCX, RDX, RSI, RDI, R8, R9);
    public static final List<Reg> ARGS = List.of(RDI, RSI, RDX, RCX, R8, R9);
    public static final Reg SCRATCH1 = R11, SCRATCH2 = R10;
}

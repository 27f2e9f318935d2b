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
 * Floating-point values live in the xmm class: XMM0..XMM13 are allocated, XMM14/XMM15 are the xmm
 * scratch registers for spilled operands. SysV makes every xmm register caller-saved, so a float
 * value live across a call is always spilled.
 */
public final class Regs {
    private Regs() { }

    /**
     * Allocation preference: caller-saved first (free to use), then callee-saved (cost a push/pop). Within
     * each group the cheaper encodings come first: the legacy registers need no REX prefix (push rbx is one
     * byte, push r12 two); of R12..R15, R12 as a base always needs a SIB byte and R13 a disp8 when the
     * offset is 0, so they come last.
     */
    public static final List<Reg> ALLOCATABLE = List.of(RAX, RCX, RDX, RSI, RDI, R8, R9, RBX, RBP, R14, R15, R13, R12);
    public static final Set<Reg> CALLEE_SAVED = EnumSet.of(RBX, RBP, R12, R13, R14, R15);
    /** Registers a call may change (the allocatable ones; R10/R11 are clobbered too but never hold values). */
    public static final List<Reg> CALLER_SAVED = List.of(RAX, RCX, RDX, RSI, RDI, R8, R9);
    public static final List<Reg> ARGS = List.of(RDI, RSI, RDX, RCX, R8, R9);
    public static final Reg SCRATCH1 = R11, SCRATCH2 = R10;

    public static final List<Reg> XMM_ALLOCATABLE = List.of(XMM0, XMM1, XMM2, XMM3, XMM4, XMM5, XMM6, XMM7,
            XMM8, XMM9, XMM10, XMM11, XMM12, XMM13);
    /** A call may change all of them (XMM14/15 too, but they never hold values across instructions). */
    public static final List<Reg> XMM_CALLER_SAVED = XMM_ALLOCATABLE;
    public static final List<Reg> FLOAT_ARGS = List.of(XMM0, XMM1, XMM2, XMM3, XMM4, XMM5, XMM6, XMM7);
    public static final Reg XMM_SCRATCH1 = XMM15, XMM_SCRATCH2 = XMM14;

    /** The registers a location of the given class may be given. */
    public static List<Reg> allocatable(boolean isFloat) { return isFloat ? XMM_ALLOCATABLE : ALLOCATABLE; }
}

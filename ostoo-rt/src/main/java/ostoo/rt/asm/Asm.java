package ostoo.rt.asm;

import ostoo.rt.annotation.Intrinsic;

/**
 * A small assembly DSL for {@link ostoo.rt.annotation.Naked} methods: each call is one x86-64 instruction,
 * in the order written. Arguments must be constants ({@link Reg} values, literals). The compiler turns
 * each call into the Intel-syntax line given in its comment. Calling these on the JVM is an error.
 */
public final class Asm {
    private Asm() { }

    /** {@code mov dst, src} (64-bit). */
    @Intrinsic public static native void mov(Reg dst, Reg src);
    /** {@code mov dst, [base+disp]} (64-bit load). */
    @Intrinsic public static native void movLoad(Reg dst, Reg base, int disp);
    /** {@code mov [base+disp], src} (64-bit store). */
    @Intrinsic public static native void movStore(Reg base, int disp, Reg src);
    /** {@code mov dst, imm}. */
    @Intrinsic public static native void movImm(Reg dst, long imm);
    /** {@code lea dst, [base+disp]}. */
    @Intrinsic public static native void lea(Reg dst, Reg base, int disp);
    /** {@code lea dst, [rip+symbol]}. */
    @Intrinsic public static native void leaSymbol(Reg dst, String symbol);
    /** {@code and dst, imm} (64-bit). */
    @Intrinsic public static native void andImm(Reg dst, int imm);
    /** {@code xor dst32, src32}: the short way to zero a register. */
    @Intrinsic public static native void xor32(Reg dst, Reg src);
    /** {@code call symbol}. */
    @Intrinsic public static native void call(String symbol);
    /** {@code jmp symbol}: a tail call. */
    @Intrinsic public static native void jmp(String symbol);
    /** {@code fninit}: the x87 unit to its standard state (control word 0x37F). */
    @Intrinsic public static native void fninit();
    /** {@code push r}. */
    @Intrinsic public static native void push(Reg r);
    /** {@code pop r}. */
    @Intrinsic public static native void pop(Reg r);
    /** {@code syscall}. */
    @Intrinsic public static native void syscall();
    /** {@code ret}. */
    @Intrinsic public static native void ret();
    /** {@code ud2}: the trap after a call that must not return. */
    @Intrinsic public static native void ud2();
}

package ostooc.backend.x86.emit;

import java.util.ArrayList;
import java.util.List;
import ostooc.backend.x86.asm.Assembler;
import ostooc.backend.x86.asm.AluOp;
import ostooc.backend.x86.asm.Mem;
import ostooc.backend.x86.asm.Reg;
import ostooc.backend.x86.asm.Width;
import ostooc.backend.x86.lir.LFunction;
import ostooc.backend.x86.regalloc.Assignment;

/**
 * The stack frame of an allocated function, addressed from rsp (no frame pointer):
 * <pre>
 *   [rsp + size + 8*saved + 8 + 8k]  incoming stack argument k (parameter 6 + k)
 *   [rsp + size + 8*saved]           return address; above it the pushed callee-saved registers
 *   [rsp + out + 8s]                 spill slot s
 *   [rsp + 8k]                       outgoing stack argument k
 * </pre>
 * {@code size} is padded so that rsp is 16-byte aligned at calls (entry rsp is 8 mod 16). A leaf with no
 * spills and no callee-saved registers has no frame at all. A frame of one or two eightbytes is made with
 * {@code push rax} and freed with {@code pop rcx} (1 byte each instead of a 4-byte {@code sub/add rsp},
 * as clang does): the pushed value is garbage, like any fresh slot, and rcx is neither a callee-saved
 * nor a return-value register, so the epilogue may clobber it.
 */
public final class FrameLayout {
    /** Frames up to this many bytes are pushed and popped rather than made with sub/add rsp. */
    private static final int MAX_PUSHED = 16;

    private final List<Reg> saved;
    private final int size;
    private final int outArgs;

    public FrameLayout(LFunction f, Assignment a) {
        saved = new ArrayList<>(a.usedCalleeSaved());       // EnumSet order: deterministic
        outArgs = f.outArgBytes;
        int sz = outArgs + 8 * a.slotCount();
        if (f.hasCalls) while ((8 + 8 * saved.size() + sz) % 16 != 0) sz += 8;
        size = sz;
    }

    public int size() { return size; }
    public List<Reg> saved() { return saved; }
    public Mem slot(int s) { return Mem.of(Reg.RSP, outArgs + 8 * s); }
    public int incomingArgOffset(int k) { return size + 8 * saved.size() + 8 + 8 * k; }

    public void prologue(Assembler a) {
        for (Reg r : saved) a.push(r);
        if (size <= MAX_PUSHED) for (int k = 0; k < size; k += 8) a.push(Reg.RAX);
        else a.alu(AluOp.SUB, Width.B64, Reg.RSP, size);
    }

    /** The size in bytes of {@link #epilogue}'s code. */
    public int epilogueBytes() {
        Assembler a = new Assembler();
        epilogue(a);
        return a.finish().length;
    }

    /** Frees the frame and restores the callee-saved registers; clobbers rcx (see the class comment). */
    public void epilogue(Assembler a) {
        if (size <= MAX_PUSHED) for (int k = 0; k < size; k += 8) a.pop(Reg.RCX);
        else a.alu(AluOp.ADD, Width.B64, Reg.RSP, size);
        for (int i = saved.size() - 1; i >= 0; i--) a.pop(saved.get(i));
    }
}

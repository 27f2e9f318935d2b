package ostooc.backend.x86.emit;

import ostooc.backend.x86.asm.AluOp;
import ostooc.backend.x86.asm.Assembler;
import ostooc.backend.x86.asm.Label;
import ostooc.backend.x86.asm.Mem;
import ostooc.backend.x86.asm.Reg;
import ostooc.backend.x86.asm.Width;
import ostooc.backend.x86.lir.EmitContext;
import ostooc.backend.x86.lir.LBlock;
import ostooc.backend.x86.lir.LFunction;
import ostooc.backend.x86.lir.LInstr;
import ostooc.backend.x86.regalloc.Assignment;
import ostooc.backend.x86.regalloc.ParallelMoveResolver;
import ostooc.backend.x86.regalloc.ParallelMoveResolver.Step;
import ostooc.backend.x86.regalloc.Place;
import ostooc.backend.x86.regalloc.Regs;
import ostooc.backend.x86.regalloc.Rewriter;

/**
 * Writes an allocated LIR function into an {@link Assembler}: prologue, then each block in layout order;
 * each ordinary instruction with its spill reloads before and stores after ({@link Rewriter}); each
 * parallel move sequentialized by {@link ParallelMoveResolver}. Blocks that would emit only a jump are
 * skipped and branches to them go to their final target ({@link JumpThreading}); jumps to the next
 * emitted block are omitted by the branch emitters (they ask {@link EmitContext#isNext}).
 */
public final class FunctionEmitter implements EmitContext {
    /** Epilogue plus ret at least this long are emitted once per function ({@link #returnFromFunction}). */
    private static final int SHARED_EPILOGUE_MIN_BYTES = 5;

    private final LFunction f;
    private final Assignment alloc;
    private final FrameLayout frame;
    private final Assembler asm = new Assembler();
    private final Label[] labels;
    private final JumpThreading threading;
    private int nextEmitted;
    private Reg[] bound;
    private Label sharedReturn;

    private FunctionEmitter(LFunction f, Assignment alloc) {
        this.f = f; this.alloc = alloc;
        this.frame = new FrameLayout(f, alloc);
        this.threading = JumpThreading.of(f, alloc);
        labels = new Label[f.blocks.size()];
        for (int i = 0; i < labels.length; i++) labels[i] = asm.newLabel();
    }

    /** Emits {@code f} and returns the (unfinished) assembler holding its code. */
    public static Assembler emit(LFunction f, Assignment alloc) {
        FunctionEmitter e = new FunctionEmitter(f, alloc);
        e.frame.prologue(e.asm);
        for (LBlock b : f.blocks) {
            if (e.threading.isSkipped(b.id())) continue;
            e.nextEmitted = e.threading.nextEmitted(b.id());
            e.asm.bind(e.labels[b.id()]);
            for (LInstr i : b.instrs) e.instr(i);
        }
        return e.asm;
    }

    private void instr(LInstr i) {
        if (i.isParallelMove()) {
            for (Step s : ParallelMoveResolver.resolve(Rewriter.places(i, alloc), Regs.SCRATCH1, Regs.SCRATCH2)) move(s);
            return;
        }
        Rewriter.Bound b = Rewriter.bind(i, alloc);
        for (Rewriter.Spill r : b.reloads()) load(r.reg(), frame.slot(r.slot()));
        bound = b.regs();
        i.emitter().emit(this);
        for (Rewriter.Spill s : b.stores()) store(frame.slot(s.slot()), s.reg());
    }

    // Slots are eightbytes for both classes: xmm registers go through movsd (f32 values use the low half).
    private void load(Reg r, Mem m) { if (r.isXmm()) asm.movs(true, r, m); else asm.mov(Width.B64, r, m); }
    private void store(Mem m, Reg r) { if (r.isXmm()) asm.movs(true, m, r); else asm.mov(Width.B64, m, r); }

    /** A register-to-register copy; between the files the bits move with movq (parallel-move cycles save xmm values in r11). */
    private void copy(Reg d, Reg s) {
        if (d == s) return;
        if (d.isXmm() && s.isXmm()) asm.movaps(d, s);
        else if (d.isXmm()) asm.movToXmm(Width.B64, d, s);
        else if (s.isXmm()) asm.movFromXmm(Width.B64, d, s);
        else asm.mov(Width.B64, d, s);
    }

    private void move(Step s) {
        Place src = s.src();
        if (s.dst() instanceof Place.InReg d) {
            if (src instanceof Place.InReg r) copy(d.reg(), r.reg());
            else if (src instanceof Place.InSlot sl) load(d.reg(), frame.slot(sl.slot()));
            else if (d.reg().isXmm() && src instanceof Place.Imm im) { asm.movImm(Regs.SCRATCH1, im.value()); copy(d.reg(), Regs.SCRATCH1); } // constants are written last: r11 is free
            else if (src instanceof Place.Imm im && im.value() == 0) asm.alu(AluOp.XOR, Width.B32, d.reg(), d.reg()); // flags are dead between LIR instructions
            else if (src instanceof Place.Imm im) asm.movImm(d.reg(), im.value());
        } else if (s.dst() instanceof Place.InSlot d && src instanceof Place.InReg r) {
            store(frame.slot(d.slot()), r.reg());
        } else if (s.dst() instanceof Place.InSlot d && src instanceof Place.Imm im) {
            asm.mov(Width.B64, frame.slot(d.slot()), (int) im.value());
        } else {
            throw new IllegalStateException("not a single move: " + s);
        }
    }

    @Override public Assembler asm() { return asm; }
    @Override public Reg reg(int index) { return bound[index]; }
    @Override public Label label(LBlock b) { return labels[threading.target(b.id())]; }
    @Override public boolean isNext(LBlock b) { return threading.target(b.id()) == nextEmitted; }
    @Override public int incomingArgOffset(int k) { return frame.incomingArgOffset(k); }

    /**
     * The first return emits the epilogue and ret; when those are {@link #SHARED_EPILOGUE_MIN_BYTES} or
     * more, later returns jump to that copy instead (a jmp is 2 bytes, or 5 when far: never larger).
     */
    @Override public void returnFromFunction() {
        if (sharedReturn != null) { asm.jmp(sharedReturn); return; }
        if (frame.epilogueBytes() + 1 >= SHARED_EPILOGUE_MIN_BYTES) { sharedReturn = asm.newLabel(); asm.bind(sharedReturn); }
        frame.epilogue(asm);
        asm.ret();
    }

}

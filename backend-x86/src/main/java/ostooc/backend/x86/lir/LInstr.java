package ostooc.backend.x86.lir;

import java.util.ArrayList;
import java.util.List;

/**
 * One LIR instruction: its operands with their roles, and an emitter that writes machine code once each
 * operand has a physical register. The register allocator looks only at operands (never at what the
 * instruction is), so adding an instruction never touches the allocator.
 * A parallel move (a non-null {@link #moves()} list) is special in one way: its operands may end up in
 * stack slots, and the emitter sequentializes it; every other instruction gets registers for all operands.
 * Text is for dumps and error messages only.
 */
public final class LInstr {
    /** Writes the instruction's code. */
    @FunctionalInterface
    public interface Emitter { void emit(EmitContext c); }

    private final String text;
    private final List<Operand> operands;
    private final Emitter emitter;
    private final List<Move> moves;
    /** For register hints: a location this instruction's first DEF would like to share (or -1). */
    public int hintLoc = -1;

    private LInstr(String text, List<Operand> operands, Emitter emitter, List<Move> moves) {
        this.text = text; this.operands = List.copyOf(operands); this.emitter = emitter; this.moves = moves;
    }

    public static LInstr of(String text, List<Operand> operands, Emitter emitter) {
        return new LInstr(text, operands, emitter, null);
    }

    /** A parallel move: all sources are read, then all destinations written. */
    public static LInstr parallelMove(List<Move> moves) {
        List<Operand> ops = new ArrayList<>();
        for (Move m : moves) if (!m.isConst()) ops.add(Operand.use(m.src()));
        for (Move m : moves) ops.add(Operand.def(m.dst()));
        return new LInstr("pmove " + moves, ops, null, List.copyOf(moves));
    }

    public String text() { return text; }
    public List<Operand> operands() { return operands; }
    public Emitter emitter() { return emitter; }
    public boolean isParallelMove() { return moves != null; }
    public List<Move> moves() { return moves; }

    @Override public String toString() { return text; }
}

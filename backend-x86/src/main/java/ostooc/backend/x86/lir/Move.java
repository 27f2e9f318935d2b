package ostooc.backend.x86.lir;

/**
 * One move of a {@link LInstr parallel move}: {@code dst <- src} where dst is a location and the source is
 * either a location ({@code src >= 0}) or, when {@code src == CONST}, the 64-bit immediate {@code imm}.
 * Moves copy whole 64-bit registers (i32 values have undefined upper halves anyway).
 */
public record Move(int dst, int src, long imm) {
    public static final int CONST = -1;

    public static Move of(int dst, int src) { return new Move(dst, src, 0); }
    public static Move constant(int dst, long imm) { return new Move(dst, CONST, imm); }

    public boolean isConst() { return src == CONST; }

    @Override public String toString() {
        return Loc.toString(dst) + " <- " + (isConst() ? "$" + imm : Loc.toString(src));
    }
}

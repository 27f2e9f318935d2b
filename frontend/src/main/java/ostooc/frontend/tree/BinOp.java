package ostooc.frontend.tree;

/** Arithmetic, bitwise and shift operators; their operands are already promoted (JLS 5.6). */
public enum BinOp {
    ADD("+"), SUB("-"), MUL("*"), DIV("/"), REM("%"), AND("&"), OR("|"), XOR("^"), SHL("<<"), SHR(">>"), USHR(">>>");

    public final String symbol;
    BinOp(String symbol) { this.symbol = symbol; }

    public boolean isShift() { return this == SHL || this == SHR || this == USHR; }
    public boolean isDivision() { return this == DIV || this == REM; }
}

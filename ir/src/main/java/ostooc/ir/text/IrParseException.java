package ostooc.ir.text;

/** A syntax error in IR text, at a 1-based line and column. */
public final class IrParseException extends RuntimeException {
    private final int line;
    private final int column;

    public IrParseException(int line, int column, String message) {
        super(line + ":" + column + ": " + message);
        this.line = line;
        this.column = column;
    }

    public int line() { return line; }
    public int column() { return column; }
}

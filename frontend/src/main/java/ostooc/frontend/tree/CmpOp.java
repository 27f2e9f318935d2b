package ostooc.frontend.tree;

/** Comparison operators (signed; {@code ==}/{@code !=} also on booleans and references). */
public enum CmpOp {
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

    public final String symbol;
    CmpOp(String symbol) { this.symbol = symbol; }
}

package ostooc.tests;

/** The static types of generated expressions, with Java's numeric promotion rules. */
public enum NumType {
    BYTE("byte"), SHORT("short"), CHAR("char"), INT("int"), LONG("long"), BOOLEAN("boolean");

    private final String keyword;

    NumType(String keyword) { this.keyword = keyword; }

    public String keyword() { return keyword; }

    /** Unary numeric promotion (JLS 5.6): byte, short and char become int. */
    public NumType promoted() {
        if (this == BOOLEAN) throw new IllegalStateException("boolean is not numeric");
        return this == LONG ? LONG : INT;
    }

    /** Binary numeric promotion of two operands (int or long; no floating point in this stage). */
    public static NumType promote(NumType a, NumType b) {
        return a.promoted() == LONG || b.promoted() == LONG ? LONG : INT;
    }

    public boolean isSmall() { return this == BYTE || this == SHORT || this == CHAR; }
}

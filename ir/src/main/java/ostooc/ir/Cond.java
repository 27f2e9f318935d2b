package ostooc.ir;

/** Comparison conditions of {@link Op#CMP}: signed and unsigned integer orders. */
public enum Cond {
    EQ("eq"), NE("ne"), LT("slt"), LE("sle"), GT("sgt"), GE("sge"), ULT("ult"), ULE("ule"), UGT("ugt"), UGE("uge");

    private final String text;

    Cond(String text) { this.text = text; }

    public String text() { return text; }

    /** The condition that holds exactly when this one does not. */
    public Cond negate() {
        return switch (this) {
            case EQ -> NE; case NE -> EQ; case LT -> GE; case GE -> LT; case LE -> GT; case GT -> LE;
            case ULT -> UGE; case UGE -> ULT; case ULE -> UGT; case UGT -> ULE;
        };
    }

    /** The condition with the operands swapped: {@code a < b  <=>  b > a}. */
    public Cond swap() {
        return switch (this) {
            case EQ -> EQ; case NE -> NE; case LT -> GT; case GT -> LT; case LE -> GE; case GE -> LE;
            case ULT -> UGT; case UGT -> ULT; case ULE -> UGE; case UGE -> ULE;
        };
    }

    public boolean holds(long a, long b) {
        return switch (this) {
            case EQ -> a == b; case NE -> a != b; case LT -> a < b; case LE -> a <= b; case GT -> a > b; case GE -> a >= b;
            case ULT -> Long.compareUnsigned(a, b) < 0; case ULE -> Long.compareUnsigned(a, b) <= 0;
            case UGT -> Long.compareUnsigned(a, b) > 0; case UGE -> Long.compareUnsigned(a, b) >= 0;
        };
    }

    public static Cond parse(String s) {
        for (Cond c : values()) if (c.text.equals(s)) return c;
        throw new IllegalArgumentException("unknown condition: " + s);
    }
}

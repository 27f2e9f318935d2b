package ostooc.ir;

/**
 * The types of IR values. Java's boolean, byte, short and char are held in {@link #I32}, as on the JVM;
 * narrowing is explicit ({@link Op#SX8}, {@link Op#ZX16}, ...). {@link #REF} is a heap reference (64 bits),
 * kept apart from {@link #I64} so that a future collector can find roots.
 */
public enum Type {
    I32("i32", 4), I64("i64", 8), F32("f32", 4), F64("f64", 8), REF("ref", 8), VOID("void", 0);

    private final String text;
    private final int bytes;

    Type(String text, int bytes) { this.text = text; this.bytes = bytes; }

    public String text() { return text; }
    public int bytes() { return bytes; }
    public boolean isInt() { return this == I32 || this == I64; }
    public boolean isFloat() { return this == F32 || this == F64; }

    public static Type parse(String s) {
        for (Type t : values()) if (t.text.equals(s)) return t;
        throw new IllegalArgumentException("unknown type: " + s);
    }

    @Override public String toString() { return text; }
}

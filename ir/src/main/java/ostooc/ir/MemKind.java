package ostooc.ir;

/**
 * How a load or store touches memory: its width and, for loads narrower than the result, how the value is
 * extended. Loads of S8/U8/S16/U16 produce i32; I32 produces i32; I64 produces i64; REF produces ref.
 */
public enum MemKind {
    S8("s8", 1, Type.I32), U8("u8", 1, Type.I32), S16("s16", 2, Type.I32), U16("u16", 2, Type.I32),
    I32("i32", 4, Type.I32), I64("i64", 8, Type.I64), REF("ref", 8, Type.REF),
    F32("f32", 4, Type.F32), F64("f64", 8, Type.F64);

    private final String text;
    private final int bytes;
    private final Type valueType;

    MemKind(String text, int bytes, Type valueType) { this.text = text; this.bytes = bytes; this.valueType = valueType; }

    public String text() { return text; }
    public int bytes() { return bytes; }
    /** The type of the value loaded or stored. */
    public Type valueType() { return valueType; }

    public static MemKind parse(String s) {
        for (MemKind k : values()) if (k.text.equals(s)) return k;
        throw new IllegalArgumentException("unknown memory kind: " + s);
    }
}

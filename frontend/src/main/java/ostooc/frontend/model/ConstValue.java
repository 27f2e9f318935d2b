package ostooc.frontend.model;

/** The value of a compile-time constant expression (JLS 15.29), or an enum constant of the runtime. */
public sealed interface ConstValue {
    /** An integral or boolean constant, normalised to its type: boolean 0/1, byte/short/int sign-extended, char zero-extended. */
    record Int(long value) implements ConstValue { }
    /** A float or double constant; a float's value is held exactly (every float is a double). */
    record Real(double value) implements ConstValue {
        // by bits, so that NaN equals itself and -0.0 differs from 0.0 (constants are compared when interned)
        @Override public boolean equals(Object o) { return o instanceof Real r && Double.doubleToRawLongBits(r.value) == Double.doubleToRawLongBits(value); }
        @Override public int hashCode() { return Long.hashCode(Double.doubleToRawLongBits(value)); }
    }
    record Str(String value) implements ConstValue { }
    /** A constant of a constant-only enum (the Asm DSL's registers): only its name matters. */
    record EnumConst(String name) implements ConstValue { }
}

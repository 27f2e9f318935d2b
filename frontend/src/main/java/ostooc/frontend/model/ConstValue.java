package ostooc.frontend.model;

/** The value of a compile-time constant expression (JLS 15.29), or an enum constant of the runtime. */
public sealed interface ConstValue {
    /** An integral or boolean constant, normalised to its type: boolean 0/1, byte/short/int sign-extended, char zero-extended. */
    record Int(long value) implements ConstValue { }
    record Str(String value) implements ConstValue { }
    /** A constant of a constant-only enum (the Asm DSL's registers): only its name matters. */
    record EnumConst(String name) implements ConstValue { }
}

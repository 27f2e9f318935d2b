package ostooc.backend.obj;

import java.util.Objects;

/**
 * A symbol of one object file. {@code section == null} means undefined (a reference to another object);
 * {@code section == Section.ABSOLUTE} means an absolute value. {@code value} is the offset inside the section.
 */
public record Symbol(String name, Section section, long value, long size, Binding binding, SymbolType type) {
    public Symbol {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(type, "type");
    }

    public boolean isDefined() {
        return section != null;
    }

    /** A global function at offset 0 of {@code section}: what the code generator makes for each method. */
    public static Symbol globalFunc(String name, Section section, long size) {
        return new Symbol(name, section, 0, size, Binding.GLOBAL, SymbolType.FUNC);
    }

    public static Symbol undefined(String name) {
        return new Symbol(name, null, 0, 0, Binding.GLOBAL, SymbolType.NOTYPE);
    }
}

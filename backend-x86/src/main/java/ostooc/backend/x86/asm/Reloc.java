package ostooc.backend.x86.asm;

import java.util.Objects;

/**
 * A relocation: at {@code offset} (within the code, or later within a section) patch the field that
 * {@code type} describes with the address of {@code symbol} plus {@code addend}, in psABI terms.
 */
public record Reloc(int offset, RelocType type, String symbol, long addend) {
    public Reloc {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(symbol, "symbol");
    }

    /** The same relocation moved by {@code delta} bytes (used when code is placed inside a bigger section). */
    public Reloc shifted(int delta) {
        return new Reloc(offset + delta, type, symbol, addend);
    }
}

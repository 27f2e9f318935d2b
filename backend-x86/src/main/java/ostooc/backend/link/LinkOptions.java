package ostooc.backend.link;

import java.util.List;
import java.util.Objects;

/**
 * What to link into: the entry symbol, the address of the first (header) segment, and symbols kept
 * alive in addition to the entry (GC roots; e.g. functions only reached from data the linker cannot see).
 */
public record LinkOptions(String entrySymbol, long baseAddress, List<String> keepSymbols) {
    public static final long DEFAULT_BASE = 0x400000L;

    public LinkOptions {
        Objects.requireNonNull(entrySymbol, "entrySymbol");
        keepSymbols = List.copyOf(keepSymbols);
        if ((baseAddress & 0xfff) != 0) {
            throw new IllegalArgumentException("base address must be page-aligned: 0x" + Long.toHexString(baseAddress));
        }
    }

    /** Entry symbol at the default base 0x400000, nothing else kept. */
    public LinkOptions(String entrySymbol) {
        this(entrySymbol, DEFAULT_BASE, List.of());
    }
}

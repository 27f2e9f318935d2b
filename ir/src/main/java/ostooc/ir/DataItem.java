package ostooc.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * A named piece of static memory: read-only constants (string literals), initialised data (static fields
 * with a constant initial value) or zero-filled storage. {@link #relocs} are 64-bit absolute addresses of
 * other symbols written into the bytes at load time.
 */
public final class DataItem {
    public enum Kind { RODATA, DATA, BSS }

    /** An 8-byte slot at {@code offset} that holds the address of {@code symbol} + {@code addend}. */
    public record Reloc(int offset, String symbol, long addend) { }

    private final String name;
    private final Kind kind;
    private final int align;
    private byte[] bytes;
    private final List<Reloc> relocs = new ArrayList<>();

    public DataItem(String name, Kind kind, int align, byte[] bytes) {
        this.name = name; this.kind = kind; this.align = align; this.bytes = bytes;
    }

    public String name() { return name; }
    public Kind kind() { return kind; }
    public int align() { return align; }
    /** The contents (all zero for BSS; its length is the size). */
    public byte[] bytes() { return bytes; }
    public List<Reloc> relocs() { return relocs; }

    /** Keeps only the first {@code size} bytes: the rest is never read (no reloc may lie there). */
    public void truncate(int size) {
        for (Reloc r : relocs)
            if (r.offset() + 8 > size) throw new IllegalArgumentException(name + ": reloc at " + r.offset() + " beyond " + size);
        bytes = java.util.Arrays.copyOf(bytes, size);
    }
}

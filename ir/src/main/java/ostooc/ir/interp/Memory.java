package ostooc.ir.interp;

import ostooc.ir.DataItem;
import ostooc.ir.Function;
import ostooc.ir.Module;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The interpreter's memory: each data item gets its own region at a made-up address, functions get
 * addresses too (so relocations and SYMADDR work), and every access must fall inside one data item.
 * Little-endian, like x86-64.
 */
final class Memory {
    private static final long DATA_BASE = 0x1000_0000L, CODE_BASE = 0x4000_0000L;

    private record Region(long base, DataItem item, byte[] bytes) { }

    private final TreeMap<Long, Region> regions = new TreeMap<>();
    private final Map<String, Long> symbols = new HashMap<>();    // lookups only

    Memory(Module m) {
        long next = DATA_BASE;
        for (DataItem d : m.data()) {
            long align = Math.max(1, d.align());
            next = (next + align - 1) / align * align;
            regions.put(next, new Region(next, d, d.bytes().clone()));
            symbols.put(d.name(), next);
            next += Math.max(1, d.bytes().length) + 16;     // a gap, so running off the end is caught
        }
        List<Function> fs = m.functions();
        for (int i = 0; i < fs.size(); i++) symbols.put(fs.get(i).name(), CODE_BASE + 16L * i);
        for (Region r : regions.values())
            for (DataItem.Reloc rel : r.item().relocs()) write(r.base() + rel.offset(), 8, address(rel.symbol()) + rel.addend(), true);
    }

    long address(String symbol) {
        Long a = symbols.get(symbol);
        if (a == null) throw new InterpreterException("unknown symbol @" + symbol);
        return a;
    }

    /** Reads {@code size} bytes little-endian, zero-extended. */
    long read(long address, int size) {
        Region r = region(address, size);
        long v = 0;
        for (int k = size - 1; k >= 0; k--) v = (v << 8) | (r.bytes()[(int) (address - r.base()) + k] & 0xFF);
        return v;
    }

    void write(long address, int size, long value) { write(address, size, value, false); }

    private void write(long address, int size, long value, boolean initializing) {
        Region r = region(address, size);
        if (!initializing && r.item().kind() == DataItem.Kind.RODATA)
            throw new InterpreterException("store to read-only @" + r.item().name());
        for (int k = 0; k < size; k++) r.bytes()[(int) (address - r.base()) + k] = (byte) (value >>> (8 * k));
    }

    private Region region(long address, int size) {
        Map.Entry<Long, Region> e = regions.floorEntry(address);
        if (e == null || address + size > e.getKey() + e.getValue().bytes().length)
            throw new InterpreterException(String.format("access of %d bytes at 0x%x is outside every data item", size, address));
        return e.getValue();
    }
}

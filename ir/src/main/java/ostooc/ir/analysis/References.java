package ostooc.ir.analysis;

import ostooc.ir.Block;
import ostooc.ir.DataItem;
import ostooc.ir.Function;
import ostooc.ir.Instr;
import ostooc.ir.Module;
import ostooc.ir.Op;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Who refers to each function of a module: how many direct {@code call}s name it, and whether anything
 * else can reach it — being exported or the entry symbol, a {@code symaddr} of it (function pointers,
 * {@code calli}), a relocation in static data (vtables, interface tables) or a mention in a naked
 * function's {@code asm} text. A function that nothing else reaches is entered only through the direct
 * calls counted here, with exactly their arguments (the back end adds no calls of its own).
 * A snapshot: recompute after changing calls.
 */
public final class References {
    private final Map<String, Integer> calls = new HashMap<>();    // lookups only
    private final Set<String> escaping = new HashSet<>();

    public References(Module m) {
        escaping.add(m.entrySymbol);
        for (DataItem d : m.data()) for (DataItem.Reloc r : d.relocs()) escaping.add(r.symbol());
        StringBuilder asm = new StringBuilder();
        for (Function f : m.functions()) {
            if (f.exported) escaping.add(f.name());
            for (Block b : f.blocks())
                for (Instr i : b.instrs()) {
                    if (i.op() == Op.CALL) calls.merge(i.symbol, 1, Integer::sum);
                    else if (i.op() == Op.SYMADDR) escaping.add(i.symbol);
                    else if (i.op() == Op.ASM) asm.append(i.text).append('\n');
                }
        }
        String text = asm.toString();
        for (Function f : m.functions()) if (text.contains(f.name())) escaping.add(f.name());
    }

    /** The number of direct calls of {@code name} in the module. */
    public int callSites(String name) { return calls.getOrDefault(name, 0); }

    /** True when {@code name} is entered only through direct calls of the module. */
    public boolean onlyCalledDirectly(String name) { return !escaping.contains(name); }
}

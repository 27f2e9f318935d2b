package ostooc.backend.link;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ostooc.backend.obj.Binding;
import ostooc.backend.obj.ObjectFile;
import ostooc.backend.obj.Section;
import ostooc.backend.obj.Symbol;
import ostooc.backend.obj.SymbolType;

/**
 * Symbol resolution, over the objects {@link ArchiveSelection} chose. Rules (as GNU ld):
 * a LOCAL symbol is visible only in its own object and wins there; among GLOBAL/WEAK definitions a
 * GLOBAL beats a WEAK, the first WEAK wins among weaks, and two GLOBALs are an error. A name that is
 * referenced but defined nowhere, and is one of {@link LinkerSymbols#NAMES}, is defined by the linker
 * (object {@link #LINKER}; its address is known after layout). Any other reference that finds no
 * definition is an error unless the referencing object declares it WEAK (then its address is 0).
 */
final class SymbolTable {
    /** The owner of linker-defined symbols and of linker-made sections (the GOT). */
    static final ObjectFile LINKER = new ObjectFile("<linker>");

    /** A symbol definition and the object that defines it. */
    record Definition(ObjectFile object, Symbol symbol) {
        boolean isLinkerDefined() {
            return object == LINKER;
        }
    }

    private final Map<String, Definition> globals = new LinkedHashMap<>();
    private final Map<ObjectFile, Map<String, Symbol>> locals = new IdentityHashMap<>(); // lookup only

    static SymbolTable build(List<ObjectFile> inputs) throws LinkException {
        SymbolTable t = new SymbolTable();
        for (ObjectFile obj : inputs) {
            Map<String, Symbol> mine = new LinkedHashMap<>();
            t.locals.put(obj, mine);
            for (Symbol s : obj.symbols()) {
                if (!s.isDefined()) {
                    continue;
                }
                if (s.binding() == Binding.LOCAL) {
                    mine.putIfAbsent(s.name(), s);
                } else {
                    t.define(obj, s);
                }
            }
        }
        t.defineLinkerSymbols(inputs);
        return t;
    }

    /** Linker-defined names (__init_array_start, _end, ...) that an input references and none defines. */
    private void defineLinkerSymbols(List<ObjectFile> inputs) {
        for (ObjectFile obj : inputs) {
            for (Symbol s : obj.symbols()) {
                if (!s.isDefined() && !globals.containsKey(s.name()) && LinkerSymbols.NAMES.contains(s.name())) {
                    globals.put(s.name(), new Definition(LINKER,
                            new Symbol(s.name(), Section.ABSOLUTE, 0, 0, Binding.GLOBAL, SymbolType.NOTYPE)));
                }
            }
        }
    }

    private void define(ObjectFile obj, Symbol s) throws LinkException {
        Definition old = globals.get(s.name());
        if (old == null || (old.symbol().binding() == Binding.WEAK && s.binding() == Binding.GLOBAL)) {
            globals.put(s.name(), new Definition(obj, s));
        } else if (old.symbol().binding() == Binding.GLOBAL && s.binding() == Binding.GLOBAL) {
            throw new LinkException("duplicate symbol: " + s.name() + " (defined in object " + old.object().name()
                    + " and in object " + obj.name() + ")");
        }
    }

    /** What {@code name} means in {@code from}: its own local definition, else the global one; null if undefined. */
    Definition resolve(ObjectFile from, String name) {
        Symbol local = from == null ? null : locals.getOrDefault(from, Map.of()).get(name);
        return local != null ? new Definition(from, local) : globals.get(name);
    }

    /** True when {@code from} declares {@code name} as a weak reference, so "undefined" means address 0. */
    static boolean isWeakReference(ObjectFile from, String name) {
        for (Symbol s : from.symbols()) {
            if (s.name().equals(name) && !s.isDefined() && s.binding() == Binding.WEAK) {
                return true;
            }
        }
        return false;
    }
}

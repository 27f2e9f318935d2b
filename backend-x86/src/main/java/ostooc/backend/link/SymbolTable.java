package ostooc.backend.link;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ostooc.backend.obj.Binding;
import ostooc.backend.obj.ObjectFile;
import ostooc.backend.obj.Symbol;

/**
 * Symbol resolution. Rules (as GNU ld for objects, no archives yet):
 * a LOCAL symbol is visible only in its own object and wins there; among GLOBAL/WEAK definitions a
 * GLOBAL beats a WEAK, the first WEAK wins among weaks, and two GLOBALs are an error. A reference that
 * finds no definition is an error unless the referencing object declares it WEAK (then its address is 0).
 */
final class SymbolTable {
    /** A symbol definition and the object that defines it. */
    record Definition(ObjectFile object, Symbol symbol) {
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
        return t;
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
        Symbol local = from == null ? null : locals.get(from).get(name);
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

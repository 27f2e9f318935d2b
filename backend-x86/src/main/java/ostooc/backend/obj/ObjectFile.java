package ostooc.backend.obj;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A relocatable object: sections and symbols in insertion order (which is also output order, so
 * output is deterministic). Relocations name symbols; a name is looked up among this object's
 * symbols first, then among all objects' globals.
 */
public final class ObjectFile {
    private final String name;
    private final List<Section> sections = new ArrayList<>();
    private final List<Symbol> symbols = new ArrayList<>();

    public ObjectFile(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public Section addSection(String name, SectionKind kind, int align) {
        return addSection(new Section(name, kind, align));
    }

    public Section addSection(Section s) {
        sections.add(s);
        return s;
    }

    /** Adds a section holding {@code data} and returns it. */
    public Section addSection(String name, SectionKind kind, int align, byte[] data) {
        Section s = addSection(name, kind, align);
        s.setData(data);
        return s;
    }

    public void addSymbol(Symbol s) {
        symbols.add(s);
    }

    public List<Section> sections() {
        return Collections.unmodifiableList(sections);
    }

    public List<Symbol> symbols() {
        return Collections.unmodifiableList(symbols);
    }

    /** The first symbol with this name that is defined or, failing that, any symbol with it; null if none. */
    public Symbol symbol(String name) {
        Symbol any = null;
        for (Symbol s : symbols) {
            if (s.name().equals(name)) {
                if (s.isDefined()) {
                    return s;
                }
                any = any == null ? s : any;
            }
        }
        return any;
    }

    @Override
    public String toString() {
        return name;
    }
}

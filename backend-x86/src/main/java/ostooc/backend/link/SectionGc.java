package ostooc.backend.link;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import ostooc.backend.obj.ObjectFile;
import ostooc.backend.obj.Section;
import ostooc.backend.obj.SectionKind;

/**
 * Section garbage collection (ld --gc-sections): a section is live if a root symbol is in it, if it is
 * kept by {@link OutputRules#isKept} (.init, .fini, the constructor arrays: start-up code finds them by
 * position, not by symbol), or if a live section has a relocation against a symbol in it. Non-loadable
 * (OTHER) sections are never live; neither is .eh_frame, which only points at code.
 * Undefined symbols are reported here, for live references only, with the referencing section.
 * Returns live sections in input order, so the layout does not depend on traversal order.
 */
final class SectionGc {
    private SectionGc() {
    }

    static List<InputSection> liveSections(List<ObjectFile> inputs, SymbolTable symbols, List<String> roots)
            throws LinkException {
        Map<Section, ObjectFile> owner = new IdentityHashMap<>(); // lookup only
        for (ObjectFile o : inputs) {
            o.sections().forEach(s -> owner.put(s, o));
        }
        Map<Section, Boolean> live = new IdentityHashMap<>(); // membership only
        Deque<InputSection> work = new ArrayDeque<>();
        for (ObjectFile o : inputs) {
            for (Section s : o.sections()) {
                if (OutputRules.isKept(s)) {
                    live.put(s, true);
                    work.add(new InputSection(o, s));
                }
            }
        }
        for (String root : roots) {
            SymbolTable.Definition d = symbols.resolve(null, root);
            if (d == null) {
                throw new LinkException("undefined symbol: " + root + " (entry point or kept symbol)");
            }
            mark(d, owner, live, work);
        }
        while (!work.isEmpty()) {
            InputSection from = work.pop();
            for (var r : from.section().relocs()) {
                SymbolTable.Definition d = symbols.resolve(from.object(), r.symbol());
                if (d == null) {
                    if (SymbolTable.isWeakReference(from.object(), r.symbol())) {
                        continue;
                    }
                    throw new LinkException("undefined symbol: " + r.symbol() + " (referenced from section "
                            + from.section().name() + " in object " + from.object().name() + ")");
                }
                if (d.symbol().section().kind() == SectionKind.OTHER && d.symbol().section() != Section.ABSOLUTE) {
                    throw new LinkException("symbol " + r.symbol() + " referenced from " + from
                            + " is in non-loadable section " + d.symbol().section().name());
                }
                mark(d, owner, live, work);
            }
        }
        List<InputSection> out = new ArrayList<>();
        for (ObjectFile o : inputs) {
            for (Section s : o.sections()) {
                if (live.containsKey(s)) {
                    out.add(new InputSection(o, s));
                }
            }
        }
        return out;
    }

    private static void mark(SymbolTable.Definition d, Map<Section, ObjectFile> owner, Map<Section, Boolean> live,
            Deque<InputSection> work) {
        Section s = d.symbol().section();
        if (s == Section.ABSOLUTE || s.kind() == SectionKind.OTHER || live.containsKey(s)) {
            return;
        }
        live.put(s, true);
        work.push(new InputSection(owner.get(s), s));
    }
}

package ostooc.backend.link;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ostooc.backend.elf.ArArchive;
import ostooc.backend.elf.ElfFormatException;
import ostooc.backend.elf.ElfObjectReader;
import ostooc.backend.obj.Binding;
import ostooc.backend.obj.ObjectFile;
import ostooc.backend.obj.Symbol;

/**
 * Step 0 of the link: which archive members take part. Every object is in; an archive member is pulled
 * when the archive's symbol index says it defines a name that is referenced strongly (GLOBAL undefined)
 * by something already in and defined by nothing already in. A WEAK undefined reference pulls nothing (it
 * may stay 0), and a name that is already defined, even weakly, pulls nothing either (so musl's weak
 * dummies stay unless the program itself needs the real function). Pulled members bring their own
 * references, so the archives are rescanned, all of them as one group (GNU ld's --start-group), until a
 * pass pulls nothing: the fixpoint. Assumes: archives have a GNU symbol index (ar's s flag / ranlib).
 * Guarantees: the result is the objects in command-line order with each archive replaced by its pulled
 * members in archive order; members are parsed only when pulled.
 */
final class ArchiveSelection {
    private final Set<String> defined = new LinkedHashSet<>();
    private final Set<String> wanted = new LinkedHashSet<>(); // strongly referenced, in first-reference order
    private final Map<ArArchive.Member, ObjectFile> pulled = new IdentityHashMap<>(); // lookup only

    private ArchiveSelection() {
    }

    static List<ObjectFile> select(List<LinkInput> commandLine) throws LinkException {
        ArchiveSelection sel = new ArchiveSelection();
        for (LinkInput in : commandLine) {
            if (in instanceof LinkInput.ObjectInput o) {
                sel.add(o.object());
            } else if (in instanceof LinkInput.ArchiveInput a && a.archive().symbolIndex().isEmpty()
                    && !a.archive().members().isEmpty()) {
                throw new LinkException("archive " + a.archive().name() + " has no symbol index (create it with 'ar rcs' or run ranlib)");
            }
        }
        boolean progress = true;
        while (progress) {
            progress = false;
            for (LinkInput in : commandLine) {
                if (in instanceof LinkInput.ArchiveInput a) {
                    progress |= sel.scan(a.archive());
                }
            }
        }
        return sel.inOrder(commandLine);
    }

    /** One pass over an archive's index, in index order; true if it pulled a member. */
    private boolean scan(ArArchive archive) throws LinkException {
        boolean any = false;
        for (Map.Entry<String, ArArchive.Member> e : archive.symbolIndex().entrySet()) {
            if (wanted.contains(e.getKey()) && !defined.contains(e.getKey()) && !pulled.containsKey(e.getValue())) {
                ObjectFile member = parse(archive, e.getValue());
                pulled.put(e.getValue(), member);
                add(member);
                any = true;
            }
        }
        return any;
    }

    private static ObjectFile parse(ArArchive archive, ArArchive.Member m) throws LinkException {
        try {
            return ElfObjectReader.read(archive.memberName(m), m.data());
        } catch (ElfFormatException e) {
            throw new LinkException(e.getMessage());
        }
    }

    private void add(ObjectFile o) {
        for (Symbol s : o.symbols()) {
            if (s.binding() == Binding.LOCAL) {
                continue;
            }
            if (s.isDefined()) {
                defined.add(s.name());
            } else if (s.binding() == Binding.GLOBAL) {
                wanted.add(s.name());
            }
        }
    }

    private List<ObjectFile> inOrder(List<LinkInput> commandLine) {
        List<ObjectFile> out = new ArrayList<>();
        for (LinkInput in : commandLine) {
            if (in instanceof LinkInput.ObjectInput o) {
                out.add(o.object());
            } else if (in instanceof LinkInput.ArchiveInput a) {
                for (ArArchive.Member m : a.archive().members()) {
                    ObjectFile member = pulled.get(m);
                    if (member != null) {
                        out.add(member);
                    }
                }
            }
        }
        return out;
    }
}

package ostooc.backend.link;

import ostooc.backend.obj.ObjectFile;
import ostooc.backend.obj.Section;

/** A section together with the object it came from (needed to resolve its relocations' local symbols and for messages). */
record InputSection(ObjectFile object, Section section) {
    @Override
    public String toString() {
        return section.name() + " in object " + object.name();
    }
}

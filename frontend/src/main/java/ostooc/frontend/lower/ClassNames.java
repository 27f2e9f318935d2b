package ostooc.frontend.lower;

import ostooc.frontend.model.MethodSym;
import ostooc.ir.DataItem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The name slot of class descriptors ({@code Layout.CLASS_NAME}, the binary name as a String literal):
 * filled only in programs that can read it. One runtime method reads names, {@code ObjectMethods.name}
 * (behind {@code Object.toString}'s {@code Name@hash} and the ClassCastException and ArrayStoreException
 * messages); until lowering requests it, a descriptor's name slot stays 0 and waits here, and no literal
 * is emitted for it. Once it is requested, every waiting slot and every later descriptor gets its name:
 * the same fixpoint over the lowering worklist as {@link VirtualSlots}, so when the worklist ends, every
 * name that reached code can read is there.
 */
final class ClassNames {
    static final String READER_CLASS = "ostoo.shim.ObjectMethods", READER = "name";
    private static final int NAME = 8;   // Layout.CLASS_NAME

    private final StringPool strings;
    private boolean readable;
    private final List<Waiting> waiting = new ArrayList<>();
    private final List<DataItem> filledLate = new ArrayList<>();

    private record Waiting(DataItem descriptor, String javaName) { }

    ClassNames(StringPool strings) { this.strings = strings; }

    /** Descriptor {@code d} is named {@code javaName}: its name slot is filled now or once names are read. */
    void name(DataItem d, String javaName) {
        if (readable) fill(d, javaName);
        else waiting.add(new Waiting(d, javaName));
    }

    /** Lowering requested {@code m}: if it is the name reader, every descriptor gets its name from now on. */
    void requested(MethodSym m) {
        if (readable || !m.name.equals(READER) || !m.owner.binaryName.equals(READER_CLASS)) return;
        readable = true;
        for (Waiting w : waiting) {
            fill(w.descriptor(), w.javaName());
            filledLate.add(w.descriptor());
        }
        waiting.clear();
    }

    /** After the worklist: names filled late are sorted into offset order, so the IR text reads as laid out. */
    void finish() {
        for (DataItem d : filledLate) d.relocs().sort(Comparator.comparingInt(DataItem.Reloc::offset));
    }

    private void fill(DataItem d, String javaName) {
        d.relocs().add(new DataItem.Reloc(NAME, strings.literal(javaName), 0));
    }
}

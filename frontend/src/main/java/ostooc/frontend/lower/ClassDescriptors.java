package ostooc.frontend.lower;

import ostooc.frontend.model.ClassLayout;
import ostooc.frontend.model.ClassSym;
import ostooc.frontend.model.MethodSym;
import ostooc.ir.DataItem;

import java.util.ArrayList;
import java.util.List;

/**
 * Class descriptors as read-only data named {@code <binary name>.class}, laid out per
 * {@code ostoo.rt.Layout}: super descriptor, name (a String literal: {@code Class.getName()}; 0 unless the
 * program reads names, {@link ClassNames}), kind 0,
 * depth, no component, the interface tables ({@link InterfaceTables}), instance size, then the vtable (one function address per
 * slot; abstract slots stay 0). Created on first need — by {@code new}, {@code instanceof}, a cast, or a
 * subclass's descriptor — so a program pays only for the classes it uses; a slot gets (and requests) its
 * method only once reached code dispatches that selector ({@link VirtualSlots}), else it stays 0, and the
 * zero slots after the last filled one are not emitted ({@link #trimVtables}). {@code java.lang.String.class}
 * (instance size 0, which is how the runtime recognises it) exists for calls on a receiver typed Object that
 * turns out to be a String (whose header is 0, see Layout): its vtable is the shim's String methods.
 */
final class ClassDescriptors {
    static final String STRING_DESCRIPTOR = "java.lang.String.class";
    private static final int VTABLE = 48;

    private final ModuleLowerer ml;
    /** The descriptors of classes and arrays, whose vtables are trimmed at the end. */
    private final List<DataItem> withVtables = new ArrayList<>();

    ClassDescriptors(ModuleLowerer ml) { this.ml = ml; }

    /** The symbol of {@code c}'s descriptor, emitting it on first use. */
    String of(ClassSym c) {
        String name = c.binaryName + ".class";
        if (ml.module.dataItem(name) != null) return name;
        ClassLayout layout = ClassLayout.of(c);
        DataItem d = emit(name, c.runtimeName(), layout.depth, layout.size, layout.vtable.size());
        if (c.isInterface) {   // kind interface, super 0, no vtable; its superinterfaces, for `J[] instanceof I[]`
            StringPool.putInt(d.bytes(), 16, 1);
            String supers = InterfaceTables.superinterfaces(ml, c);
            if (supers != null) d.relocs().add(new DataItem.Reloc(32, supers, 0));
            return name;
        }
        // after adding the item: a method in the vtable may need this very descriptor
        if (c.superclass != null) d.relocs().add(new DataItem.Reloc(0, of(c.superclass), 0));
        String itables = InterfaceTables.of(ml, c);
        if (itables != null) d.relocs().add(new DataItem.Reloc(32, itables, 0));
        for (int i = 0; i < layout.vtable.size(); i++) {
            MethodSym m = layout.vtable.get(i);
            ml.slots.slot(d, VTABLE + 8 * i, c, m, m);
        }
        return name;
    }

    /** {@code java.lang.String.class}: Object's slots implemented by {@code Strings.equals/hashCode/toString}. */
    String string(ClassSym object, ClassSym strings) {
        if (ml.module.dataItem(STRING_DESCRIPTOR) != null) return STRING_DESCRIPTOR;
        List<MethodSym> slots = ClassLayout.of(object).vtable;
        DataItem d = emit(STRING_DESCRIPTOR, "java.lang.String", 1, 0, slots.size());
        d.relocs().add(new DataItem.Reloc(0, of(object), 0));
        for (int i = 0; i < slots.size(); i++) {
            MethodSym impl = null;
            for (MethodSym m : strings.methodsNamed(slots.get(i).name))
                if (m.params.size() == slots.get(i).params.size() + 1) impl = m;
            ml.slots.slot(d, VTABLE + 8 * i, object, slots.get(i), impl);   // read only on receivers typed Object
        }
        return STRING_DESCRIPTOR;
    }

    /** {@code d} is a descriptor with a vtable (a class's or an array's). */
    void hasVtable(DataItem d) { withVtables.add(d); }

    /**
     * After the worklist, when every slot reached code can read is filled ({@link VirtualSlots}): each
     * descriptor ends after its last filled slot. The slots after it hold 0 and are never read — no reached
     * call dispatches them on this class, and an abstract slot is only in descriptors of classes that have no
     * instances — so they are dropped: {@code java.lang.Object.class} of a program that never calls
     * toString, equals or hashCode through a vtable is 48 bytes instead of 72.
     */
    void trimVtables() {
        for (DataItem d : withVtables) {
            int end = VTABLE;
            for (DataItem.Reloc r : d.relocs()) end = Math.max(end, r.offset() + 8);
            d.truncate(end);
        }
    }

    private DataItem emit(String symbol, String javaName, int depth, long size, int slots) {
        byte[] b = new byte[VTABLE + 8 * slots];
        StringPool.putInt(b, 16, 0);        // kind: class
        StringPool.putInt(b, 20, depth);
        StringPool.putLong(b, 40, size);
        DataItem d = new DataItem(symbol, DataItem.Kind.RODATA, 8, b);
        ml.module.add(d);
        hasVtable(d);
        ml.names.name(d, javaName);
        return d;
    }
}

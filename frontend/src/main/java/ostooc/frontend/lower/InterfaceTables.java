package ostooc.frontend.lower;

import ostooc.frontend.model.ClassLayout;
import ostooc.frontend.model.ClassSym;
import ostooc.frontend.model.InterfaceModel;
import ostooc.frontend.model.MethodSym;
import ostooc.ir.DataItem;

import java.util.List;

/**
 * A class's interface tables, the data its descriptor's {@code itables} slot (+32) points at
 * ({@code ostoo.rt.Layout}): one read-only item {@code <class>.itables} holding the 0-terminated list of
 * (interface descriptor, itable address) pairs, for every interface the class implements directly or
 * through its superclasses and superinterfaces, followed by the itables themselves. Slot k of the itable
 * for I is the class's implementation of I's k-th method ({@link InterfaceModel#itable}): the vtable's
 * method of that signature, so a default method, an override or an inherited implementation alike.
 * <pre>
 *   C.itables:  [I.class, C.itables+48, J.class, C.itables+64, 0, 0,  I's slots..., J's slots...]
 * </pre>
 */
final class InterfaceTables {
    private InterfaceTables() { }

    /**
     * An interface's own pair list: its superinterfaces (direct and inherited), each with itable 0. Objects are
     * never of an interface's class, so no call reads it; the subtype test between array components
     * ({@code new J[1] instanceof I[]}, {@code ObjectMethods.isAssignable}) does. Null when it extends none.
     * <pre>
     *   J.itables:  [I.class, 0, K.class, 0, 0, 0]
     * </pre>
     */
    static String superinterfaces(ModuleLowerer ml, ClassSym i) {
        List<ClassSym> supers = i.allInterfaces();
        if (supers.isEmpty()) return null;
        String name = i.binaryName + ".itables";
        DataItem d = new DataItem(name, DataItem.Kind.RODATA, 8, new byte[16 * supers.size() + 16]);
        ml.module.add(d);
        for (int k = 0; k < supers.size(); k++) d.relocs().add(new DataItem.Reloc(16 * k, ml.descriptors.of(supers.get(k)), 0));
        return name;
    }

    /** The symbol of {@code c}'s interface tables, or null when it implements no interface. */
    static String of(ModuleLowerer ml, ClassSym c) {
        List<ClassSym> ifaces = c.allInterfaces();
        if (ifaces.isEmpty()) return null;
        String name = c.binaryName + ".itables";
        ClassLayout layout = ClassLayout.of(c);
        int listBytes = 16 * ifaces.size() + 16;
        int slots = 0;
        for (ClassSym i : ifaces) slots += InterfaceModel.itable(i).size();
        DataItem d = new DataItem(name, DataItem.Kind.RODATA, 8, new byte[listBytes + 8 * slots]);
        ml.module.add(d);
        int at = listBytes;
        for (int k = 0; k < ifaces.size(); k++) {
            d.relocs().add(new DataItem.Reloc(16 * k, ml.descriptors.of(ifaces.get(k)), 0));
            d.relocs().add(new DataItem.Reloc(16 * k + 8, name, at));
            for (MethodSym m : InterfaceModel.itable(ifaces.get(k))) {
                int slot = InterfaceModel.indexOf(layout.vtable, m);
                MethodSym impl = slot < 0 ? null : layout.vtable.get(slot);
                ml.slots.slot(d, at, c, m, impl);   // pruned until the program calls m's selector (VirtualSlots)
                at += 8;
            }
        }
        return name;
    }
}

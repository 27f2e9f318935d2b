package ostooc.frontend.lower;

import ostooc.frontend.model.ClassLayout;
import ostooc.frontend.model.ClassSym;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.MethodSym;
import ostooc.ir.DataItem;
import ostooc.ir.Module;

import java.util.List;

/**
 * The class descriptors arrays need, laid out per {@code ostoo.rt.Layout} and emitted only when a program
 * uses them ({@code [I.class}, {@code [[I.class}, {@code [Ljava.lang.String;.class}): kind 2, super
 * {@code java.lang.Object}, depth 1, the element size at +40 and the component descriptor at +24 — 0 for an
 * array of primitives: the runtime compares components only to tell covariant reference arrays apart, and
 * an array of primitives is assignable only to its own type, so {@code int.class} would never be read and
 * is not emitted. Descriptors of classes
 * (Object, String, user classes) come from {@link ClassDescriptors}. An array descriptor's vtable is
 * {@code java.lang.Object}'s (arrays inherit equals, hashCode and toString: {@code [I@1b6d3586}).
 */
final class ArrayDescriptors {
    static final int SIZE = 48;   // up to the vtable, Layout.CLASS_VTABLE
    private final ModuleLowerer ml;
    private final Module module;

    ArrayDescriptors(ModuleLowerer ml) {
        this.ml = ml;
        this.module = ml.module;
    }

    /** The descriptor symbol of an array or reference type, emitting it (and its components) on first use. */
    String of(JType t) {
        if (t instanceof JType.Array a) return array(a);
        if (t instanceof JType.Ref r) return classDescriptor(r);
        throw new IllegalStateException("no descriptor for the primitive type " + t);
    }

    private String classDescriptor(JType.Ref r) {
        if (JType.isString(r)) return ml.descriptors.string(object(), ml.model.byBinaryName("ostoo.shim.Strings"));
        if (r.cls() == null) throw new IllegalStateException("no class descriptor for " + r.binaryName());
        return ml.descriptors.of(r.cls());
    }

    private ClassSym object() { return ml.model.byBinaryName(JType.OBJECT_NAME); }

    private String array(JType.Array a) {
        String name = a.binaryName() + ".class";
        if (module.dataItem(name) == null) {
            String component = a.element() instanceof JType.Prim ? null : of(a.element());
            write(name, runtimeName(a), ml.descriptors.of(object()), 2, 1, component, elementSize(a.element()), ClassLayout.of(object()).vtable);
        }
        return name;
    }

    /** The array's {@code getName()} as on the JVM: {@code [Ljava.lang.Integer;} for the library's Integer too ({@link ClassSym#runtimeName}). */
    private static String runtimeName(JType.Array a) {
        if (a.element() instanceof JType.Array inner) return "[" + runtimeName(inner);
        if (a.element() instanceof JType.Ref r && r.cls() != null) return "[L" + r.cls().runtimeName() + ";";
        return a.binaryName();
    }

    /** Bytes per element of an array of {@code t} (boolean/byte 1, short/char 2, int 4, long/reference 8). */
    static int elementSize(JType t) { return StaticData.memKind(t).bytes(); }

    /** Emits one descriptor (Layout.CLASS_*): super, name, kind, depth, component, itables (0), size, vtable. */
    private void write(String symbol, String javaName, String superSymbol, int kind, int depth, String componentSymbol, long size,
                       List<MethodSym> vtable) {
        byte[] b = new byte[SIZE + 8 * vtable.size()];
        StringPool.putInt(b, 16, kind);
        StringPool.putInt(b, 20, depth);
        StringPool.putLong(b, 40, size);
        DataItem d = new DataItem(symbol, DataItem.Kind.RODATA, 8, b);
        module.add(d);   // before the literal and the components: a deterministic order, parents first
        ml.descriptors.hasVtable(d);
        if (superSymbol != null) d.relocs().add(new DataItem.Reloc(0, superSymbol, 0));
        ml.names.name(d, javaName);
        if (componentSymbol != null) d.relocs().add(new DataItem.Reloc(24, componentSymbol, 0));
        for (int i = 0; i < vtable.size(); i++) ml.slots.slot(d, SIZE + 8 * i, object(), vtable.get(i), vtable.get(i));   // arrays are Objects only
    }
}

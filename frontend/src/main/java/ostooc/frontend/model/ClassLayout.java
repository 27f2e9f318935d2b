package ostooc.frontend.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A class's object layout and vtable, as {@code ostoo.rt.Layout} specifies them: the header word at 0,
 * then the superclass's fields, then this class's instance fields in declaration order, each aligned to
 * its size; the vtable holds the superclass's slots first, an overriding method takes its overridden
 * method's slot, new virtual methods are appended. Computed once per class, on first need.
 */
public final class ClassLayout {
    public static final int HEADER_BYTES = 8;

    /** Bytes of an instance, rounded up to 8. */
    public final long size;
    /** Depth in the class chain: java.lang.Object 0, its direct subclasses 1, ... */
    public final int depth;
    /** Slot i: the method a call through slot i runs on an instance of exactly this class (abstract ones included). */
    public final List<MethodSym> vtable;

    /** javac's messages for unrelated defaults this class inherits (see {@link InterfaceModel#inherit}). */
    public final List<String> conflicts = new ArrayList<>();

    private ClassLayout(long size, int depth, List<MethodSym> vtable) {
        this.size = size; this.depth = depth; this.vtable = List.copyOf(vtable);
    }

    public static ClassLayout of(ClassSym c) {
        if (c.layout != null) return c.layout;
        if (c.isInterface) return c.layout = new ClassLayout(0, 0, List.of());   // interfaces dispatch through itables
        ClassLayout sup = c.superclass == null ? null : of(c.superclass);
        long offset = sup == null ? HEADER_BYTES : sup.size;
        for (FieldSym f : c.fields.values()) {
            if (f.isStatic) continue;
            int bytes = fieldBytes(f.type);
            offset = (offset + bytes - 1) & -bytes;
            f.offset = (int) offset;
            offset += bytes;
        }
        List<MethodSym> vtable = new ArrayList<>(sup == null ? List.of() : sup.vtable);
        for (MethodSym m : c.allMethods()) {
            if (m.isStatic || m.isPrivate || m.isConstructor) continue;
            if (m.isFinal && c.isObject()) continue;   // getClass(): called directly, no slot in every vtable
            int slot = -1;
            for (int i = 0; i < vtable.size(); i++) if (overrides(m, vtable.get(i))) slot = i;
            if (slot < 0) { slot = vtable.size(); vtable.add(m); }
            else vtable.set(slot, m);
            m.vtableSlot = slot;
        }
        List<String> conflicts = new ArrayList<>();
        InterfaceModel.inherit(c, vtable, conflicts);   // unimplemented interface methods: most specific default or abstract
        c.layout = new ClassLayout((offset + 7) & ~7L, sup == null ? 0 : sup.depth + 1, vtable);
        c.layout.conflicts.addAll(conflicts);
        return c.layout;
    }

    /** JLS 8.4.8.1, without generics: same name and parameter types. */
    public static boolean overrides(MethodSym m, MethodSym base) {
        return m.name.equals(base.name) && m.params.equals(base.params);
    }

    public static int fieldBytes(JType t) {
        if (t == JType.Prim.BOOLEAN || t == JType.Prim.BYTE) return 1;
        if (t == JType.Prim.SHORT || t == JType.Prim.CHAR) return 2;
        if (t == JType.Prim.INT || t == JType.Prim.FLOAT) return 4;
        return 8;
    }
}

package ostooc.frontend.lower;

import ostooc.frontend.model.JType;
import ostooc.ir.DataItem;
import ostooc.ir.Module;

/**
 * The class descriptors arrays need, laid out per {@code ostoo.rt.Layout} and emitted only when a program
 * uses them: array descriptors ({@code [I.class}, {@code [[I.class}, {@code [Ljava.lang.String;.class}:
 * kind 2, super {@code java.lang.Object}, depth 1, the element size at +40 and the component descriptor
 * at +24) and primitive ones ({@code int.class}: kind 3, the value's size). Descriptors of classes
 * (String, Object) come from {@link ClassDescriptorStubs} until classes have descriptors of their own.
 * Array descriptors have no vtable yet (arrays have no virtual methods until Object has some).
 */
final class ArrayDescriptors {
    static final int SIZE = 48;   // up to the vtable, Layout.CLASS_VTABLE
    private final Module module;
    private final StringPool strings;
    private final ClassDescriptorStubs classes;

    ArrayDescriptors(Module module, StringPool strings) {
        this.module = module;
        this.strings = strings;
        this.classes = new ClassDescriptorStubs(this);
    }

    /** The descriptor symbol of any type, emitting it (and its components) on first use. */
    String of(JType t) {
        if (t instanceof JType.Array a) return array(a);
        if (t instanceof JType.Prim p) return primitive(p);
        return classes.of(((JType.Ref) t).binaryName());
    }

    private String array(JType.Array a) {
        String name = a.binaryName() + ".class";
        if (module.dataItem(name) == null) {
            String component = of(a.element());
            write(name, a.binaryName(), classes.of("java.lang.Object"), 2, 1, component, elementSize(a.element()));
        }
        return name;
    }

    private String primitive(JType.Prim p) {
        String name = p.javaName() + ".class";
        if (module.dataItem(name) == null) write(name, p.javaName(), null, 3, 0, null, elementSize(p));
        return name;
    }

    boolean hasDescriptor(String symbol) { return module.dataItem(symbol) != null; }

    /** Bytes per element of an array of {@code t} (boolean/byte 1, short/char 2, int 4, long/reference 8). */
    static int elementSize(JType t) { return StaticData.memKind(t).bytes(); }

    /** Emits one descriptor (Layout.CLASS_*): super, name, kind, depth, component, itables (0), size. */
    void write(String symbol, String javaName, String superSymbol, int kind, int depth, String componentSymbol, long size) {
        byte[] b = new byte[SIZE];
        StringPool.putInt(b, 16, kind);
        StringPool.putInt(b, 20, depth);
        StringPool.putLong(b, 40, size);
        DataItem d = new DataItem(symbol, DataItem.Kind.RODATA, 8, b);
        module.add(d);   // before the literal and the components: a deterministic order, parents first
        if (superSymbol != null) d.relocs().add(new DataItem.Reloc(0, superSymbol, 0));
        d.relocs().add(new DataItem.Reloc(8, strings.literal(javaName), 0));
        if (componentSymbol != null) d.relocs().add(new DataItem.Reloc(24, componentSymbol, 0));
    }
}

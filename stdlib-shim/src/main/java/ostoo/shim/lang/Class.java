package ostoo.shim.lang;

import ostoo.rt.annotation.JdkClass;
import ostoo.shim.ObjectMethods;

/**
 * {@code java.lang.Class}: one object per class descriptor, made on first use (by {@code getClass()} or a
 * class literal) and kept in a list, so {@code a.getClass() == b.getClass()} is identity as on the JVM.
 * Descriptor 0 stands for {@code java.lang.String}, whose objects carry no descriptor (see ostoo.rt.Layout).
 * Names come from the descriptors ({@link ObjectMethods#nameOf}).
 */
@JdkClass("java.lang.Class")
public final class Class {
    private static Class all;

    private final long descriptor;
    private final Class next;

    private Class(long descriptor, Class next) { this.descriptor = descriptor; this.next = next; }

    /** The Class of descriptor {@code d} (0: String), the same object every time. */
    static Class of(long d) {
        for (Class c = all; c != null; c = c.next) if (c.descriptor == d) return c;
        all = new Class(d, all);
        return all;
    }

    /** {@code Class.getName()}: {@code pkg.Outer$Inner}, {@code [I}, {@code [Ljava.lang.String;}. */
    public String getName() { return descriptor == 0 ? "java.lang.String" : ObjectMethods.nameOf(descriptor); }

    /** {@code Class.getSimpleName()}: {@code Inner}, {@code int[]}, {@code String[][]}; "" for an anonymous class. */
    public String getSimpleName() {
        String n = getName();
        int dims = 0;
        while (dims < n.length() && n.charAt(dims) == '[') dims++;
        String simple = dims == 0 ? simpleOf(n) : element(n.substring(dims));
        for (int i = 0; i < dims; i++) simple = simple + "[]";
        return simple;
    }

    /** An array's element descriptor ({@code I}, {@code Lpkg.C;}) as a simple name. */
    private static String element(String d) {
        switch (d.charAt(0)) {
            case 'Z': return "boolean";
            case 'B': return "byte";
            case 'S': return "short";
            case 'C': return "char";
            case 'I': return "int";
            case 'J': return "long";
            case 'F': return "float";
            case 'D': return "double";
            default: return simpleOf(d.substring(1, d.length() - 1));
        }
    }

    /** The simple name of a class's binary name: after the package and the enclosing classes; a local class's digits dropped. */
    private static String simpleOf(String binary) {
        String s = binary.substring(binary.lastIndexOf('.') + 1);
        s = s.substring(s.lastIndexOf('$') + 1);
        int i = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        return s.substring(i);
    }

    /** {@code Class.isInstance}: what {@code o instanceof} this class says. */
    public boolean isInstance(Object o) { return descriptor == 0 ? ObjectMethods.isString(o) : ObjectMethods.isInstance(o, descriptor); }

    public boolean isArray() { return descriptor != 0 && ObjectMethods.kindOf(descriptor) == ostoo.rt.Layout.KIND_ARRAY; }
    public boolean isInterface() { return descriptor != 0 && ObjectMethods.kindOf(descriptor) == ostoo.rt.Layout.KIND_INTERFACE; }
    public boolean isPrimitive() { return false; }

    /** {@code Class.toString()}: {@code class pkg.C}, {@code interface pkg.I}, {@code class [I}. */
    public String toString() { return (isInterface() ? "interface " : "class ") + getName(); }
}

package ostoo.shim;

import ostoo.rt.Layout;
import ostoo.rt.Mem;
import ostoo.rt.Panic;

/**
 * {@code java.lang.Object}'s methods and the run-time type tests. The compiler models Object as a class
 * with no source whose {@code equals}, {@code hashCode} and {@code toString} are these static methods:
 * they take the receiver first, which is exactly the calling convention of an instance method, so they
 * sit in every vtable as they are. A header of 0 is a String (string literals carry no descriptor).
 */
public final class ObjectMethods {
    private ObjectMethods() { }

    /** {@code Object.equals}: identity. */
    public static boolean equals(Object self, Object other) { return self == other; }

    /**
     * {@code Object.hashCode}: an identity hash from the address (objects never move: there is no GC).
     * Objects are 8-aligned, so the low 3 bits carry nothing; the high half is folded in.
     */
    public static int hashCode(Object self) {
        long a = Mem.addressOf(self);
        return (int) (a >>> 3) ^ (int) (a >>> 35);
    }

    /** {@code Object.toString}: {@code ClassName@hexhash}, the name as {@code Class.getName()} prints it. */
    public static String toString(Object self) {
        return className(self) + "@" + Integers.toHexString(self.hashCode());
    }

    /** {@code o instanceof T} for a class, interface or array type T ({@code target} is T's descriptor). */
    public static boolean isInstance(Object o, long target) {
        return o != null && isAssignable(descriptor(o), target);
    }

    /**
     * Whether a value of the type described by {@code k} (0: String) is a {@code target} (JLS 4.10):
     * the super chain for classes (an array's super is Object); arrays of references covariantly, by
     * their components; arrays of primitives only to themselves.
     */
    private static boolean isAssignable(long k, long target) {
        if (k == target) return true;
        int targetKind = Mem.loadInt(target + Layout.CLASS_KIND);
        if (targetKind == Layout.KIND_CLASS && Mem.loadLong(target + Layout.CLASS_SUPER) == 0) return true;   // Object
        if (k == 0) return targetKind == Layout.KIND_CLASS && isStringDescriptor(target);
        if (targetKind == Layout.KIND_INTERFACE) return hasInterface(k, target);
        if (targetKind == Layout.KIND_ARRAY) {
            if (Mem.loadInt(k + Layout.CLASS_KIND) != Layout.KIND_ARRAY) return false;
            long from = Mem.loadLong(k + Layout.CLASS_COMPONENT), to = Mem.loadLong(target + Layout.CLASS_COMPONENT);
            if (from == 0 || to == 0) return false;   // an array of primitives (component 0) is only its own type
            return isAssignable(from, to);
        }
        for (k = Mem.loadLong(k + Layout.CLASS_SUPER); k != 0; k = Mem.loadLong(k + Layout.CLASS_SUPER))
            if (k == target) return true;
        return false;
    }

    /**
     * The itable of interface {@code iface} in {@code o}'s class: a linear scan of the descriptor's
     * (interface descriptor, itable) pairs. The compiler calls this only where o's static type says it
     * implements the interface, so the pair is there.
     */
    public static long itable(Object o, long iface) { return findItable(descriptor(o), iface); }

    /** The itable address for {@code iface} in the class described by {@code k}, or 0 (arrays, String: none). */
    private static long findItable(long k, long iface) {
        if (k == 0) return 0;
        long pairs = Mem.loadLong(k + Layout.CLASS_ITABLES);
        if (pairs == 0) return 0;
        for (long d = Mem.loadLong(pairs); d != 0; pairs += 16, d = Mem.loadLong(pairs))
            if (d == iface) return Mem.loadLong(pairs + 8);
        return 0;
    }

    /**
     * Whether the class or interface described by {@code k} is below interface {@code iface}: its pair list names
     * it (an interface's list has no itables, only its superinterfaces: arrays of interfaces compare components).
     */
    private static boolean hasInterface(long k, long iface) {
        long pairs = Mem.loadLong(k + Layout.CLASS_ITABLES);
        if (pairs == 0) return false;
        for (long d = Mem.loadLong(pairs); d != 0; pairs += 16, d = Mem.loadLong(pairs))
            if (d == iface) return true;
        return false;
    }

    /** {@code java.lang.String.class} (emitted only on demand): the one class descriptor of instance size 0. */
    private static boolean isStringDescriptor(long d) {
        return Mem.loadInt(d + Layout.CLASS_KIND) == Layout.KIND_CLASS && Mem.loadLong(d + Layout.CLASS_SIZE) == 0;
    }

    /**
     * {@code a[i] = v} into an array whose static element type is not exact (covariance): {@code v} must
     * be an instance of the array's run-time component type, else the JVM's ArrayStoreException.
     */
    public static void checkStore(Object array, Object value, String file, int lineColumn) {
        if (value == null) return;
        long component = Mem.loadLong(descriptor(array) + Layout.CLASS_COMPONENT);
        if (!isAssignable(descriptor(value), component)) Panic.panic("java.lang.ArrayStoreException: " + className(value), file, lineColumn);
    }

    public static boolean isString(Object o) { return o != null && descriptor(o) == 0; }

    /** {@code (C) o}: null passes; anything not a C panics as the JVM's ClassCastException. */
    public static void checkCast(Object o, long target, String file, int lineColumn) {
        if (o != null && !isInstance(o, target)) classCast(o, name(target), file, lineColumn);
    }

    public static void checkCastString(Object o, String file, int lineColumn) {
        if (o != null && descriptor(o) != 0) classCast(o, "java.lang.String", file, lineColumn);
    }

    private static void classCast(Object o, String target, String file, int lineColumn) {
        Panic.panic("java.lang.ClassCastException: class " + className(o) + " cannot be cast to class " + target, file, lineColumn);
    }

    private static long descriptor(Object o) { return Mem.loadLong(Mem.addressOf(o) + Layout.HEADER); }

    /** The descriptor of {@code o}'s class (0: String); {@code o} is not null (for {@code java.lang.Class}). */
    public static long descriptorOf(Object o) { return descriptor(o); }

    /** The name in descriptor {@code d}, as {@code Class.getName()} prints it. */
    public static String nameOf(long d) { return name(d); }

    /** Whether {@code v} (not null) may be stored in the array {@code array} (its run-time component type). */
    public static boolean fitsArray(Object array, Object v) {
        return isAssignable(descriptor(v), Mem.loadLong(descriptor(array) + Layout.CLASS_COMPONENT));
    }

    /** The type name HotSpot's messages use: {@code java.lang.Object[]}, {@code int[][]}, {@code pkg.C}. */
    public static String typeName(Object o) { return typeName(className(o)); }

    /** The component type's name of the array {@code array}, as {@link #typeName(Object)} writes it. */
    public static String componentName(Object array) {
        String t = typeName(className(array));
        return t.substring(0, t.length() - 2);
    }

    private static String typeName(String binary) {
        if (binary.isEmpty() || binary.charAt(0) != '[') return binary;
        String element = binary.substring(1);
        String inner;
        switch (element.charAt(0)) {
            case 'Z': inner = "boolean"; break;
            case 'B': inner = "byte"; break;
            case 'S': inner = "short"; break;
            case 'C': inner = "char"; break;
            case 'I': inner = "int"; break;
            case 'J': inner = "long"; break;
            case 'F': inner = "float"; break;
            case 'D': inner = "double"; break;
            case '[': inner = typeName(element); break;
            default: inner = element.substring(1, element.length() - 1);
        }
        return inner + "[]";
    }

    /** The kind of descriptor {@code d}: {@code Layout.KIND_CLASS}, {@code KIND_INTERFACE} or {@code KIND_ARRAY}. */
    public static int kindOf(long d) { return Mem.loadInt(d + Layout.CLASS_KIND); }

    private static String className(Object o) {
        long d = descriptor(o);
        return d == 0 ? "java.lang.String" : name(d);
    }

    /**
     * The name in descriptor {@code d}. The only reader of {@code Layout.CLASS_NAME}: descriptors carry
     * their names only in programs that reach this method (the compiler's {@code lower/ClassNames}).
     */
    private static String name(long d) { return Mem.stringAt(Mem.loadLong(d + Layout.CLASS_NAME)); }
}

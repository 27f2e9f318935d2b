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

    /** {@code o instanceof C} for a class C ({@code target} is C's descriptor): walks the super chain. */
    public static boolean isInstance(Object o, long target) {
        if (o == null) return false;
        for (long k = descriptor(o); k != 0; k = Mem.loadLong(k + Layout.CLASS_SUPER))
            if (k == target) return true;
        return false;
    }

    public static boolean isString(Object o) { return o != null && descriptor(o) == 0; }

    /** {@code (C) o}: null passes; anything not a C panics as the JVM's ClassCastException. */
    public static void checkCast(Object o, long target, String location) {
        if (o != null && !isInstance(o, target)) classCast(o, Mem.stringAt(Mem.loadLong(target + Layout.CLASS_NAME)), location);
    }

    public static void checkCastString(Object o, String location) {
        if (o != null && descriptor(o) != 0) classCast(o, "java.lang.String", location);
    }

    private static void classCast(Object o, String target, String location) {
        Panic.panic("java.lang.ClassCastException: class " + className(o) + " cannot be cast to class " + target, location);
    }

    private static long descriptor(Object o) { return Mem.loadLong(Mem.addressOf(o) + Layout.HEADER); }

    private static String className(Object o) {
        long d = descriptor(o);
        return d == 0 ? "java.lang.String" : Mem.stringAt(Mem.loadLong(d + Layout.CLASS_NAME));
    }
}

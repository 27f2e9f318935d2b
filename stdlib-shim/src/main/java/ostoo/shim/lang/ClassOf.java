package ostoo.shim.lang;

import ostoo.shim.ObjectMethods;

/**
 * The compiler's entry points to {@link Class} objects (not JDK API, so not members of Class): {@code
 * o.getClass()} is {@link #getClass(Object)}, bound as Object's method; a class literal {@code C.class} is
 * {@link #literal(long)} of C's descriptor (0 for String).
 */
public final class ClassOf {
    private ClassOf() { }

    /** {@code Object.getClass()}: the receiver first, as an instance method takes it. */
    public static Class getClass(Object self) { return Class.of(ObjectMethods.descriptorOf(self)); }

    public static Class literal(long descriptor) { return Class.of(descriptor); }
}

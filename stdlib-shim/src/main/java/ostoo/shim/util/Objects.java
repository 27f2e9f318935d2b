package ostoo.shim.util;

import ostoo.rt.annotation.JdkClass;

/**
 * {@code java.util.Objects}: the null-tolerant helpers. The generic ones ({@code requireNonNull}, {@code
 * requireNonNullElse}, {@code compare}) wait for generics: without them their result could not have the argument's type.
 */
@JdkClass("java.util.Objects")
public final class Objects {
    private Objects() { }

    public static boolean equals(Object a, Object b) { return a == b || a != null && a.equals(b); }

    public static int hashCode(Object o) { return o != null ? o.hashCode() : 0; }

    /** {@code Arrays.hashCode(values)}: 31 * h + element hash, from 1; 0 for a null array. */
    public static int hash(Object... values) {
        if (values == null) return 0;
        int h = 1;
        for (Object v : values) h = 31 * h + (v == null ? 0 : v.hashCode());
        return h;
    }

    public static String toString(Object o) { return String.valueOf(o); }

    public static String toString(Object o, String nullDefault) { return o != null ? o.toString() : nullDefault; }

    public static boolean isNull(Object o) { return o == null; }

    public static boolean nonNull(Object o) { return o != null; }

    public static boolean deepEquals(Object a, Object b) { return a == b || a != null && b != null && ostoo.shim.DeepArrays.elementsEqual(a, b); }
}

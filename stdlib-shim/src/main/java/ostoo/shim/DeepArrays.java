package ostoo.shim;

/**
 * {@code Arrays.deepToString}, {@code deepEquals} and {@code deepHashCode}, as the JDK defines them
 * (java.util.Arrays, JDK 17), reached through {@link Arrays}' forwarders. Each element's run-time type
 * decides: an {@code Object[]} (any array of references or of arrays) recurses, an array of a primitive
 * type goes to that type's {@code Arrays.toString}/{@code equals}/{@code hashCode}, anything else is
 * {@code toString()}/{@code equals}/{@code hashCode()}; the {@code instanceof} tests read the elements'
 * array descriptors. deepToString prints an array that contains itself, directly or further down, as
 * {@code [...]}: it keeps the arrays on the path from the top (the JDK's {@code dejaVu} set) as a chain of
 * two-element {@code {array, rest}} arrays. Like the JDK's, deepEquals and deepHashCode do not guard against
 * cycles (the JVM throws StackOverflowError there).
 * Package-private: the compiler maps no Java method here.
 */
public final class DeepArrays {
    private DeepArrays() { }

    static String toString(Object[] a) {
        if (a == null) return "null";
        StringBuilder b = new StringBuilder();
        append(b, a, new Object[] {a, null});
        return b.toString();
    }

    /** Appends {@code a}, which heads {@code path} (the arrays being printed, innermost first). */
    private static void append(StringBuilder b, Object[] a, Object[] path) {
        b.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) b.append(", ");
            Object e = a[i];
            if (e == null) b.append("null");
            else if (e instanceof Object[]) {
                Object[] inner = (Object[]) e;
                if (onPath(inner, path)) b.append("[...]");
                else append(b, inner, new Object[] {inner, path});
            }
            else if (e instanceof int[]) b.append(Arrays.toString((int[]) e));
            else if (e instanceof long[]) b.append(Arrays.toString((long[]) e));
            else if (e instanceof short[]) b.append(Arrays.toString((short[]) e));
            else if (e instanceof byte[]) b.append(Arrays.toString((byte[]) e));
            else if (e instanceof char[]) b.append(Arrays.toString((char[]) e));
            else if (e instanceof boolean[]) b.append(Arrays.toString((boolean[]) e));
            else if (e instanceof double[]) b.append(Arrays.toString((double[]) e));
            else if (e instanceof float[]) b.append(Arrays.toString((float[]) e));
            else b.append(e.toString());   // as the JDK: not String.valueOf, so a null toString() prints "null" by append
        }
        b.append(']');
    }

    private static boolean onPath(Object[] a, Object[] path) {
        for (Object[] p = path; p != null; p = (Object[]) p[1]) if (p[0] == a) return true;
        return false;
    }

    static boolean equals(Object[] a1, Object[] a2) {
        if (a1 == a2) return true;
        if (a1 == null || a2 == null || a1.length != a2.length) return false;
        for (int i = 0; i < a1.length; i++) {
            Object e1 = a1[i], e2 = a2[i];
            if (e1 == e2) continue;
            if (e1 == null || !elementsEqual(e1, e2)) return false;
        }
        return true;
    }

    /** The JDK's {@code deepEquals0}: arrays of the same kind as arrays, anything else by {@code e1.equals(e2)}; e1 is not null. */
    public static boolean elementsEqual(Object e1, Object e2) {
        if (e1 instanceof Object[] && e2 instanceof Object[]) return equals((Object[]) e1, (Object[]) e2);
        if (e1 instanceof byte[] && e2 instanceof byte[]) return Arrays.equals((byte[]) e1, (byte[]) e2);
        if (e1 instanceof short[] && e2 instanceof short[]) return Arrays.equals((short[]) e1, (short[]) e2);
        if (e1 instanceof int[] && e2 instanceof int[]) return Arrays.equals((int[]) e1, (int[]) e2);
        if (e1 instanceof long[] && e2 instanceof long[]) return Arrays.equals((long[]) e1, (long[]) e2);
        if (e1 instanceof char[] && e2 instanceof char[]) return Arrays.equals((char[]) e1, (char[]) e2);
        if (e1 instanceof float[] && e2 instanceof float[]) return Arrays.equals((float[]) e1, (float[]) e2);
        if (e1 instanceof double[] && e2 instanceof double[]) return Arrays.equals((double[]) e1, (double[]) e2);
        if (e1 instanceof boolean[] && e2 instanceof boolean[]) return Arrays.equals((boolean[]) e1, (boolean[]) e2);
        return e1.equals(e2);
    }

    static int hashCode(Object[] a) {
        if (a == null) return 0;
        int h = 1;
        for (int i = 0; i < a.length; i++) h = 31 * h + elementHash(a[i]);
        return h;
    }

    private static int elementHash(Object e) {
        if (e == null) return 0;
        if (e instanceof Object[]) return hashCode((Object[]) e);
        if (e instanceof int[]) return Arrays.hashCode((int[]) e);
        if (e instanceof long[]) return Arrays.hashCode((long[]) e);
        if (e instanceof short[]) return Arrays.hashCode((short[]) e);
        if (e instanceof byte[]) return Arrays.hashCode((byte[]) e);
        if (e instanceof char[]) return Arrays.hashCode((char[]) e);
        if (e instanceof boolean[]) return Arrays.hashCode((boolean[]) e);
        if (e instanceof double[]) return Arrays.hashCode((double[]) e);
        if (e instanceof float[]) return Arrays.hashCode((float[]) e);
        return e.hashCode();
    }
}

package ostoo.shim;

/** {@code Boolean}'s static methods (boxed Booleans are not supported). */
public final class Booleans {
    private Booleans() { }

    /** True exactly for "true" in any case; null is false. */
    public static boolean parseBoolean(String s) { return s != null && StringCompare.equalsIgnoreCase("true", s); }
    public static String toString(boolean b) { return b ? "true" : "false"; }
    public static int compare(boolean a, boolean b) { return a == b ? 0 : a ? 1 : -1; }
    public static boolean logicalAnd(boolean a, boolean b) { return a && b; }
    public static boolean logicalOr(boolean a, boolean b) { return a || b; }
    public static boolean logicalXor(boolean a, boolean b) { return a ^ b; }
    public static int hashCode(boolean b) { return b ? 1231 : 1237; }
}

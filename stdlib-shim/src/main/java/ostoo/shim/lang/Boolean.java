package ostoo.shim.lang;

import ostoo.rt.annotation.JdkClass;
import ostoo.shim.Booleans;

/** {@code java.lang.Boolean}: the box of {@code boolean} ({@link #valueOf} returns {@link #TRUE} or {@link #FALSE}, as the JDK's) and its static methods. */
@JdkClass("java.lang.Boolean")
public final class Boolean {
    public static final Boolean TRUE = new Boolean(true);
    public static final Boolean FALSE = new Boolean(false);

    private final boolean value;

    public Boolean(boolean value) { this.value = value; }

    public static Boolean valueOf(boolean b) { return b ? TRUE : FALSE; }
    public static Boolean valueOf(String s) { return parseBoolean(s) ? TRUE : FALSE; }

    public boolean booleanValue() { return value; }
    public boolean equals(Object o) { return o instanceof Boolean b && b.value == value; }
    public int hashCode() { return Booleans.hashCode(value); }
    public String toString() { return value ? "true" : "false"; }
    public int compareTo(Boolean other) { return compare(value, other.value); }

    public static boolean parseBoolean(String s) { return Booleans.parseBoolean(s); }
    public static String toString(boolean b) { return Booleans.toString(b); }
    public static int compare(boolean a, boolean b) { return Booleans.compare(a, b); }
    public static boolean logicalAnd(boolean a, boolean b) { return Booleans.logicalAnd(a, b); }
    public static boolean logicalOr(boolean a, boolean b) { return Booleans.logicalOr(a, b); }
    public static boolean logicalXor(boolean a, boolean b) { return Booleans.logicalXor(a, b); }
    public static int hashCode(boolean b) { return Booleans.hashCode(b); }
}

package ostoo.shim;

import ostoo.rt.Mem;
import ostoo.rt.Panic;

/**
 * {@code java.lang.Enum}'s methods. The compiler synthesizes Enum as a class with two fields after the
 * header, the constant's name (a String, +8) and its ordinal (an int, +16), set when the constant is
 * created; these static methods take the receiver first (the instance-method ABI), as ObjectMethods does.
 */
public final class EnumMethods {
    private EnumMethods() { }

    private static final int NAME = 8, ORDINAL = 16;

    public static String name(Object self) { return Mem.stringAt(Mem.loadLong(Mem.addressOf(self) + NAME)); }

    public static int ordinal(Object self) { return Mem.loadInt(Mem.addressOf(self) + ORDINAL); }

    public static String toString(Object self) { return name(self); }

    /** {@code Enum.compareTo}: the difference of the ordinals (the JVM's, for constants of one enum). */
    public static int compareTo(Object self, Object other) {
        if (other == null) Panic.panic("java.lang.NullPointerException", "Enum.compareTo");
        return ordinal(self) - ordinal(other);
    }

    /** {@code E.valueOf(name)}: the constant of that name, else the JVM's IllegalArgumentException. */
    public static Object valueOf(Object[] values, String name, String enumName) {
        if (name == null) Panic.panic("java.lang.NullPointerException: Name is null", enumName + ".valueOf");
        for (int i = 0; i < values.length; i++)
            if (Strings.equals(name(values[i]), name)) return values[i];
        Panic.panic("java.lang.IllegalArgumentException: No enum constant " + enumName + "." + name, enumName + ".valueOf");
        return null;
    }
}

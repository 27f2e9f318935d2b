package ostoo.shim;

import ostoo.rt.Mem;
import ostoo.rt.StringUnits;

/** Test stand-in for the stdlib shim's Strings (concatenation and String.valueOf). */
public final class Strings {
    private Strings() { }

    public static String concat(String a, String b, String c) { return concat(concat(a, b), c); }
    public static String concat(String a, String b, String c, String d) { return concat(concat(a, b), concat(c, d)); }

    public static String concat(String a, String b) {
        if (a == null) a = "null";
        if (b == null) b = "null";
        int la = length(a), lb = length(b);
        long s = StringUnits.allocate(la + lb, StringUnits.coder(a) | StringUnits.coder(b));
        StringUnits.copy(b, 0, lb, s, StringUnits.copy(a, 0, la, s, 0));
        return Mem.stringAt(s);
    }

    public static String valueOf(String s) { return s == null ? "null" : s; }
    public static String valueOf(boolean b) { return b ? "true" : "false"; }
    public static String valueOf(int v) { return valueOf((long) v); }
    public static String valueOf(char c) {
        long s = StringUnits.allocate(1, StringUnits.coderOf(c));
        StringUnits.put(s, 0, c);
        return Mem.stringAt(s);
    }
    public static String valueOf(long v) {
        if (v == 0) return "0";
        String r = "";
        boolean negative = v < 0;
        while (v != 0) {
            long digit = v % 10;
            if (digit < 0) digit = -digit;
            r = valueOf((char) ('0' + digit)) + r;
            v /= 10;
        }
        return negative ? "-" + r : r;
    }

    public static int length(String s) { return StringUnits.length(s); }
    public static char charAt(String s, int index) { return StringUnits.at(s, index); }
}

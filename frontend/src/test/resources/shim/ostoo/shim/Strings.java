package ostoo.shim;

import ostoo.rt.Layout;
import ostoo.rt.Mem;

/** Test stand-in for the stdlib shim's Strings (concatenation and String.valueOf). */
public final class Strings {
    private Strings() { }

    public static String concat(String a, String b, String c) { return concat(concat(a, b), c); }
    public static String concat(String a, String b, String c, String d) { return concat(concat(a, b), concat(c, d)); }

    public static String concat(String a, String b) {
        if (a == null) a = "null";
        if (b == null) b = "null";
        int la = length(a), lb = length(b);
        long s = Mem.allocate(Layout.stringSize(la + lb));
        Mem.storeInt(s + Layout.STRING_LENGTH, la + lb);
        for (int i = 0; i < la; i++) Mem.storeChar(s + Layout.STRING_CHARS + 2L * i, charAt(a, i));
        for (int i = 0; i < lb; i++) Mem.storeChar(s + Layout.STRING_CHARS + 2L * (la + i), charAt(b, i));
        return Mem.stringAt(s);
    }

    public static String valueOf(String s) { return s == null ? "null" : s; }
    public static String valueOf(boolean b) { return b ? "true" : "false"; }
    public static String valueOf(int v) { return valueOf((long) v); }
    public static String valueOf(char c) {
        long s = Mem.allocate(Layout.stringSize(1));
        Mem.storeInt(s + Layout.STRING_LENGTH, 1);
        Mem.storeChar(s + Layout.STRING_CHARS, c);
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

    public static int length(String s) { return Mem.loadInt(Mem.addressOf(s) + Layout.STRING_LENGTH); }
    public static char charAt(String s, int index) { return Mem.loadChar(Mem.addressOf(s) + Layout.STRING_CHARS + 2L * index); }
}

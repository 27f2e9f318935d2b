package ostoo.shim;

import ostoo.rt.Panic;

/**
 * {@code java.util.Arrays}, as far as the subset reaches: the compiler maps {@code Arrays.f(...)} (with
 * {@code java.util.Arrays} imported or written out) to these methods. One overload per element type, as in
 * the JDK. Generated shapes, so the families stay identical; sorting is {@link HeapSort} (for primitives the
 * result is the JDK's, whatever the algorithm).
 */
public final class Arrays {
    private Arrays() { }

    public static void fill(int[] a, int v) {
        for (int i = 0; i < a.length; i++) a[i] = v;
    }

    public static String toString(int[] a) {
        if (a == null) return "null";
        if (a.length == 0) return "[]";
        String s = "[" + a[0];
        for (int i = 1; i < a.length; i++) s = s + ", " + a[i];
        return s + "]";
    }

    public static boolean equals(int[] a, int[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return false;
        return true;
    }

    public static int[] copyOf(int[] a, int newLength) {
        if (newLength < 0) Panic.panic("java.lang.NegativeArraySizeException: " + newLength, "Arrays.copyOf");
        int[] r = new int[newLength];
        int n = a.length < newLength ? a.length : newLength;
        for (int i = 0; i < n; i++) r[i] = a[i];
        return r;
    }

    public static void fill(long[] a, long v) {
        for (int i = 0; i < a.length; i++) a[i] = v;
    }

    public static String toString(long[] a) {
        if (a == null) return "null";
        if (a.length == 0) return "[]";
        String s = "[" + a[0];
        for (int i = 1; i < a.length; i++) s = s + ", " + a[i];
        return s + "]";
    }

    public static boolean equals(long[] a, long[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return false;
        return true;
    }

    public static long[] copyOf(long[] a, int newLength) {
        if (newLength < 0) Panic.panic("java.lang.NegativeArraySizeException: " + newLength, "Arrays.copyOf");
        long[] r = new long[newLength];
        int n = a.length < newLength ? a.length : newLength;
        for (int i = 0; i < n; i++) r[i] = a[i];
        return r;
    }

    public static void fill(short[] a, short v) {
        for (int i = 0; i < a.length; i++) a[i] = v;
    }

    public static String toString(short[] a) {
        if (a == null) return "null";
        if (a.length == 0) return "[]";
        String s = "[" + a[0];
        for (int i = 1; i < a.length; i++) s = s + ", " + a[i];
        return s + "]";
    }

    public static boolean equals(short[] a, short[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return false;
        return true;
    }

    public static short[] copyOf(short[] a, int newLength) {
        if (newLength < 0) Panic.panic("java.lang.NegativeArraySizeException: " + newLength, "Arrays.copyOf");
        short[] r = new short[newLength];
        int n = a.length < newLength ? a.length : newLength;
        for (int i = 0; i < n; i++) r[i] = a[i];
        return r;
    }

    public static void fill(byte[] a, byte v) {
        for (int i = 0; i < a.length; i++) a[i] = v;
    }

    public static String toString(byte[] a) {
        if (a == null) return "null";
        if (a.length == 0) return "[]";
        String s = "[" + a[0];
        for (int i = 1; i < a.length; i++) s = s + ", " + a[i];
        return s + "]";
    }

    public static boolean equals(byte[] a, byte[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return false;
        return true;
    }

    public static byte[] copyOf(byte[] a, int newLength) {
        if (newLength < 0) Panic.panic("java.lang.NegativeArraySizeException: " + newLength, "Arrays.copyOf");
        byte[] r = new byte[newLength];
        int n = a.length < newLength ? a.length : newLength;
        for (int i = 0; i < n; i++) r[i] = a[i];
        return r;
    }

    public static void fill(char[] a, char v) {
        for (int i = 0; i < a.length; i++) a[i] = v;
    }

    public static String toString(char[] a) {
        if (a == null) return "null";
        if (a.length == 0) return "[]";
        String s = "[" + a[0];
        for (int i = 1; i < a.length; i++) s = s + ", " + a[i];
        return s + "]";
    }

    public static boolean equals(char[] a, char[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return false;
        return true;
    }

    public static char[] copyOf(char[] a, int newLength) {
        if (newLength < 0) Panic.panic("java.lang.NegativeArraySizeException: " + newLength, "Arrays.copyOf");
        char[] r = new char[newLength];
        int n = a.length < newLength ? a.length : newLength;
        for (int i = 0; i < n; i++) r[i] = a[i];
        return r;
    }

    public static void fill(boolean[] a, boolean v) {
        for (int i = 0; i < a.length; i++) a[i] = v;
    }

    public static String toString(boolean[] a) {
        if (a == null) return "null";
        if (a.length == 0) return "[]";
        String s = "[" + a[0];
        for (int i = 1; i < a.length; i++) s = s + ", " + a[i];
        return s + "]";
    }

    public static boolean equals(boolean[] a, boolean[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return false;
        return true;
    }

    public static boolean[] copyOf(boolean[] a, int newLength) {
        if (newLength < 0) Panic.panic("java.lang.NegativeArraySizeException: " + newLength, "Arrays.copyOf");
        boolean[] r = new boolean[newLength];
        int n = a.length < newLength ? a.length : newLength;
        for (int i = 0; i < n; i++) r[i] = a[i];
        return r;
    }

    public static void fill(String[] a, String v) {
        for (int i = 0; i < a.length; i++) a[i] = v;
    }

    public static String toString(String[] a) {
        if (a == null) return "null";
        if (a.length == 0) return "[]";
        String s = "[" + a[0];
        for (int i = 1; i < a.length; i++) s = s + ", " + a[i];
        return s + "]";
    }

    public static boolean equals(String[] a, String[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (!Strings.equalsOrBothNull(a[i], b[i])) return false;
        return true;
    }

    public static String[] copyOf(String[] a, int newLength) {
        if (newLength < 0) Panic.panic("java.lang.NegativeArraySizeException: " + newLength, "Arrays.copyOf");
        String[] r = new String[newLength];
        int n = a.length < newLength ? a.length : newLength;
        for (int i = 0; i < n; i++) r[i] = a[i];
        return r;
    }

    public static void sort(int[] a) { HeapSort.sort(a); }

    public static void sort(long[] a) { HeapSort.sort(a); }

    public static void sort(short[] a) { HeapSort.sort(a); }

    public static void sort(byte[] a) { HeapSort.sort(a); }

    public static void sort(char[] a) { HeapSort.sort(a); }
}

package ostoo.shim;

import ostoo.rt.Panic;
import ostoo.rt.annotation.JdkClass;

/**
 * {@code java.util.Arrays} (the registry's; in this package rather than {@code ostoo.shim.util} because the shim's
 * own code uses it as its Arrays under javac too), as far as the subset reaches. One overload per element type, as in
 * the JDK. Generated shapes, so the families stay identical; sorting is {@link HeapSort} (for primitives the
 * result is the JDK's, whatever the algorithm), searching {@link BinarySearch} (the JDK's loop, so among
 * equal keys the same index is found). hashCode is the JDK's: {@code 31 * h + hash(element)} from 1.
 * toString builds its text in one allocation ({@link ArrayText}). {@code Object[]} has toString, equals
 * and hashCode (a String[] takes its own overloads, which need no virtual calls) and the deep methods
 * ({@link DeepArrays}).
 */
@JdkClass("java.util.Arrays")
public final class Arrays {
    private Arrays() { }

    public static void fill(int[] a, int v) {
        for (int i = 0; i < a.length; i++) a[i] = v;
    }

    public static String toString(int[] a) {
        if (a == null) return "null";
        if (a.length == 0) return "[]";
        long length = 2L * a.length;   // "[", "]", ", " between elements
        for (int i = 0; i < a.length; i++) length += Numbers.digits(a[i]);
        long r = ArrayText.openNumbers(length);
        int at = 1;
        for (int i = 0; i < a.length; i++) at = ArrayText.number(r, at, i, a[i]);
        return ArrayText.close(r, at);
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
        long length = 2L * a.length;   // "[", "]", ", " between elements
        for (int i = 0; i < a.length; i++) length += Numbers.digits(a[i]);
        long r = ArrayText.openNumbers(length);
        int at = 1;
        for (int i = 0; i < a.length; i++) at = ArrayText.number(r, at, i, a[i]);
        return ArrayText.close(r, at);
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
        long length = 2L * a.length;   // "[", "]", ", " between elements
        for (int i = 0; i < a.length; i++) length += Numbers.digits(a[i]);
        long r = ArrayText.openNumbers(length);
        int at = 1;
        for (int i = 0; i < a.length; i++) at = ArrayText.number(r, at, i, a[i]);
        return ArrayText.close(r, at);
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
        long length = 2L * a.length;   // "[", "]", ", " between elements
        for (int i = 0; i < a.length; i++) length += Numbers.digits(a[i]);
        long r = ArrayText.openNumbers(length);
        int at = 1;
        for (int i = 0; i < a.length; i++) at = ArrayText.number(r, at, i, a[i]);
        return ArrayText.close(r, at);
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
        String[] parts = new String[a.length];
        for (int i = 0; i < a.length; i++) parts[i] = Strings.valueOf(a[i]);
        return ArrayText.list(parts);
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
        String[] parts = new String[a.length];
        for (int i = 0; i < a.length; i++) parts[i] = Strings.valueOf(a[i]);
        return ArrayText.list(parts);
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
        String[] parts = new String[a.length];
        for (int i = 0; i < a.length; i++) parts[i] = Strings.valueOf(a[i]);
        return ArrayText.list(parts);
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

    public static void fill(double[] a, double v) {
        for (int i = 0; i < a.length; i++) a[i] = v;
    }

    public static String toString(double[] a) {
        if (a == null) return "null";
        String[] parts = new String[a.length];
        for (int i = 0; i < a.length; i++) parts[i] = Strings.valueOf(a[i]);
        return ArrayText.list(parts);
    }

    /** Element by element as Doubles.doubleToLongBits compares them: NaN equals NaN, 0.0 differs from -0.0. */
    public static boolean equals(double[] a, double[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (Doubles.doubleToLongBits(a[i]) != Doubles.doubleToLongBits(b[i])) return false;
        return true;
    }

    public static double[] copyOf(double[] a, int newLength) {
        if (newLength < 0) Panic.panic("java.lang.NegativeArraySizeException: " + newLength, "Arrays.copyOf");
        double[] r = new double[newLength];
        int n = a.length < newLength ? a.length : newLength;
        for (int i = 0; i < n; i++) r[i] = a[i];
        return r;
    }

    public static void fill(float[] a, float v) {
        for (int i = 0; i < a.length; i++) a[i] = v;
    }

    public static String toString(float[] a) {
        if (a == null) return "null";
        String[] parts = new String[a.length];
        for (int i = 0; i < a.length; i++) parts[i] = Strings.valueOf(a[i]);
        return ArrayText.list(parts);
    }

    /** Element by element as Floats.floatToIntBits compares them: NaN equals NaN, 0.0 differs from -0.0. */
    public static boolean equals(float[] a, float[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (Floats.floatToIntBits(a[i]) != Floats.floatToIntBits(b[i])) return false;
        return true;
    }

    public static float[] copyOf(float[] a, int newLength) {
        if (newLength < 0) Panic.panic("java.lang.NegativeArraySizeException: " + newLength, "Arrays.copyOf");
        float[] r = new float[newLength];
        int n = a.length < newLength ? a.length : newLength;
        for (int i = 0; i < n; i++) r[i] = a[i];
        return r;
    }

    public static int[] copyOfRange(int[] a, int from, int to) {
        int[] r = new int[rangeLength(from, to)];
        ArrayCopy.arraycopy(a, from, r, 0, a.length - from < r.length ? a.length - from : r.length);
        return r;
    }

    public static long[] copyOfRange(long[] a, int from, int to) {
        long[] r = new long[rangeLength(from, to)];
        ArrayCopy.arraycopy(a, from, r, 0, a.length - from < r.length ? a.length - from : r.length);
        return r;
    }

    public static short[] copyOfRange(short[] a, int from, int to) {
        short[] r = new short[rangeLength(from, to)];
        ArrayCopy.arraycopy(a, from, r, 0, a.length - from < r.length ? a.length - from : r.length);
        return r;
    }

    public static byte[] copyOfRange(byte[] a, int from, int to) {
        byte[] r = new byte[rangeLength(from, to)];
        ArrayCopy.arraycopy(a, from, r, 0, a.length - from < r.length ? a.length - from : r.length);
        return r;
    }

    public static char[] copyOfRange(char[] a, int from, int to) {
        char[] r = new char[rangeLength(from, to)];
        ArrayCopy.arraycopy(a, from, r, 0, a.length - from < r.length ? a.length - from : r.length);
        return r;
    }

    public static boolean[] copyOfRange(boolean[] a, int from, int to) {
        boolean[] r = new boolean[rangeLength(from, to)];
        ArrayCopy.arraycopy(a, from, r, 0, a.length - from < r.length ? a.length - from : r.length);
        return r;
    }

    public static double[] copyOfRange(double[] a, int from, int to) {
        double[] r = new double[rangeLength(from, to)];
        ArrayCopy.arraycopy(a, from, r, 0, a.length - from < r.length ? a.length - from : r.length);
        return r;
    }

    public static float[] copyOfRange(float[] a, int from, int to) {
        float[] r = new float[rangeLength(from, to)];
        ArrayCopy.arraycopy(a, from, r, 0, a.length - from < r.length ? a.length - from : r.length);
        return r;
    }

    public static String[] copyOfRange(String[] a, int from, int to) {
        String[] r = new String[rangeLength(from, to)];
        ArrayCopy.arraycopy(a, from, r, 0, a.length - from < r.length ? a.length - from : r.length);
        return r;
    }

    /** copyOfRange's length check, with the JDK's IllegalArgumentException message. */
    private static int rangeLength(int from, int to) {
        if (to - from < 0) Panic.panic("java.lang.IllegalArgumentException: " + from + " > " + to, "Arrays.copyOfRange");
        return to - from;
    }

    public static int hashCode(int[] a) {
        if (a == null) return 0;
        int h = 1;
        for (int i = 0; i < a.length; i++) h = 31 * h + a[i];
        return h;
    }

    public static int hashCode(long[] a) {
        if (a == null) return 0;
        int h = 1;
        for (int i = 0; i < a.length; i++) h = 31 * h + (int) (a[i] ^ (a[i] >>> 32));
        return h;
    }

    public static int hashCode(short[] a) {
        if (a == null) return 0;
        int h = 1;
        for (int i = 0; i < a.length; i++) h = 31 * h + a[i];
        return h;
    }

    public static int hashCode(byte[] a) {
        if (a == null) return 0;
        int h = 1;
        for (int i = 0; i < a.length; i++) h = 31 * h + a[i];
        return h;
    }

    public static int hashCode(char[] a) {
        if (a == null) return 0;
        int h = 1;
        for (int i = 0; i < a.length; i++) h = 31 * h + a[i];
        return h;
    }

    public static int hashCode(boolean[] a) {
        if (a == null) return 0;
        int h = 1;
        for (int i = 0; i < a.length; i++) h = 31 * h + (a[i] ? 1231 : 1237);
        return h;
    }

    public static int hashCode(double[] a) {
        if (a == null) return 0;
        int h = 1;
        for (int i = 0; i < a.length; i++) h = 31 * h + Doubles.hashCode(a[i]);
        return h;
    }

    public static int hashCode(float[] a) {
        if (a == null) return 0;
        int h = 1;
        for (int i = 0; i < a.length; i++) h = 31 * h + Floats.hashCode(a[i]);
        return h;
    }

    public static int hashCode(String[] a) {
        if (a == null) return 0;
        int h = 1;
        for (int i = 0; i < a.length; i++) h = 31 * h + (a[i] == null ? 0 : Strings.hashCode(a[i]));
        return h;
    }

    /** {@code Arrays.toString(Object[])}: each element as {@code String.valueOf} gives it, appended ("null" for a null toString()). */
    public static String toString(Object[] a) {
        if (a == null) return "null";
        String[] parts = new String[a.length];
        for (int i = 0; i < a.length; i++) parts[i] = Strings.valueOf(Strings.valueOf(a[i]));
        return ArrayText.list(parts);
    }

    /** Element by element as {@code Objects.equals}: the same reference, or a non-null {@code x.equals(y)}. */
    public static boolean equals(Object[] a, Object[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) {
            Object x = a[i], y = b[i];
            if (x != y && (x == null || !x.equals(y))) return false;
        }
        return true;
    }

    public static int hashCode(Object[] a) {
        if (a == null) return 0;
        int h = 1;
        for (int i = 0; i < a.length; i++) h = 31 * h + (a[i] == null ? 0 : a[i].hashCode());
        return h;
    }

    public static String deepToString(Object[] a) { return DeepArrays.toString(a); }
    public static boolean deepEquals(Object[] a, Object[] b) { return DeepArrays.equals(a, b); }
    public static int deepHashCode(Object[] a) { return DeepArrays.hashCode(a); }

    /** The JDK's order: -0.0 before 0.0, NaNs last. */
    public static void sort(double[] a) { HeapSort.sort(a); }

    public static void sort(float[] a) { HeapSort.sort(a); }

    public static int binarySearch(int[] a, int key) { return BinarySearch.search(a, key); }
    public static int binarySearch(long[] a, long key) { return BinarySearch.search(a, key); }
    public static int binarySearch(short[] a, short key) { return BinarySearch.search(a, key); }
    public static int binarySearch(byte[] a, byte key) { return BinarySearch.search(a, key); }
    public static int binarySearch(char[] a, char key) { return BinarySearch.search(a, key); }
    public static int binarySearch(double[] a, double key) { return BinarySearch.search(a, key); }
    public static int binarySearch(float[] a, float key) { return BinarySearch.search(a, key); }

    public static void sort(int[] a) { HeapSort.sort(a); }

    public static void sort(long[] a) { HeapSort.sort(a); }

    public static void sort(short[] a) { HeapSort.sort(a); }

    public static void sort(byte[] a) { HeapSort.sort(a); }

    public static void sort(char[] a) { HeapSort.sort(a); }
}

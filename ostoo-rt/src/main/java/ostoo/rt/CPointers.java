package ostoo.rt;

import ostoo.rt.annotation.Intrinsic;

/**
 * Pointers to Java data and code for {@link ostoo.rt.annotation.CFunction} calls. {@code elements(a)} is the
 * address of {@code a[0]} (the elements are contiguous, of the C type's size: byte/char/short/int/long,
 * float/double); C may read and write them in place. 0 (NULL) for a null array. Objects never move (there
 * is no collector), so the address stays valid.
 */
public final class CPointers {
    private CPointers() { }

    public static long elements(byte[] a) { return a == null ? 0 : Mem.addressOf(a) + Layout.ARRAY_ELEMENTS; }
    public static long elements(char[] a) { return a == null ? 0 : Mem.addressOf(a) + Layout.ARRAY_ELEMENTS; }
    public static long elements(short[] a) { return a == null ? 0 : Mem.addressOf(a) + Layout.ARRAY_ELEMENTS; }
    public static long elements(int[] a) { return a == null ? 0 : Mem.addressOf(a) + Layout.ARRAY_ELEMENTS; }
    public static long elements(long[] a) { return a == null ? 0 : Mem.addressOf(a) + Layout.ARRAY_ELEMENTS; }
    public static long elements(float[] a) { return a == null ? 0 : Mem.addressOf(a) + Layout.ARRAY_ELEMENTS; }
    public static long elements(double[] a) { return a == null ? 0 : Mem.addressOf(a) + Layout.ARRAY_ELEMENTS; }

    /**
     * The address of the symbol named by the string literal {@code name}: a C function of the linked
     * libraries, or a Java method made a C function with {@code @Export(name)} (e.g. qsort's comparator:
     * {@code @Export("by_value") static int compare(long a, long b)}). Intrinsic: {@code symaddr @name}.
     */
    @Intrinsic public static native long symbol(String name);
}

package ostoo.rt;

/**
 * Array allocation and copying for compiled code ({@code new int[n]}, {@code new int[a][b]},
 * {@code a.clone()}), driven by the array's descriptor (see {@link Layout}): its element size at
 * {@code CLASS_SIZE}, its component descriptor at {@code CLASS_COMPONENT}. Lengths are checked by the
 * caller (NegativeArraySizeException is reported at the allocation site); memory comes zeroed.
 */
public final class ArrayAlloc {
    private ArrayAlloc() { }

    /** A new zeroed array of {@code length} (>= 0) elements of the array type {@code descriptor}. */
    public static long allocate(long descriptor, int length) {
        int elementSize = (int) Mem.loadLong(descriptor + Layout.CLASS_SIZE);
        long a = Mem.allocate(Layout.arraySize(length, elementSize));
        Mem.storeLong(a + Layout.HEADER, descriptor);
        Mem.storeInt(a + Layout.ARRAY_LENGTH, length);
        return a;
    }

    /**
     * {@code new T[l0][l1]...}: {@code count} (>= 2) lengths, as ints at {@code lengths}. Each element of
     * the outer array is a new array of the next dimension, as the JVM's multianewarray builds them.
     */
    public static long allocateMulti(long descriptor, long lengths, int count) {
        int length = Mem.loadInt(lengths);
        long a = allocate(descriptor, length);
        if (count > 1) {
            long component = Mem.loadLong(descriptor + Layout.CLASS_COMPONENT);
            for (int i = 0; i < length; i++)
                Mem.storeLong(a + Layout.ARRAY_ELEMENTS + 8L * i, allocateMulti(component, lengths + 4, count - 1));
        }
        return a;
    }

    /** {@code a.clone()} of a non-null array: a new array with the same descriptor, length and elements. */
    public static long copy(long array) {
        long descriptor = Mem.loadLong(array + Layout.HEADER);
        int length = Mem.loadInt(array + Layout.ARRAY_LENGTH);
        long c = allocate(descriptor, length);
        long bytes = Mem.loadLong(descriptor + Layout.CLASS_SIZE) * length;
        copyBytes(array + Layout.ARRAY_ELEMENTS, c + Layout.ARRAY_ELEMENTS, bytes);
        return c;
    }

    /** Copies {@code n} bytes forwards (the ranges must not overlap with {@code to} above {@code from}). */
    public static void copyBytes(long from, long to, long n) {
        long i = 0;
        for (; i + 8 <= n; i += 8) Mem.storeLong(to + i, Mem.loadLong(from + i));
        for (; i < n; i++) Mem.storeByte(to + i, Mem.loadByte(from + i));
    }
}

package ostoo.shim;

import ostoo.rt.Panic;

/**
 * {@code System.arraycopy} for arrays of one element type (the compiler maps the call here; arrays of
 * different types are a compile-time error rather than the JVM's ArrayStoreException). Checks and
 * messages are HotSpot's; overlapping ranges copy as if through a temporary array.
 */
public final class ArrayCopy {
    private ArrayCopy() { }

    /** HotSpot's checks, in its order; {@code type} names the array as its messages do ({@code int}). */
    private static void check(int srcPos, int srcLength, int dstPos, int dstLength, int length, String type) {
        String e = "java.lang.ArrayIndexOutOfBoundsException: arraycopy: ";
        if (srcPos < 0) fail(e + "source index " + srcPos + " out of bounds for " + type + "[" + srcLength + "]");
        if (dstPos < 0) fail(e + "destination index " + dstPos + " out of bounds for " + type + "[" + dstLength + "]");
        if (length < 0) fail(e + "length " + length + " is negative");
        if ((long) srcPos + length > srcLength)
            fail(e + "last source index " + ((long) srcPos + length) + " out of bounds for " + type + "[" + srcLength + "]");
        if ((long) dstPos + length > dstLength)
            fail(e + "last destination index " + ((long) dstPos + length) + " out of bounds for " + type + "[" + dstLength + "]");
    }

    private static void fail(String message) { Panic.panic(message, "System.arraycopy"); }

    public static void arraycopy(int[] src, int srcPos, int[] dst, int dstPos, int length) {
        if (src == null || dst == null) Panic.panic("java.lang.NullPointerException", "System.arraycopy");
        check(srcPos, src.length, dstPos, dst.length, length, "int");
        if (src == dst && srcPos < dstPos) for (int i = length - 1; i >= 0; i--) dst[dstPos + i] = src[srcPos + i];
        else for (int i = 0; i < length; i++) dst[dstPos + i] = src[srcPos + i];
    }

    public static void arraycopy(long[] src, int srcPos, long[] dst, int dstPos, int length) {
        if (src == null || dst == null) Panic.panic("java.lang.NullPointerException", "System.arraycopy");
        check(srcPos, src.length, dstPos, dst.length, length, "long");
        if (src == dst && srcPos < dstPos) for (int i = length - 1; i >= 0; i--) dst[dstPos + i] = src[srcPos + i];
        else for (int i = 0; i < length; i++) dst[dstPos + i] = src[srcPos + i];
    }

    public static void arraycopy(short[] src, int srcPos, short[] dst, int dstPos, int length) {
        if (src == null || dst == null) Panic.panic("java.lang.NullPointerException", "System.arraycopy");
        check(srcPos, src.length, dstPos, dst.length, length, "short");
        if (src == dst && srcPos < dstPos) for (int i = length - 1; i >= 0; i--) dst[dstPos + i] = src[srcPos + i];
        else for (int i = 0; i < length; i++) dst[dstPos + i] = src[srcPos + i];
    }

    public static void arraycopy(byte[] src, int srcPos, byte[] dst, int dstPos, int length) {
        if (src == null || dst == null) Panic.panic("java.lang.NullPointerException", "System.arraycopy");
        check(srcPos, src.length, dstPos, dst.length, length, "byte");
        if (src == dst && srcPos < dstPos) for (int i = length - 1; i >= 0; i--) dst[dstPos + i] = src[srcPos + i];
        else for (int i = 0; i < length; i++) dst[dstPos + i] = src[srcPos + i];
    }

    public static void arraycopy(char[] src, int srcPos, char[] dst, int dstPos, int length) {
        if (src == null || dst == null) Panic.panic("java.lang.NullPointerException", "System.arraycopy");
        check(srcPos, src.length, dstPos, dst.length, length, "char");
        if (src == dst && srcPos < dstPos) for (int i = length - 1; i >= 0; i--) dst[dstPos + i] = src[srcPos + i];
        else for (int i = 0; i < length; i++) dst[dstPos + i] = src[srcPos + i];
    }

    public static void arraycopy(boolean[] src, int srcPos, boolean[] dst, int dstPos, int length) {
        if (src == null || dst == null) Panic.panic("java.lang.NullPointerException", "System.arraycopy");
        check(srcPos, src.length, dstPos, dst.length, length, "boolean");
        if (src == dst && srcPos < dstPos) for (int i = length - 1; i >= 0; i--) dst[dstPos + i] = src[srcPos + i];
        else for (int i = 0; i < length; i++) dst[dstPos + i] = src[srcPos + i];
    }

    public static void arraycopy(String[] src, int srcPos, String[] dst, int dstPos, int length) {
        if (src == null || dst == null) Panic.panic("java.lang.NullPointerException", "System.arraycopy");
        check(srcPos, src.length, dstPos, dst.length, length, "object array");
        if (src == dst && srcPos < dstPos) for (int i = length - 1; i >= 0; i--) dst[dstPos + i] = src[srcPos + i];
        else for (int i = 0; i < length; i++) dst[dstPos + i] = src[srcPos + i];
    }

    public static void arraycopy(double[] src, int srcPos, double[] dst, int dstPos, int length) {
        if (src == null || dst == null) Panic.panic("java.lang.NullPointerException", "System.arraycopy");
        check(srcPos, src.length, dstPos, dst.length, length, "double");
        if (src == dst && srcPos < dstPos) for (int i = length - 1; i >= 0; i--) dst[dstPos + i] = src[srcPos + i];
        else for (int i = 0; i < length; i++) dst[dstPos + i] = src[srcPos + i];
    }

    public static void arraycopy(float[] src, int srcPos, float[] dst, int dstPos, int length) {
        if (src == null || dst == null) Panic.panic("java.lang.NullPointerException", "System.arraycopy");
        check(srcPos, src.length, dstPos, dst.length, length, "float");
        if (src == dst && srcPos < dstPos) for (int i = length - 1; i >= 0; i--) dst[dstPos + i] = src[srcPos + i];
        else for (int i = 0; i < length; i++) dst[dstPos + i] = src[srcPos + i];
    }

    /**
     * Arrays of references: each element must be an instance of the destination's component type, else HotSpot's
     * ArrayStoreException after the elements before it were copied (when the source's component type is not a
     * subtype of the destination's; HotSpot copies in order then).
     */
    public static void arraycopy(Object[] src, int srcPos, Object[] dst, int dstPos, int length) {
        if (src == null || dst == null) Panic.panic("java.lang.NullPointerException", "System.arraycopy");
        check(srcPos, src.length, dstPos, dst.length, length, "object array");
        if (src == dst && srcPos < dstPos) { for (int i = length - 1; i >= 0; i--) dst[dstPos + i] = src[srcPos + i]; return; }
        for (int i = 0; i < length; i++) {
            Object v = src[srcPos + i];
            if (v != null && !ObjectMethods.fitsArray(dst, v))
                Panic.panic("java.lang.ArrayStoreException: arraycopy: element type mismatch: can not cast one of the elements of "
                        + ObjectMethods.typeName(src) + " to the type of the destination array, " + ObjectMethods.componentName(dst), "System.arraycopy");
            dst[dstPos + i] = v;
        }
    }
}

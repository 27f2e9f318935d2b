import ostoo.rt.CPointers;
import ostoo.rt.CString;
import ostoo.rt.annotation.CFunction;
import ostoo.rt.annotation.Export;
import ostoo.rt.annotation.Tier;

/**
 * Calling C from Java in the libc tier: @CFunction declarations of musl functions, Java strings and arrays
 * passed as C pointers (CString, CPointers), a Java method exported as a C function pointer (qsort's
 * comparator), variadic calls (snprintf, printf), and C's buffered stdio interleaving with Java's output.
 *
 *   ./ostooc samples/c-calls/CCalls.java -o c-calls && ./c-calls
 */
@Tier(Tier.LIBC)
public class CCalls {
    @CFunction static native long strlen(long s);
    @CFunction static native void qsort(long base, long count, long size, long compare);
    @CFunction(value = "snprintf", variadic = true)
    static native int formatNumbers(long buffer, long size, long format, int count, double ratio);
    @CFunction(value = "printf", variadic = true)
    static native int printf(long format, long text);

    public static void main(String[] args) {
        System.out.println("strlen(\"ostoo\") = " + strlen(CString.of("ostoo")));

        int[] values = {42, -7, 1000, 3, 0, 19};
        qsort(CPointers.elements(values), values.length, 4, CPointers.symbol("compare_ints"));
        System.out.println("qsort with a Java comparator: " + java.util.Arrays.toString(values));

        byte[] buffer = new byte[64];
        int n = formatNumbers(CPointers.elements(buffer), buffer.length,
                CString.of("%d values, ratio %.3f"), values.length, 22.0 / 7.0);
        System.out.println("snprintf: " + CString.read(CPointers.elements(buffer)) + " (" + n + " chars)");
        printf(CString.of("printf says: %s\n"), CString.of("C and Java output interleave in order"));
        System.out.println("Java again");
    }

    /** qsort's comparator, a C function pointer: {@code int (*)(const void *, const void *)} on int elements. */
    @Export("compare_ints")
    static int compareInts(long a, long b) {
        return Integer.compare(ostoo.rt.Mem.loadInt(a), ostoo.rt.Mem.loadInt(b));
    }
}

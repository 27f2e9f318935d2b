import ostoo.rt.CPointers;
import ostoo.rt.CString;
import ostoo.rt.annotation.CFunction;
import ostoo.rt.annotation.Export;
import ostoo.rt.annotation.Tier;

/**
 * The seed's hello-std, in Java: the libc tier (musl's libc.a linked in), chosen here by @Tier and by
 * {@code --tier libc} on the command line. Java output, memory and exit go through musl; the program
 * also calls C directly: getenv, strlen, qsort with a comparator written in Java, and snprintf.
 *
 *   ./ostooc samples/hello-std/HelloStd.java -o hello-std && ./hello-std one two
 */
@Tier(Tier.LIBC)
public class HelloStd {
    @CFunction static native long getenv(long name);
    @CFunction static native long strlen(long s);
    @CFunction static native void qsort(long base, long count, long size, long compare);
    @CFunction(value = "snprintf", variadic = true)
    static native int formatNumbers(long buffer, long size, long format, int count, double ratio);
    @CFunction(value = "printf", variadic = true)
    static native int printf(long format, long text);

    public static void main(String[] args) {
        System.out.println("Hello from Java std on ostoo!");
        System.out.println("arguments: " + args.length);
        for (int i = 0; i < args.length; i++) System.out.println("  args[" + i + "] = " + args[i]);

        String home = CString.read(getenv(CString.of("HOME")));   // musl's getenv, the C way
        System.out.println("HOME via C getenv: " + home);
        System.out.println("HOME via System.getenv: " + System.getenv("HOME"));
        System.out.println("strlen(\"ostoo\") = " + strlen(CString.of("ostoo")));

        int[] values = {42, -7, 1000, 3, 0, 19};
        qsort(CPointers.elements(values), values.length, 4, CPointers.symbol("compare_ints"));
        System.out.println("qsort with a Java comparator: " + java.util.Arrays.toString(values));

        byte[] buffer = new byte[64];
        int n = formatNumbers(CPointers.elements(buffer), buffer.length,
                CString.of("%d values, ratio %.3f"), values.length, 22.0 / 7.0);
        System.out.println("snprintf: " + CString.read(CPointers.elements(buffer)) + " (" + n + " chars)");
        printf(CString.of("printf says: %s\n"), CString.of("C and Java output interleave in order"));
        System.out.println("Heap works: " + (6 * 7));
    }

    /** qsort's comparator, a C function pointer: {@code int (*)(const void *, const void *)} on int elements. */
    @Export("compare_ints")
    static int compareInts(long a, long b) {
        return Integer.compare(ostoo.rt.Mem.loadInt(a), ostoo.rt.Mem.loadInt(b));
    }
}

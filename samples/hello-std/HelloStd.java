import ostoo.rt.CPointers;
import ostoo.rt.CString;
import ostoo.rt.annotation.CFunction;
import ostoo.rt.annotation.Tier;

/**
 * The seed's hello-std, in Java: the libc tier (musl's libc.a linked in), chosen here by @Tier and by
 * {@code --tier libc} on the command line. Java output, memory and exit go through musl, and the program
 * calls C directly: getenv and snprintf. (samples/c-calls shows more: strlen, qsort with a Java
 * comparator, printf.)
 *
 *   ./ostooc samples/hello-std/HelloStd.java -o hello-std && ./hello-std one two
 */
@Tier(Tier.LIBC)
public class HelloStd {
    @CFunction static native long getenv(long name);
    @CFunction(value = "snprintf", variadic = true)
    static native int formatRatio(long buffer, long size, long format, double ratio);

    public static void main(String[] args) {
        System.out.println("Hello from Java std on ostoo!");
        System.out.println("arguments: " + args.length);
        for (int i = 0; i < args.length; i++) System.out.println("  args[" + i + "] = " + args[i]);

        System.out.println("HOME via C getenv: " + CString.read(getenv(CString.of("HOME"))));
        System.out.println("HOME via System.getenv: " + System.getenv("HOME"));

        Integer answer = 42;   // a box, the JDK's valueOf cache included (the seed prints a HashMap here)
        Object boxed = answer;
        System.out.println("boxed: " + boxed + ", cached: " + (Integer.valueOf(42) == answer));

        byte[] buffer = new byte[32];
        int n = formatRatio(CPointers.elements(buffer), buffer.length, CString.of("%.3f"), 22.0 / 7.0);
        System.out.println("snprintf: 22/7 = " + CString.read(CPointers.elements(buffer)) + " (" + n + " chars)");
    }
}

import java.io.PrintStream;
/** System.out and System.err are PrintStream values; System's clock, line separator, identity hash and arraycopy of object arrays. */
public class PrintStreamValue {
    public static void main(String[] args) {
        PrintStream ps = System.out;
        ps.println("via ps " + 42);
        ps.print('c'); ps.print(1L); ps.println(2.5);
        java.io.PrintStream err = System.err;
        err.println("to stderr");
        System.out.println(System.lineSeparator().length() + " " + (System.out == ps) + " " + (System.currentTimeMillis() >= 0) + " " + (System.nanoTime() != 12345));
        Object[] src = { "a", "b", 3 };
        Object[] dst = new Object[4];
        System.arraycopy(src, 0, dst, 1, 3);
        System.out.println(java.util.Arrays.toString(dst) + " " + System.identityHashCode(null));
        Integer[] ints = new Integer[3];
        System.arraycopy(src, 2, ints, 0, 1);
        System.out.println(ints[0]);
    }
}

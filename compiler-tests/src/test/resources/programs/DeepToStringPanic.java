import java.util.Arrays;

/** An element's toString that throws, deep inside Arrays.deepToString: the exception ends the program there. */
public class DeepToStringPanic {
    static class Ratio {
        final int p, q;
        Ratio(int p, int q) { this.p = p; this.q = q; }
        public String toString() {
            return p + "/" + q + "=" + (p / q);
        }
    }

    public static void main(String[] args) {
        Object[] fine = {new Ratio(6, 3), new int[] {1}};
        System.out.println(Arrays.deepToString(fine));
        Object[] bad = {new Ratio(1, 1), new Object[] {new String[] {"x"}, new Ratio(5, 0)}};
        System.out.println("before");
        System.out.println(Arrays.deepToString(bad));
        System.out.println("not reached");
    }
}

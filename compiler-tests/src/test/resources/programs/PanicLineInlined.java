/**
 * A small method the inliner copies into its caller at -O2 fails on an array index that spans lines:
 * the panic names the method's own line as javac's line table gives it (the statement's, and then the
 * call's that computes the index), at every level.
 */
public class PanicLineInlined {
    static int at(int[] a, int i) {
        return a
            [i
             + 1];
    }

    static int index(int n) { return n - 1; }

    static int atCall(int[] a, int n) {
        return a[
            index(n)];
    }

    public static void main(String[] args) {
        int[] a = {5, 6, 7};
        int sum = 0;
        for (int i = 0; i < 2; i++) sum += at(a, i) + atCall(a, i + 1);
        System.out.println("sum " + sum);
        System.out.println(atCall(a, 4));
    }
}

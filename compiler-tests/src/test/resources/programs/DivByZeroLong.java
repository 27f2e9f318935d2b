/** long remainder by a zero known only at run time: ArithmeticException on the JVM, a panic (exit 101) natively. */
public class DivByZeroLong {
    static long zero(long x) { return x - x; }

    public static void main(String[] args) {
        long big = Long.MAX_VALUE;
        System.out.println("big / 7 = " + big / 7);
        System.out.println("big % 7 = " + big % 7);
        long z = zero(big);
        System.out.println("z = " + z);
        System.out.println("big % z = " + big % z);
        System.out.println("not reached");
    }
}

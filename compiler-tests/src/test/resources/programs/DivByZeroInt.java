/** int division by a zero known only at run time: ArithmeticException on the JVM, a panic (exit 101) natively. */
public class DivByZeroInt {
    static int divisor = 3;

    static int countDown() { return --divisor; }

    public static void main(String[] args) {
        int n = 100;
        for (int i = 0; i < 4; i++) {
            int d = countDown();
            System.out.println("100 / " + d + " = " + (n / d));
        }
        System.out.println("not reached");
    }
}

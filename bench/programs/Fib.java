/** Recursive Fibonacci: call/return overhead, prologues, the calling convention. */
public class Fib {
    static int fib(int n) {
        if (n < 2) {
            return n;
        }
        return fib(n - 1) + fib(n - 2);
    }

    public static void main(String[] args) {
        int n = 41;
        int r = fib(n);
        System.out.println("fib(" + n + ") = " + r);
    }
}

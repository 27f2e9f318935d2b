/** Recursion: fib, small Ackermann, gcd, power, mutual recursion, Hanoi; depth stays below ~200 frames. */
public class Recursion {
    static int calls;

    static int fib(int n) {
        calls++;
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    static long fibLong(int n, long a, long b) {
        return n == 0 ? a : fibLong(n - 1, b, a + b);
    }

    static int ack(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return ack(m - 1, 1);
        return ack(m - 1, ack(m, n - 1));
    }

    static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    static long pow(long base, int exp) {
        if (exp == 0) return 1;
        long half = pow(base, exp / 2);
        return exp % 2 == 0 ? half * half : half * half * base;
    }

    static boolean isEven(int n) { return n == 0 || isOdd(n - 1); }
    static boolean isOdd(int n) { return n != 0 && isEven(n - 1); }

    static int hanoiMoves;

    static void hanoi(int n, char from, char to, char via) {
        if (n == 0) return;
        hanoi(n - 1, from, via, to);
        hanoiMoves++;
        if (n >= 4) System.out.println("move disk " + n + " " + from + "->" + to);
        hanoi(n - 1, via, to, from);
    }

    static int sumTo(int n) { return n == 0 ? 0 : n + sumTo(n - 1); }

    static int many(int a, int b, int c, int d, int e, int f, int g, int h) {
        if (a <= 0) return b + c * 2 + d * 3 + e * 4 + f * 5 + g * 6 + h * 7;
        return many(a - 1, h, a, b, c, d, e, f) + 1;
    }

    static long mixedArgs(byte b, short s, char c, int i, long l, boolean z) {
        return z ? b + s + c + i + l : b - s - c - i - l;
    }

    public static void main(String[] args) {
        for (int i = 0; i <= 20; i++) System.out.print(fib(i) + " ");
        System.out.println();
        System.out.println("calls " + calls);
        System.out.println("fib(90) = " + fibLong(90, 0, 1));
        System.out.println("fib(100) wraps = " + fibLong(100, 0, 1));
        for (int m = 0; m <= 2; m++)
            for (int n = 0; n <= 3; n++) System.out.print("ack(" + m + "," + n + ")=" + ack(m, n) + " ");
        System.out.println();
        System.out.println("ack(3,3)=" + ack(3, 3));
        System.out.println("gcd " + gcd(1071, 462) + " " + gcd(17, 5) + " " + gcd(0, 9) + " " + gcd(-12, 18) + " " + gcd(Integer.MIN_VALUE, 6));
        System.out.println("pow " + pow(3, 13) + " " + pow(2, 62) + " " + pow(2, 63) + " " + pow(-3, 39) + " " + pow(7, 0));
        System.out.println("even/odd " + isEven(10) + " " + isOdd(10) + " " + isEven(77) + " " + isOdd(77) + " " + isEven(150));
        hanoi(6, 'A', 'C', 'B');
        System.out.println("hanoi moves " + hanoiMoves);
        System.out.println("sumTo(180) " + sumTo(180));
        System.out.println("many " + many(10, 1, 2, 3, 4, 5, 6, 7));
        System.out.println("mixedArgs " + mixedArgs((byte) -1, (short) 300, 'A', 70000, 1L << 35, true) + " "
                + mixedArgs((byte) 127, (short) -32768, '\uffff', -1, Long.MIN_VALUE, false));
    }
}

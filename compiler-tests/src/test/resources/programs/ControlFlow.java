/** if/else chains, while, do-while, for with several updates, nested loops, early return. */
public class ControlFlow {
    static int id(int x) { return x; }

    static String classify(int n) {
        if (n < 0) return "negative";
        else if (n == 0) return "zero";
        else if (n < 10) return "small";
        else if (n < 100) return "medium";
        return "large";
    }

    static boolean isPrime(int n) {
        if (n < 2) return false;
        for (int d = 2; d * d <= n; d++) {
            if (n % d == 0) return false;
        }
        return true;
    }

    static int collatz(long n) {
        int steps = 0;
        while (n != 1) {
            if ((n & 1) == 0) n = n / 2;
            else n = 3 * n + 1;
            steps++;
        }
        return steps;
    }

    static int digitsSum(int n) {
        int s = 0;
        do {
            s += n % 10;
            n /= 10;
        } while (n != 0);
        return s;
    }

    public static void main(String[] args) {
        System.out.println(classify(id(-5)) + " " + classify(id(0)) + " " + classify(id(7)) + " " + classify(id(42)) + " " + classify(id(1000)));
        int primes = 0;
        for (int n = 0; n < 200; n++) {
            if (isPrime(n)) {
                primes++;
                System.out.print(n + " ");
            }
        }
        System.out.println("(" + primes + " primes)");
        for (int n = 1; n <= 30; n += 3) System.out.print(collatz(n) + " ");
        System.out.println();
        System.out.println("collatz 837799: " + collatz(837799));
        System.out.println("digitsSum " + digitsSum(id(0)) + " " + digitsSum(id(987654321)) + " " + digitsSum(id(-123)));
        int i, j;
        for (i = 0, j = 10; i < j; i += 2, j--) System.out.print(i + "," + j + " ");
        System.out.println();
        int k = id(0);
        for (;;) {
            if (++k > 4) break;
            System.out.print("k" + k + " ");
        }
        System.out.println();
        int w = id(3);
        do System.out.print("once "); while (w < 0);
        System.out.println();
        int total = 0;
        for (int a = 0; a < 10; a++)
            for (int b = 0; b < a; b++)
                if ((a + b) % 3 == 0) total += a * b;
                else total -= 1;
        System.out.println("total " + total);
        int x = id(17);
        if (x > 10)
            if (x > 20) System.out.println("x > 20");
            else System.out.println("10 < x <= 20");
        {
            int scoped = x * 2;
            System.out.println("block " + scoped);
        }
        {
            int scoped = x * 3;
            System.out.println("block " + scoped);
        }
        int fizz = 0;
        for (int n = 1; n <= 30; n++) {
            if (n % 15 == 0) System.out.print("FizzBuzz ");
            else if (n % 5 == 0) System.out.print("Buzz ");
            else if (n % 3 == 0) { System.out.print("Fizz "); fizz++; }
            else System.out.print(n + " ");
        }
        System.out.println("(" + fizz + ")");
    }
}

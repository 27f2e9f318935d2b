/**
 * Counting primes by trial division: int division and remainder by a variable divisor, so every
 * `%` carries ostooc's guards (divisor 0 panics, MIN % -1 must not trap) in front of the idiv.
 */
public class Primes {
    static boolean isPrime(int n) {
        if (n < 2) {
            return false;
        }
        if (n % 2 == 0) {
            return n == 2;
        }
        for (int d = 3; d <= n / d; d += 2) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }

    public static void main(String[] args) {
        int limit = 2000000;
        int count = 0;
        long sum = 0;
        int last = 0;
        for (int n = 0; n < limit; n++) {
            if (isPrime(n)) {
                count++;
                sum += n;
                last = n;
            }
        }
        System.out.println("primes below " + limit + ": " + count);
        System.out.println("sum: " + sum + ", largest: " + last);
    }
}

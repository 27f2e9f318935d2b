/**
 * Sum of gcd(i, j) over a square: Euclid's algorithm, a remainder by a variable divisor in the
 * innermost loop, a small non-inlined-by-the-JLS call per pair, and a static long accumulator.
 */
public class Gcd {
    static long total;

    static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    public static void main(String[] args) {
        int n = 4000;
        int coprime = 0;
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= n; j++) {
                int g = gcd(i, j);
                total += g;
                if (g == 1) {
                    coprime++;
                }
            }
        }
        System.out.println("sum of gcd(i, j) for 1 <= i, j <= " + n + ": " + total);
        System.out.println("coprime pairs: " + coprime);
    }
}

/**
 * Longest Collatz chain below 1,000,000: long arithmetic, division and remainder by the constant 2
 * (a compiler should turn them into shifts; the zero/-1 guards are provably dead), a data-dependent
 * branch in a tight loop.
 */
public class Collatz {
    public static void main(String[] args) {
        int limit = 1000000;
        int best = 0;
        int bestLen = 0;
        long totalSteps = 0;
        long peak = 0;
        for (int i = 1; i < limit; i++) {
            long n = i;
            int len = 1;
            while (n != 1) {
                if (n % 2 == 0) {
                    n = n / 2;
                } else {
                    n = 3 * n + 1;
                    if (n > peak) {
                        peak = n;
                    }
                }
                len++;
            }
            totalSteps += len;
            if (len > bestLen) {
                bestLen = len;
                best = i;
            }
        }
        System.out.println("longest chain below " + limit + ": " + best + " (" + bestLen + " terms)");
        System.out.println("total terms: " + totalSteps + ", peak value: " + peak);
    }
}

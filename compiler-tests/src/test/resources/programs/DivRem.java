/** Division and remainder: truncation toward zero, the sign of %, MIN / -1 and MIN % -1 (int and long). */
public class DivRem {
    static int imin = Integer.MIN_VALUE;
    static long lmin = Long.MIN_VALUE;

    static int id(int x) { return x; }
    static long lid(long x) { return x; }

    static void both(int a, int b) {
        System.out.println(a + " / " + b + " = " + (a / b) + ", " + a + " % " + b + " = " + (a % b));
    }

    static void lboth(long a, long b) {
        System.out.println(a + " / " + b + " = " + (a / b) + ", " + a + " % " + b + " = " + (a % b));
    }

    public static void main(String[] args) {
        both(7, 2);
        both(-7, 2);
        both(7, -2);
        both(-7, -2);
        both(0, 5);
        both(0, -5);
        both(1, 1);
        both(5, 7);
        both(-5, 7);
        both(imin, -1);
        both(imin, 1);
        both(imin, 2);
        both(imin, -2);
        both(imin, imin);
        both(Integer.MAX_VALUE, imin);
        both(imin, Integer.MAX_VALUE);
        both(Integer.MAX_VALUE, -1);
        both(-1, imin);
        lboth(7, 2);
        lboth(-7, 2);
        lboth(7, -2);
        lboth(-7, -2);
        lboth(lmin, -1);
        lboth(lmin, 1);
        lboth(lmin, 3);
        lboth(lmin, lmin);
        lboth(Long.MAX_VALUE, -1);
        lboth(Long.MAX_VALUE, 10);
        lboth(lmin, 10);
        lboth(123456789012345L, -1000);
        int m = id(imin);
        int d = id(-1);
        System.out.println("inline MIN / -1 = " + (m / d));
        System.out.println("inline MIN % -1 = " + (m % d));
        long lm = lid(lmin);
        long ld = lid(-1);
        System.out.println("inline LMIN / -1 = " + (lm / ld));
        System.out.println("inline LMIN % -1 = " + (lm % ld));
        int q = id(imin);
        q /= d;
        System.out.println("q /= -1 -> " + q);
        q %= d;
        System.out.println("q %= -1 -> " + q);
        long lq = lid(lmin);
        lq /= ld;
        System.out.println("lq /= -1 -> " + lq);
        for (int i = -9; i <= 9; i += 3) {
            for (int j = -4; j <= 4; j++) {
                if (j == 0) continue;
                System.out.print((i / j) + ":" + (i % j) + " ");
            }
            System.out.println();
        }
        System.out.println("by constants: " + (id(1000) / 7) + " " + (id(-1000) / 7) + " " + (id(1000) % 16)
                + " " + (id(-1000) % 16) + " " + (id(-1000) / 16) + " " + (id(-1) / 2) + " " + (id(-3) >> 1));
        System.out.println("long by constants: " + (lid(-1000) / 8) + " " + (lid(-1000) % 8) + " " + (lid(lmin) / 2));
        System.out.println("int / long: " + (id(7) / lid(-2)) + " long % int: " + (lid(-7) % id(3)));
    }
}

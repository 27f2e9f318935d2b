/** Comparison operators on int, long, char, mixed int/long and boolean, at the signed edges. */
public class Comparisons {
    static int id(int x) { return x; }
    static long lid(long x) { return x; }

    static void ints(int a, int b) {
        System.out.println(a + " vs " + b + ": < " + (a < b) + " <= " + (a <= b) + " > " + (a > b) + " >= " + (a >= b)
                + " == " + (a == b) + " != " + (a != b));
    }

    static void longs(long a, long b) {
        System.out.println(a + " vs " + b + ": < " + (a < b) + " <= " + (a <= b) + " > " + (a > b) + " >= " + (a >= b)
                + " == " + (a == b) + " != " + (a != b));
    }

    static int sign(long v) {
        if (v < 0) return -1;
        if (v > 0) return 1;
        return 0;
    }

    public static void main(String[] args) {
        ints(id(0), id(0));
        ints(id(-1), id(0));
        ints(id(0), id(-1));
        ints(id(Integer.MIN_VALUE), id(Integer.MAX_VALUE));
        ints(id(Integer.MAX_VALUE), id(Integer.MIN_VALUE));
        ints(id(Integer.MIN_VALUE), id(Integer.MIN_VALUE));
        ints(id(-5), id(3));
        longs(lid(Long.MIN_VALUE), lid(Long.MAX_VALUE));
        longs(lid(-1), lid(0xffffffffL));
        longs(lid(0x100000000L), lid(0));
        longs(lid(5), lid(5));
        int neg = id(-1);
        long big = lid(0xffffffffL);
        System.out.println("mixed: " + (neg < big) + " " + (neg == -1L) + " " + (id(Integer.MIN_VALUE) > lid(Long.MIN_VALUE)));
        char c = 'x';
        System.out.println("char: " + (c > 'a') + " " + (c == 120) + " " + (c < id(-1)) + " " + ((char) id(-1) > 0));
        byte b = (byte) id(200);
        System.out.println("byte: " + (b < 0) + " " + (b == -56) + " " + (b == (byte) 200));
        boolean t = id(1) == 1, f = id(1) == 2;
        System.out.println("bool ==: " + (t == f) + " " + (t != f) + " " + (t == true) + " " + (f == false));
        System.out.println("sign: " + sign(lid(Long.MIN_VALUE)) + " " + sign(0) + " " + sign(lid(Long.MAX_VALUE)));
        int count = 0;
        for (int i = -3; i <= 3; i++) {
            for (int j = -3; j <= 3; j++) {
                if (i < j) count += 1;
                if (i <= j) count += 10;
                if (i > j) count += 100;
                if (i >= j) count += 1000;
                if (i == j) count += 10000;
                if (i != j) count += 100000;
            }
        }
        System.out.println("count " + count);
        boolean r = id(3) < id(4) == id(5) > id(6);
        System.out.println("chained boolean == " + r);
        System.out.println(!(id(1) < 2) + " " + !t + " " + !!t);
    }
}

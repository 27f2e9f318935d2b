/** Labelled break and continue out of nested while, do and for loops, and break out of a labelled block. */
public class Labels {
    static int id(int x) { return x; }

    public static void main(String[] args) {
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (j == 3) continue outer;
                if (i == 3) break outer;
                System.out.print(i + "" + j + " ");
            }
            System.out.print("never ");
        }
        System.out.println();
        int n = 0;
        search:
        while (true) {
            n++;
            int m = 0;
            do {
                m++;
                if (n * m == 12) break search;
                if (m > n) continue search;
            } while (m < 100);
        }
        System.out.println("found n=" + n);
        int count = 0;
        a:
        for (int x = 0; x < 4; x++) {
            b:
            for (int y = 0; y < 4; y++) {
                for (int z = 0; z < 4; z++) {
                    if (z > y) continue b;
                    if (y > x) continue a;
                    if (x == 3 && y == 2) break a;
                    count++;
                }
            }
        }
        System.out.println("count " + count);
        block:
        {
            System.out.println("in block");
            if (id(1) == 1) break block;
            System.out.println("not printed");
        }
        System.out.println("after block");
        int k = 0;
        loop:
        do {
            k++;
            switch (k) {
                case 2: continue loop;
                case 5: break loop;
                default: System.out.print("k" + k + " ");
            }
        } while (k < 10);
        System.out.println("k=" + k);
        int sum = 0;
        rows:
        for (int r = 0; r < 10; r++) {
            int c = 0;
            while (c < 10) {
                c++;
                if (c % 2 == 0) continue;
                if (c > r) continue rows;
                sum += r * c;
            }
        }
        System.out.println("sum " + sum);
        int found = -1;
        first:
        for (int p = 2; p < 100; p++) {
            for (int d = 2; d < p; d++) if (p % d == 0) continue first;
            if (p > 50) {
                found = p;
                break;
            }
        }
        System.out.println("first prime > 50: " + found);
    }
}

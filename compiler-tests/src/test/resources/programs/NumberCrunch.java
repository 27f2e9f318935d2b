/** Loops that mix int and long: a linear congruential generator, integer square roots, sieve-free prime counts, a checksum. */
public class NumberCrunch {
    static long seed = 42;

    static int nextInt() {
        seed = (seed * 0x5DEECE66DL + 0xBL) & ((1L << 48) - 1);
        return (int) (seed >>> 16);
    }

    static int isqrt(long n) {
        long lo = 0, hi = 3037000499L;
        while (lo < hi) {
            long mid = (lo + hi + 1) >>> 1;
            if (mid * mid <= n) lo = mid;
            else hi = mid - 1;
        }
        return (int) lo;
    }

    static long modpow(long b, long e, long m) {
        long r = 1;
        b %= m;
        while (e > 0) {
            if ((e & 1) == 1) r = r * b % m;
            b = b * b % m;
            e >>= 1;
        }
        return r;
    }

    static int adler32(int n) {
        int a = 1, b = 0;
        for (int i = 0; i < n; i++) {
            a = (a + (i * 7 & 0xff)) % 65521;
            b = (b + a) % 65521;
        }
        return b << 16 | a;
    }

    static int crcStep(int crc, int data) {
        crc ^= data;
        for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xEDB88320 : crc >>> 1;
        return crc;
    }

    public static void main(String[] args) {
        for (int i = 0; i < 10; i++) System.out.print(nextInt() + " ");
        System.out.println();
        int bucket0 = 0, bucket1 = 0, negatives = 0;
        for (int i = 0; i < 2000; i++) {
            int r = nextInt();
            if (r < 0) negatives++;
            if ((r & 1) == 0) bucket0++;
            else bucket1++;
        }
        System.out.println(bucket0 + " " + bucket1 + " " + negatives);
        System.out.println(isqrt(0) + " " + isqrt(1) + " " + isqrt(99) + " " + isqrt(100) + " " + isqrt(Long.MAX_VALUE) + " " + isqrt(1L << 62));
        System.out.println(modpow(2, 10, 1000) + " " + modpow(3, 200, 1000000007L) + " " + modpow(7, 1L << 40, 998244353L));
        System.out.println(adler32(1000) + " " + adler32(0));
        int crc = -1;
        for (int i = 0; i < 256; i++) crc = crcStep(crc, i);
        System.out.println("crc " + ~crc);
        long triangular = 0;
        for (int i = 1; i <= 100000; i++) triangular += i;
        System.out.println("triangular " + triangular);
        int x = 1;
        for (int i = 0; i < 100; i++) x = x * 1103515245 + 12345;
        System.out.println("lcg int " + x);
        long perfect = 0;
        for (int n = 2; n < 10000; n++) {
            int sum = 1;
            for (int d = 2; d * d <= n; d++) {
                if (n % d == 0) {
                    sum += d;
                    if (d * d != n) sum += n / d;
                }
            }
            if (sum == n) {
                System.out.println("perfect " + n);
                perfect += n;
            }
        }
        System.out.println("perfect sum " + perfect);
    }
}

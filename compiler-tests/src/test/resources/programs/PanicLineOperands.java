/**
 * In the manner of a random program generator's output (issue 10, bug 3): array arithmetic in loops
 * with a checksum, then a division whose operands and operator lie on different lines divides by zero.
 * The JVM names the statement's line (javac marks no line at an operator), so must the panic.
 */
public class PanicLineOperands {
    static int[] a = new int[16];
    static long[] b = new long[16];

    static int mix(int x, int y) { return (x * 31) ^ (y >>> 3); }

    public static void main(String[] args) {
        for (int i = 0; i < a.length; i++) {
            a[i] = mix(i, i * i - 7);
            b[i] = (long) a[i] * 1_000_003L + i;
        }
        long sum = 0;
        for (int i = 0; i < a.length; i++) sum += b[i] ^ a[(i * 5) & 15];
        System.out.println("checksum " + sum);
        int k = (int) (sum & 7) - (int) (sum & 7);   // 0
        long r = b[3] * a[5]
                + b[7]
                % (a[2] - a[2] + k)
                - a[1];
        System.out.println("not reached " + r);
    }
}

public class Arrays1D {
    static int[] primes = {2, 3, 5, 7, 11};
    static String[] names;
    static long total;

    static int sum(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) s += a[i];
        return s;
    }

    static long[] squares(int n) {
        long[] r = new long[n];
        for (int i = 0; i < n; i++) r[i] = (long) i * i * 1000000007L;
        return r;
    }

    static int counter;
    static int next() { counter++; System.out.println("next -> " + counter); return counter; }

    public static void main(String[] args) {
        int[] a = new int[5];
        for (int i = 0; i < a.length; i++) a[i] = i * 3 - 4;
        System.out.println(sum(a));
        System.out.println(sum(primes));
        int b[] = {10, 20, 30};
        b[1] += 5;
        b[2] -= b[0]++;
        ++b[0];
        b[1] <<= 2;
        System.out.println(b[0] + " " + b[1] + " " + b[2]);
        long[] sq = squares(6);
        for (int i = 0; i < sq.length; i++) total += sq[i];
        System.out.println(total + " " + sq[5]);

        byte[] bytes = new byte[4];
        bytes[0] = 127;
        bytes[0]++;
        bytes[1] = (byte) 200;
        bytes[2] += 300;
        bytes[3] = -1;
        bytes[3] >>>= 1;
        System.out.println(bytes[0] + " " + bytes[1] + " " + bytes[2] + " " + bytes[3]);
        short[] shorts = {32767, -32768, 5};
        shorts[0]++;
        shorts[1]--;
        shorts[2] *= 20000;
        System.out.println(shorts[0] + " " + shorts[1] + " " + shorts[2]);
        char[] chars = new char[] {'a', 'b', 'z'};
        chars[0]++;
        chars[1] += 2;
        chars[2] = (char) (chars[2] + 65535);
        System.out.println(chars[0] + "" + chars[1] + chars[2] + (int) chars[2]);
        boolean[] flags = new boolean[3];
        flags[1] = true;
        flags[2] |= flags[1];
        flags[0] ^= true;
        System.out.println(flags[0] + " " + flags[1] + " " + flags[2]);

        names = new String[] {"alpha", null, "gamma"};
        names[1] = "beta";
        names[2] += "!";
        names[0] += 42;
        String all = "";
        for (int i = 0; i < names.length; i++) all = all + names[i] + ",";
        System.out.println(all);

        int[] c = a;
        int[] d = a.clone();
        System.out.println((c == a) + " " + (d == a) + " " + (d != null) + " " + sum(d));
        d[0] = 99;
        System.out.println(a[0] + " " + d[0]);

        // evaluation order: array, index, value; compound reads before the right side
        int[] e = new int[3];
        e[next() - 1] = next();
        e[next() - 2] += next();
        System.out.println(e[0] + " " + e[1] + " " + e[2]);
        int k = 0;
        e[k++] = k;
        e[k] = e[k++] + k;
        System.out.println(e[0] + " " + e[1] + " " + e[2] + " " + k);

        int[] empty = {};
        int[] zero = new int[0];
        System.out.println(empty.length + zero.length + new int[7].length);
        int x = (k > 0 ? a : b)[1];
        System.out.println(x);
    }
}

/** Many live locals of mixed types across calls and loops: more values than registers. */
public class RegisterPressure {
    static int id(int x) { return x; }
    static long lid(long x) { return x; }

    static long combine(int a, long b, int c, long d, int e, long f, int g, long h, int i, long j) {
        return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j;
    }

    public static void main(String[] args) {
        int a = id(1), b = id(2), c = id(3), d = id(4), e = id(5), f = id(6), g = id(7), h = id(8);
        long i = lid(9), j = lid(10), k = lid(11), l = lid(12), m = lid(13), n = lid(14), o = lid(15), p = lid(16);
        byte q = (byte) id(17);
        short r = (short) id(18);
        char s = (char) id('S');
        boolean t = id(1) == 1;
        for (int round = 0; round < 20; round++) {
            a += b * c - d;
            b ^= e + f;
            c = c * 31 + g;
            d -= h >> 1;
            e = e * 7 + round;
            f |= a & 0xff;
            g += id(round);
            h = h * 3 - a;
            i += j * k;
            j ^= l << 3;
            k = k * 17 + m;
            l -= n >>> 2;
            m = m * 5 + a;
            n += o ^ p;
            o = o * 11 - i;
            p += combine(a, i, b, j, c, k, d, l, e, m);
            q += (byte) (a + 1);
            r -= (short) b;
            s += 1;
            t = t != (a > b);
        }
        System.out.println(a + " " + b + " " + c + " " + d + " " + e + " " + f + " " + g + " " + h);
        System.out.println(i + " " + j + " " + k + " " + l + " " + m + " " + n + " " + o + " " + p);
        System.out.println(q + " " + r + " " + s + " " + t);
        System.out.println(combine(a, i, b, j, c, k, d, l, e, m) + combine(f, n, g, o, h, p, q, i, r, j));
        long total = a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p + q + r + s + (t ? 1 : 0);
        System.out.println("total " + total);
    }
}

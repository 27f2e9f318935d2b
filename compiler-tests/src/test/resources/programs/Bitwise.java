/** Bitwise & | ^ ~ on int, long, boolean, and mixed int/long (sign extension of the int operand). */
public class Bitwise {
    static int id(int x) { return x; }
    static long lid(long x) { return x; }
    static boolean bid(boolean b) { return b; }

    static void ints(int a, int b) {
        System.out.println(a + " & " + b + " = " + (a & b) + "; | " + (a | b) + "; ^ " + (a ^ b) + "; ~a " + (~a) + "; ~b " + (~b));
    }

    static void longs(long a, long b) {
        System.out.println(a + " & " + b + " = " + (a & b) + "; | " + (a | b) + "; ^ " + (a ^ b) + "; ~a " + (~a));
    }

    static int popcount(int v) {
        int n = 0;
        while (v != 0) {
            v &= v - 1;
            n++;
        }
        return n;
    }

    static int reverse(int v) {
        int r = 0;
        for (int i = 0; i < 32; i++) {
            r = (r << 1) | (v & 1);
            v >>>= 1;
        }
        return r;
    }

    public static void main(String[] args) {
        ints(id(0), id(-1));
        ints(id(0x0f0f0f0f), id(0x00ff00ff));
        ints(id(Integer.MIN_VALUE), id(Integer.MAX_VALUE));
        ints(id(-12345), id(54321));
        longs(lid(0), lid(-1));
        longs(lid(Long.MIN_VALUE), lid(Long.MAX_VALUE));
        longs(lid(0x0f0f0f0f0f0f0f0fL), lid(0x00ff00ff00ff00ffL));
        int neg = id(-2);
        long wide = lid(0xffffffff00000000L);
        System.out.println("int & long (sign-extended): " + (neg & wide) + " | " + (neg | lid(0)) + " ^ " + (neg ^ wide));
        System.out.println("mask 0xffffffffL: " + (neg & 0xffffffffL));
        boolean t = bid(true), f = bid(false);
        System.out.println("bool: " + (t & f) + " " + (t | f) + " " + (t ^ f) + " " + (t ^ t) + " " + (f | f) + " " + (!t ^ f));
        for (int v = -3; v <= 40; v += 7) {
            System.out.println("popcount(" + v + ") = " + popcount(v) + ", reverse = " + reverse(v));
        }
        System.out.println("popcount(MIN) = " + popcount(Integer.MIN_VALUE) + ", popcount(-1) = " + popcount(-1));
        int x = id(0x1234);
        x &= 0xff0;
        System.out.println("x &= -> " + x);
        x |= 0x10001;
        System.out.println("x |= -> " + x);
        x ^= -1;
        System.out.println("x ^= -> " + x);
        long y = lid(1);
        y |= neg;
        System.out.println("long |= int -> " + y);
        boolean flag = bid(false);
        flag |= t;
        System.out.println("flag |= -> " + flag);
        flag &= f;
        System.out.println("flag &= -> " + flag);
        flag ^= true;
        System.out.println("flag ^= -> " + flag);
        char c = 'a';
        c ^= ' ';
        System.out.println("char ^= -> " + c);
        c |= 0x20;
        System.out.println("char |= -> " + c);
        System.out.println("char & int: " + ('z' & id(0x5f)) + " ~char: " + (~c));
    }
}

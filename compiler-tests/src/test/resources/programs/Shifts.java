/** Shifts: counts masked to 5 bits (int) and 6 bits (long), negative counts, sign extension, >>> on negatives. */
public class Shifts {
    static int id(int x) { return x; }
    static long lid(long x) { return x; }

    static void ints(int v) {
        System.out.println("int " + v);
        for (int s = -33; s <= 70; s += 7) {
            System.out.println("  s=" + s + " << " + (v << s) + " >> " + (v >> s) + " >>> " + (v >>> s));
        }
        System.out.println("  edge " + (v << 31) + " " + (v >> 31) + " " + (v >>> 31) + " " + (v << 32) + " "
                + (v >> 32) + " " + (v >>> 32) + " " + (v << -1) + " " + (v >>> -1));
    }

    static void longs(long v) {
        System.out.println("long " + v);
        for (int s = -65; s <= 130; s += 13) {
            System.out.println("  s=" + s + " << " + (v << s) + " >> " + (v >> s) + " >>> " + (v >>> s));
        }
        System.out.println("  edge " + (v << 63) + " " + (v >> 63) + " " + (v >>> 63) + " " + (v << 64) + " "
                + (v >>> 64) + " " + (v << -1) + " " + (v >>> -1));
        long count = lid(33);
        System.out.println("  long count " + (v << count) + " " + (v >> count) + " " + (v >>> count));
    }

    public static void main(String[] args) {
        ints(id(1));
        ints(id(-1));
        ints(id(Integer.MIN_VALUE));
        ints(id(0x12345678));
        ints(id(-0x12345678));
        longs(lid(1));
        longs(lid(-1));
        longs(lid(Long.MIN_VALUE));
        longs(lid(0x0123456789abcdefL));
        int i = id(-8);
        long n = lid(40);
        System.out.println("int shifted by long count: " + (i << n) + " " + (i >> n) + " " + (i >>> n));
        byte b = (byte) id(-16);
        short sh = (short) id(-300);
        char c = (char) id(0xffff);
        System.out.println("byte >>> 4 = " + (b >>> 4) + ", byte >> 2 = " + (b >> 2) + ", (byte)(b >>> 4) = " + (byte) (b >>> 4));
        System.out.println("short >>> 1 = " + (sh >>> 1) + ", char >> 4 = " + (c >> 4) + ", char << 20 = " + (c << 20));
        int x = id(1);
        x <<= 35;
        System.out.println("x <<= 35 -> " + x);
        x >>= -31;
        System.out.println("x >>= -31 -> " + x);
        x = id(-1);
        x >>>= 28;
        System.out.println("x >>>= 28 -> " + x);
        b = (byte) id(-128);
        b >>>= 1;
        System.out.println("byte >>>= 1 -> " + b);
        b = (byte) id(1);
        b <<= 7;
        System.out.println("byte <<= 7 -> " + b);
        long l = lid(1);
        l <<= 63;
        System.out.println("long <<= 63 -> " + l);
        l >>= 62;
        System.out.println("long >>= 62 -> " + l);
        l >>>= 60;
        System.out.println("long >>>= 60 -> " + l);
        System.out.println("constant folded: " + (1 << 33) + " " + (-1 >>> 33) + " " + (1L << 65) + " " + (8 >> -1));
    }
}

/** byte and short values: binary numeric promotion to int, sign extension, statics and parameters of those types. */
public class ShortByteOps {
    static byte sb = -1;
    static short ss = Short.MIN_VALUE;
    static byte maxB = Byte.MAX_VALUE;

    static int id(int x) { return x; }

    static byte addBytes(byte a, byte b) { return (byte) (a + b); }
    static short mulShorts(short a, short b) { return (short) (a * b); }
    static int widen(byte b) { return b; }
    static char toChar(short s) { return (char) s; }

    public static void main(String[] args) {
        byte a = (byte) id(100);
        byte b = (byte) id(100);
        System.out.println("a + b = " + (a + b) + ", addBytes = " + addBytes(a, b));
        short x = (short) id(300);
        short y = (short) id(300);
        System.out.println("x * y = " + (x * y) + ", mulShorts = " + mulShorts(x, y));
        System.out.println("widen " + widen((byte) id(-1)) + " " + widen((byte) id(255)) + " " + widen(Byte.MIN_VALUE));
        System.out.println("toChar " + (int) toChar((short) id(-1)) + " " + (int) toChar(Short.MIN_VALUE));
        System.out.println("statics " + sb + " " + ss + " " + maxB + " " + (sb * ss) + " " + (ss - 1) + " " + (short) (ss - 1));
        System.out.println("bounds " + Byte.MIN_VALUE + " " + Byte.MAX_VALUE + " " + Short.MIN_VALUE + " " + Short.MAX_VALUE
                + " " + (int) Character.MIN_VALUE + " " + (int) Character.MAX_VALUE);
        byte bb = sb;
        bb >>= 1;
        System.out.println("-1 >>= 1 " + bb);
        bb = (byte) id(-128);
        bb = (byte) -bb;
        System.out.println("-(-128) as byte " + bb);
        short neg = (short) -ss;
        System.out.println("-(MIN short) as short " + neg + " as int " + (-ss));
        byte sum = 0;
        for (int i = 0; i < 300; i++) sum += (byte) i;
        System.out.println("byte sum " + sum);
        short ssum = 0;
        for (int i = 0; i < 1000; i++) ssum += (short) (i * 77);
        System.out.println("short sum " + ssum);
        byte div = (byte) id(-128);
        System.out.println("byte / -1 " + (div / -1) + " as byte " + (byte) (div / -1) + " % " + (div % -1));
        System.out.println("compare " + (sb < ss) + " " + (sb == -1) + " " + (ss == -32768) + " " + (maxB > sb));
        ss = (short) (ss + 65536 + 1);
        sb = (byte) (maxB + 1);
        System.out.println("after " + ss + " " + sb);
        maxB++;
        System.out.println("maxB++ " + maxB);
        byte mixed = (byte) ((short) id(0x1234) & (byte) id(0xff));
        System.out.println("mixed " + mixed);
        long lb = sb;
        long ls = ss;
        System.out.println("long from byte/short " + lb + " " + ls + " " + (lb * ls));
    }
}

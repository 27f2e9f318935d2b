/** Widening and narrowing conversions among byte, short, char, int and long. */
public class NarrowingCasts {
    static int id(int x) { return x; }
    static long lid(long x) { return x; }

    static void fromInt(int v) {
        System.out.println("int " + v + " -> byte " + (byte) v + ", short " + (short) v + ", char code " + (int) (char) v
                + ", long " + (long) v + ", byte->char code " + (int) (char) (byte) v + ", short->byte " + (byte) (short) v);
    }

    static void fromLong(long v) {
        System.out.println("long " + v + " -> int " + (int) v + ", byte " + (byte) v + ", short " + (short) v
                + ", char code " + (int) (char) v);
    }

    public static void main(String[] args) {
        fromInt(id(0));
        fromInt(id(127));
        fromInt(id(128));
        fromInt(id(255));
        fromInt(id(256));
        fromInt(id(-1));
        fromInt(id(-128));
        fromInt(id(-129));
        fromInt(id(32767));
        fromInt(id(32768));
        fromInt(id(65535));
        fromInt(id(65536));
        fromInt(id(-32769));
        fromInt(id(Integer.MIN_VALUE));
        fromInt(id(Integer.MAX_VALUE));
        fromInt(id(0x12345678));
        fromLong(lid(0));
        fromLong(lid(-1));
        fromLong(lid(4294967295L));
        fromLong(lid(4294967296L));
        fromLong(lid(2147483648L));
        fromLong(lid(Long.MIN_VALUE));
        fromLong(lid(Long.MAX_VALUE));
        fromLong(lid(0x123456789abcdefL));
        byte b = (byte) id(200);
        short s = b;
        char c = (char) b;
        int i = c;
        long l = b;
        System.out.println("byte " + b + " widened to short " + s + ", to char code " + i + ", to long " + l);
        char big = (char) id(40000);
        short fromChar = (short) big;
        byte fromChar2 = (byte) big;
        System.out.println("char 40000 -> short " + fromChar + ", byte " + fromChar2 + ", int " + (int) big);
        short neg = (short) id(-2);
        char negChar = (char) neg;
        System.out.println("short -2 -> char code " + (int) negChar);
        byte bsum = (byte) (b + b);
        short ssum = (short) (s * 300);
        System.out.println("(byte)(b+b) " + bsum + ", (short)(s*300) " + ssum);
        System.out.println("b + b (int) " + (b + b) + ", s * 300 (int) " + (s * 300));
        System.out.println("int of long sum " + (int) (lid(Integer.MAX_VALUE) + 1) + ", long of int sum " + (long) (id(Integer.MAX_VALUE) + 1));
        long viaByte = (byte) lid(0x1ff);
        System.out.println("long via byte " + viaByte);
        final byte constByte = (byte) 0x80;
        final char constChar = (char) -1;
        System.out.println("constants: " + constByte + " " + (int) constChar + " " + (short) 0x18000 + " " + (byte) 'é');
        char fromByteConst = 65;
        byte fromCharConst = 'A';
        short sh = 'B';
        System.out.println("implicit constant narrowing: " + fromByteConst + " " + fromCharConst + " " + sh);
    }
}

/** Regression: the linear scan once gave a spilled, long-lived value a stack slot still in use (found by StatementProperties). */
public class RegallocSlotReuse {
    static int id(int x) { return x; }
    static long idl(long x) { return x; }
    public static void main(String[] args) {
        int a = (int) id(1619539682);
        int b = (int) id(0);
        long c = idl(7L);
        long d = idl(-1L);
        byte e = (byte) id(-1526555502);
        short f = (short) id(-2147483648);
        char g = (char) id(-14);
        System.out.println("s0.0:" + " " + a + " " + b + " " + c + " " + d + " " + e + " " + f + " " + (int) g);
        b = (int) 0L;
        f += 0L;
        System.out.println("s0.2:" + " " + a + " " + b + " " + c + " " + d + " " + e + " " + f + " " + (int) g);
        if (d >= g) {
            switch (((g >>> 1095251527) / ((5 | (-2147483648)) == 0 ? 1 : (5 | (-2147483648)))) & 7) {
                default:
                    d -= --c;
                    d = (-2147483648);
                    e <<= ((g ^ idl((-12L))) * (d >>> f));
            }
        } else {
            a = (int) (((-2147483648) - d) + (idl((-12L)) ^ 0L));
        }
        if (d < 0L) {
        } else {
            if ((+a) >= ((c >= (-7L)) ? (-2147483648) : f)) {
                f = (short) ((b + 128) * (f ^ c));
                c *= ((e >>> 1L) * ((char) 2147483647));
            }
            switch (a & 7) {
                case 1:
                    d = (g ^ ((-12) + id((-7))));
                case 4:
            }
        }
        System.out.println("s0.4:" + " " + a + " " + b + " " + c + " " + d + " " + e + " " + f + " " + (int) g);
    }
}
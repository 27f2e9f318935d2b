/** The JDK's valueOf caches make == on boxes observable: -128..127 for Integer, Long, Short, Byte; 0..127 for Character; Boolean's two. */
public class BoxCaches {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = -200; i <= 200; i += 7) {
            Integer a = i, b = i;
            Long la = (long) i, lb = (long) i;
            sb.append(a == b ? '1' : '0').append(la == lb ? '1' : '0');
            if (i >= -128 && i <= 127) {
                Short sa = (short) i, sb2 = (short) i;
                Byte ba = (byte) i, bb = (byte) i;
                sb.append(sa == sb2 ? '1' : '0').append(ba == bb ? '1' : '0');
            }
            if (i >= 0) {
                Character ca = (char) i, cb = (char) i;
                sb.append(ca == cb ? '1' : '0');
            }
        }
        System.out.println(sb);
        Boolean t1 = true, t2 = Boolean.valueOf("TRUE");
        System.out.println((t1 == t2) + " " + (t1 == Boolean.TRUE) + " " + (new Integer(5) == Integer.valueOf(5)));
        Double d1 = 1.0, d2 = 1.0;
        System.out.println(d1 == d2);
        System.out.println(d1.equals(d2) + " " + Integer.valueOf(300).equals(Integer.valueOf(300)));
    }
}

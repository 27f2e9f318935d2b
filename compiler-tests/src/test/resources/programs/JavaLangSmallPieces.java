import java.util.Objects;
/** java.util.Objects, new String(String), String.join with varargs, Integer and Long's unsigned arithmetic, parsing and printing. */
public class JavaLangSmallPieces {
    public static void main(String[] args) {
        System.out.println(Objects.equals(null, null) + " " + Objects.equals("a", "a") + " " + Objects.equals(1, 1L) + " " + Objects.hashCode(null) + " " + Objects.hashCode("ab"));
        System.out.println(Objects.hash(1, "a", null, 2.5) + " " + Objects.hash() + " " + Objects.toString(null) + " " + Objects.toString(null, "dflt") + " " + Objects.isNull(null) + Objects.nonNull(3));
        System.out.println(Objects.deepEquals(new int[] {1}, new int[] {1}) + " " + Objects.deepEquals(new int[][] {{1}}, new int[][] {{1}}) + " " + java.util.Objects.deepEquals("x", "y"));
        String s = "abc";
        String t = new String(s);
        System.out.println((s == t) + " " + s.equals(t) + " " + new String(new StringBuilder("sb")) + " " + new StringBuilder(new StringBuilder("x")).append('y'));
        System.out.println(String.join("-", "a", "b", "c") + " " + String.join(",") + " " + String.join("/", new String[] { "p", "q" }));
        int[] uis = { 0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, -7, 12345 };
        for (int a : uis) for (int b : uis) {
            if (b == 0) continue;
            System.out.print(Integer.divideUnsigned(a, b) + ":" + Integer.remainderUnsigned(a, b) + ":" + Integer.compareUnsigned(a, b) + " ");
        }
        System.out.println();
        long[] uls = { 0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, -7, 1234567890123L };
        for (long a : uls) for (long b : uls) {
            if (b == 0) continue;
            System.out.print(Long.divideUnsigned(a, b) + ":" + Long.remainderUnsigned(a, b) + ":" + Long.compareUnsigned(a, b) + " ");
        }
        System.out.println();
        for (long a : uls) System.out.print(Long.toUnsignedString(a) + " " + Long.toUnsignedString(a, 16) + " " + Long.toUnsignedString(a, 7) + " " + Long.toUnsignedString(a, 99) + " ");
        System.out.println();
        for (int a : uis) System.out.print(Integer.toUnsignedString(a) + " " + Integer.toUnsignedLong(a) + " " + Integer.toUnsignedString(a, 36) + " ");
        System.out.println();
        System.out.println(Integer.parseUnsignedInt("4294967295") + " " + Integer.parseUnsignedInt("+12") + " " + Integer.parseUnsignedInt("ffffffff", 16)
            + " " + Long.parseUnsignedLong("18446744073709551615") + " " + Long.parseUnsignedLong("ffffffffffffffff", 16) + " " + Long.parseUnsignedLong("12"));
        System.out.println(Short.toUnsignedInt((short) -1) + " " + Byte.toUnsignedInt((byte) -1) + " " + Byte.toUnsignedLong((byte) -2));
        System.out.println(Integer.divideUnsigned(5, 0));
    }
}

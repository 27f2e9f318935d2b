public class ParseAndFormat {
    public static void main(String[] args) {
        System.out.println(Integer.parseInt("0") + " " + Integer.parseInt("-2147483648") + " " + Integer.parseInt("+2147483647")
                + " " + Integer.parseInt("007") + " " + Integer.parseInt("-ff", 16) + " " + Integer.parseInt("zz", 36) + " " + Integer.parseInt("1010", 2));
        System.out.println(Long.parseLong("-9223372036854775808") + " " + Long.parseLong("9223372036854775807") + " " + Long.parseLong("7fffffffffffffff", 16)
                + " " + Long.parseLong("-101", 2));
        System.out.println(Short.parseShort("-32768") + " " + Short.parseShort("7fff", 16) + " " + Byte.parseByte("-128") + " " + Byte.parseByte("7f", 16));
        System.out.println(Integer.toString(255) + " " + Integer.toString(255, 16) + " " + Integer.toString(-255, 2) + " " + Integer.toString(Integer.MIN_VALUE, 36)
                + " " + Integer.toString(10, 99) + " " + Long.toString(Long.MIN_VALUE) + " " + Long.toString(Long.MIN_VALUE, 7) + " " + Long.toString(1L << 40, 32));
        int[] ints = {0, 1, -1, 255, -256, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x12345678};
        for (int v : ints)
            System.out.println(v + ": " + Integer.toHexString(v) + " " + Integer.toOctalString(v) + " " + Integer.toBinaryString(v) + " " + Integer.toUnsignedString(v));
        long[] longs = {0L, -1L, 1L << 63, Long.MAX_VALUE, 0x123456789abcdefL};
        for (long v : longs)
            System.out.println(v + ": " + Long.toHexString(v) + " " + Long.toOctalString(v) + " " + Long.toBinaryString(v));
        System.out.println(Boolean.parseBoolean("TRUE") + " " + Boolean.parseBoolean("yes") + " " + Boolean.parseBoolean(null) + " " + Boolean.toString(false)
                + " " + Boolean.compare(true, false) + " " + Boolean.logicalXor(true, true) + " " + Boolean.hashCode(true));
        String csv = "12,-7,300,0,45";
        int sum = 0;
        for (String part : csv.split(",")) sum += Integer.parseInt(part);
        System.out.println("sum " + sum);
    }
}

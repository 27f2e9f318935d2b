public class WrapperClasses {
    public static void main(String[] args) {
        System.out.println(Math.PI + " " + Math.E + " " + Math.abs(-3) + " " + Math.sqrt(2.0) + " " + StrictMath.pow(2.0, 0.5));
        System.out.println(Integer.MAX_VALUE + " " + Long.MIN_VALUE + " " + Integer.parseInt("-42") + " " + Integer.toHexString(255));
        System.out.println(Double.NaN + " " + Double.MAX_VALUE + " " + Double.MIN_VALUE + " " + Float.MIN_VALUE + " " + Float.MAX_VALUE + " " + Double.MIN_NORMAL);
        System.out.println(Character.isLetter('x') + " " + Character.MAX_VALUE + 0 + " " + Boolean.parseBoolean("TRUE") + " " + Short.parseShort("12") + Byte.MAX_VALUE);
        Integer a = Integer.valueOf(100), b = Integer.valueOf(100), c = Integer.valueOf(1000), d = Integer.valueOf(1000);
        System.out.println((a == b) + " " + (c == d) + " " + c.equals(d) + " " + a.hashCode() + " " + c + " " + a.compareTo(c));
        Object o = c;
        System.out.println(o + " " + (o instanceof Number) + " " + ((Number) o).doubleValue());
        Long l = Long.valueOf(-5L);
        System.out.println(l.hashCode() + " " + Long.valueOf(1L << 40).hashCode() + " " + Double.valueOf(0.1).hashCode() + " " + Boolean.TRUE + Boolean.valueOf(false).hashCode());
        System.out.println(Double.valueOf(Double.NaN).equals(Double.valueOf(Double.NaN)) + " " + Double.valueOf(0.0).equals(Double.valueOf(-0.0)) + " " + Character.valueOf('a'));
        switch (3) { case Integer.SIZE -> System.out.println("32"); default -> System.out.println("other"); }
    }
}

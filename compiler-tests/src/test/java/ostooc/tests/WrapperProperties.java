package ostooc.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The registry's wrapper classes against the JDK's, operation by operation: each try is one program of random calls
 * of Integer's, Long's, Short's, Byte's, Character's, Boolean's, Double's and Float's static and instance methods
 * (unsigned arithmetic, parsing of their own printing in every radix, hash codes, compare, equals across types,
 * valueOf identity, toString) over random and edge values, compiled by ostooc and run against the JVM.
 */
class WrapperProperties {
    static final String CLASS = "WrapperProgram";
    private static final String[] INT_EDGES = {"0", "1", "-1", "Integer.MIN_VALUE", "Integer.MAX_VALUE", "127", "128", "-128", "-129", "7"};
    private static final String[] LONG_EDGES = {"0L", "1L", "-1L", "Long.MIN_VALUE", "Long.MAX_VALUE", "4294967295L", "-4294967296L", "127L", "128L"};

    @Property(tries = 8)
    void wrapperMethodsMatchTheJdk(@ForAll long seed) {
        Random r = new Random(seed);
        StringBuilder src = new StringBuilder("public class " + CLASS + " {\n    public static void main(String[] args) {\n");
        List<String> labels = new ArrayList<>();
        for (int k = 0; k < 80; k++) {
            String i = r.nextBoolean() ? pick(r, INT_EDGES) : String.valueOf(r.nextInt(1 << (1 + r.nextInt(30))) * (r.nextBoolean() ? 1 : -1));
            String j = r.nextBoolean() ? pick(r, INT_EDGES) : String.valueOf(r.nextInt());
            String l = r.nextBoolean() ? pick(r, LONG_EDGES) : r.nextLong() + "L";
            String m = r.nextBoolean() ? pick(r, LONG_EDGES) : r.nextLong() + "L";
            int radix = 2 + r.nextInt(35);
            String e = switch (r.nextInt(16)) {
                case 0 -> "(" + j + " == 0 ? 0 : Integer.divideUnsigned(" + i + ", " + j + ")) + \" \" + (" + j + " == 0 ? 0 : Integer.remainderUnsigned(" + i + ", " + j + "))";
                case 1 -> "(" + m + " == 0 ? 0 : Long.divideUnsigned(" + l + ", " + m + ")) + \" \" + (" + m + " == 0 ? 0 : Long.remainderUnsigned(" + l + ", " + m + "))";
                case 2 -> "Integer.compareUnsigned(" + i + ", " + j + ") + \" \" + Long.compareUnsigned(" + l + ", " + m + ") + \" \" + Integer.compare(" + i + ", " + j + ")";
                case 3 -> "Integer.toUnsignedString(" + i + ", " + radix + ") + \" \" + Integer.parseUnsignedInt(Integer.toUnsignedString(" + i + ", " + radix + "), " + radix + ")";
                case 4 -> "Long.toUnsignedString(" + l + ", " + radix + ") + \" \" + Long.parseUnsignedLong(Long.toUnsignedString(" + l + ", " + radix + "), " + radix + ")";
                case 5 -> "Integer.toString(" + i + ", " + radix + ") + \" \" + Integer.parseInt(Integer.toString(" + i + ", " + radix + "), " + radix + ") + \" \" + Long.parseLong(Long.toString(" + l + ", " + radix + "), " + radix + ")";
                case 6 -> "Integer.valueOf(" + i + ").hashCode() + \" \" + Long.valueOf(" + l + ").hashCode() + \" \" + Long.hashCode(" + l + ") + \" \" + Short.valueOf((short) " + i + ").hashCode()";
                case 7 -> "(Integer.valueOf(" + i + ") == Integer.valueOf(" + i + ")) + \" \" + (Long.valueOf(" + l + ") == Long.valueOf(" + l + ")) + \" \" + (Character.valueOf((char) " + i + ") == Character.valueOf((char) " + i + "))";
                case 8 -> "Integer.valueOf(" + i + ").equals(" + i + ") + \" \" + Integer.valueOf(" + i + ").equals((long) " + i + ") + \" \" + Long.valueOf(" + l + ").equals(" + m + ")";
                case 9 -> "Integer.valueOf(" + i + ").compareTo(" + j + ") + \" \" + Long.valueOf(" + l + ").compareTo(" + m + ") + \" \" + Byte.compare((byte) " + i + ", (byte) " + j + ") + \" \" + Short.compare((short) " + i + ", (short) " + j + ")";
                case 10 -> "Double.valueOf(Double.longBitsToDouble(" + l + ")).hashCode() + \" \" + Double.valueOf(Double.longBitsToDouble(" + l + ")).equals(Double.longBitsToDouble(" + m + ")) + \" \" + Float.valueOf(Float.intBitsToFloat(" + i + ")).hashCode()";
                case 11 -> "Double.compare(Double.longBitsToDouble(" + l + "), Double.longBitsToDouble(" + m + ")) + \" \" + Double.valueOf((double) " + i + ").compareTo((double) " + j + ") + \" \" + Float.valueOf((float) " + i + ").intValue()";
                case 12 -> "Integer.toUnsignedLong(" + i + ") + \" \" + Short.toUnsignedInt((short) " + i + ") + \" \" + Byte.toUnsignedLong((byte) " + i + ") + \" \" + Long.valueOf(" + l + ").intValue() + \" \" + Integer.valueOf(" + i + ").byteValue()";
                case 13 -> "Boolean.valueOf(" + i + " > " + j + ").hashCode() + \" \" + Boolean.valueOf(" + i + " > " + j + ").compareTo(" + j + " > " + i + ") + \" \" + Boolean.logicalXor(" + i + " > 0, " + j + " > 0)";
                case 14 -> "Character.valueOf((char) " + i + ").compareTo((char) " + j + ") + \" \" + Character.valueOf((char) " + i + ").hashCode() + \" \" + Character.toString((char) (" + i + " & 0x7f))";
                default -> "Integer.valueOf(" + i + ").doubleValue() + \" \" + Long.valueOf(" + l + ").floatValue() + \" \" + Double.valueOf(Double.longBitsToDouble(" + l + ")).longValue() + \" \" + Integer.bitCount(" + i + ")";
            };
            labels.add(e);
            src.append("        System.out.println(").append(e).append(");\n");
        }
        src.append("    }\n}\n");
        GeneratedCheck.assertSameOutput(CLASS, src.toString(), labels);
    }

    private static String pick(Random r, String[] a) { return a[r.nextInt(a.length)]; }
}

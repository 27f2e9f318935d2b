package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * {@code String.format} and {@code printf} compiled by ostooc against the JVM (issue 11): each try is one program of
 * random format calls (conversions {@code d s S x X o c b e E f g G h n %}, flags, widths, precisions, argument
 * indexes) over arguments of every box type, strings, null and objects, passed as varargs, so boxing, variable arity
 * and the library's Formatter run together natively. A bad combination panics as the JDK throws (the JVM's
 * exception = exit 101); each program stops at its first. stdlib-shim's FormatterTest checks the Formatter itself
 * operation by operation on the JVM; this checks it as compiled.
 */
class FormatProperties {
    static final String CLASS = "FormatProgram";
    private static final String[] INTS = {"0", "1", "-1", "42", "-42", "Integer.MAX_VALUE", "Integer.MIN_VALUE", "123456789", "(byte) -5",
        "(short) 300", "7L", "-9000000000L", "Long.MIN_VALUE", "'x'"};
    private static final String[] DOUBLES = {"0.0", "-0.0", "1.5", "-2.25", "0.125", "1e10", "1.005", "0.35", "9.995", "123456.789",
        "1e-5", "Double.NaN", "Double.POSITIVE_INFINITY", "Double.NEGATIVE_INFINITY", "Double.MAX_VALUE", "Double.MIN_VALUE", "2.5f", "0.1f"};
    private static final String[] OTHERS = {"\"text\"", "\"\"", "null", "true", "Boolean.FALSE", "'q'", "new StringBuilder(\"sb\")", "new int[0].length"};
    private static final String[] FLAGS = {"", "", "", "-", "0", "+", " ", ",", "(", "#", "-,", "+0", "0,", "+("};

    @Property(tries = 12)
    void formatMatchesTheJvm(@ForAll long seed) {
        Random r = new Random(seed);
        StringBuilder src = new StringBuilder("public class " + CLASS + " {\n    public static void main(String[] args) {\n");
        for (int k = 0; k < 60; k++) {
            StringBuilder fmt = new StringBuilder(pick(r, new String[] {"", "[", "x=", "%% "}));
            List<String> args = new ArrayList<>();
            int specs = 1 + r.nextInt(3);
            for (int s = 0; s < specs; s++) fmt.append(spec(r, args, k == 59)).append(pick(r, new String[] {"", " ", "|", "%n"}));
            if (r.nextInt(8) == 0) args.add(pick(r, INTS));   // an unused argument is fine
            String list = quote(fmt.toString()) + (args.isEmpty() ? "" : ", " + String.join(", ", args));
            src.append(r.nextInt(4) == 0 ? "        System.out.printf(" + list + ");\n" : "        System.out.print(String.format(" + list + "));\n");
            src.append("        System.out.println();\n");
        }
        src.append("    }\n}\n");
        String source = src.toString();
        InProcessJvm.Outcome jvm = InProcessJvm.runCatching(CLASS, source, java.util.IllegalFormatException.class);
        for (ostooc.driver.Options.OptLevel level : GeneratedCheck.LEVELS) {
            Run nat = GeneratedCheck.runNative(CLASS, source, level);
            assertEquals(jvm.stdout(), nat.stdout(), level.flag() + " (JVM threw " + jvm.thrown() + ")\n" + source);
            assertEquals(jvm.thrown() == null ? 0 : 101, nat.exitCode(), level.flag() + ": " + nat.stderr() + "\n" + source);
        }
    }

    /**
     * One specifier, its argument appended to {@code args}, with flags the JDK allows for its conversion and argument
     * ({@code -} and {@code 0} only with a width, not both; not {@code +} with a space). When {@code wrong}, the last
     * call of a program, the argument may not fit the conversion: the JDK's IllegalFormatConversionException.
     */
    private static String spec(Random r, List<String> args, boolean wrong) {
        boolean hasWidth = r.nextInt(3) != 0;
        String width = hasWidth ? String.valueOf(1 + r.nextInt(14)) : "", precision = "", conv, arg, allowed;
        int kind = r.nextInt(10);
        if (kind < 3) {
            conv = pick(r, new String[] {"d", "x", "X", "o"});
            arg = pick(r, INTS);
            if (arg.equals("'x'")) arg = "(int) 'x'";
            allowed = conv.equals("d") ? "-0+ ,(" : "-0#";
        } else if (kind < 6) {
            conv = pick(r, new String[] {"e", "E", "f", "g", "G"});
            arg = pick(r, DOUBLES);
            if (r.nextBoolean()) precision = "." + r.nextInt(r.nextInt(4) == 0 ? 17 : 5);
            allowed = conv.equals("f") ? "-0+ ,(#" : conv.equalsIgnoreCase("e") ? "-0+ (#" : "-0+ ,(";
        } else if (kind < 8) {
            conv = pick(r, new String[] {"s", "S", "b", "h"});
            arg = r.nextBoolean() ? pick(r, OTHERS) : pick(r, r.nextBoolean() ? INTS : DOUBLES);
            if (r.nextInt(3) == 0) precision = "." + r.nextInt(6);
            if (conv.equals("h") && arg.contains("StringBuilder")) arg = "\"hashed\"";   // an identity hash differs from the JVM's
            allowed = "-";
        } else {
            conv = "c";
            arg = pick(r, new String[] {"'a'", "'\\u00e9'", "65", "(byte) 66", "null", "(short) 67", "'Z'"});
            allowed = "-";
        }
        if (wrong && r.nextInt(3) == 0) { conv = pick(r, new String[] {"d", "f", "c"}); arg = pick(r, OTHERS); allowed = ""; precision = ""; }
        StringBuilder flags = new StringBuilder();
        for (char f : allowed.toCharArray()) {
            if (r.nextInt(4) != 0) continue;
            if ((f == '-' || f == '0') && (!hasWidth || flags.indexOf("-") >= 0 || flags.indexOf("0") >= 0)) continue;
            if ((f == '+' && flags.indexOf(" ") >= 0) || (f == ' ' && flags.indexOf("+") >= 0)) continue;
            flags.append(f);
        }
        if (conv.equals("c") && arg.equals("null")) arg = "(Character) null";
        args.add(arg);
        return "%" + flags + width + precision + conv;
    }

    private static String quote(String s) { return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""; }

    private static String pick(Random r, String[] a) { return a[r.nextInt(a.length)]; }
}

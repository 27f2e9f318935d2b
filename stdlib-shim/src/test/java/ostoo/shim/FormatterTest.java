package ostoo.shim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link Formatter} against the JDK's own String.format, call by call: the same string, or, where the JDK
 * throws, the same exception class and message ({@code Formatter.format(s, args, out)} returns what the
 * shim would panic with). The generators make whole format strings: literal text, specifiers with
 * random indexes, flags, widths, precisions and conversions (valid ones mostly, malformed ones too), and
 * arguments of every type the shim handles; the doubles include halfway decimals, powers of ten and their
 * neighbours, subnormals, -0.0, NaN and the infinities, and random bit patterns.
 */
class FormatterTest {
    /** The JDK's answer: the formatted string, or "class: message" of what it threw. */
    private static String jdk(String format, Object[] args) {
        assertEquals("en", Locale.getDefault(Locale.Category.FORMAT).toString(), "the shim formats as the en locale does");
        try {
            return String.format(format, args);
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    /** The shim's answer in the same form; null when the shim does not support the case. */
    private static String shim(String format, Object[] args) {
        StringBuilder out = new StringBuilder();
        String error = Formatter.format(format, args, out);
        if (error != null && error.startsWith("unsupported:")) return null;
        return error != null ? error : out.toString();
    }

    private static void check(String format, Object... args) {
        String mine = shim(format, args);
        assertNotNull(mine, () -> "unsupported: " + format);
        assertEquals(jdk(format, args), mine, () -> "format \"" + format + "\" args " + describe(args));
    }

    private static String describe(Object[] args) {
        if (args == null) return "null";
        StringBuilder sb = new StringBuilder("[");
        for (Object a : args) sb.append(a == null ? "null" : a.getClass().getSimpleName() + " " + a).append(", ");
        return sb.append(']').toString();
    }

    // ---- examples: the hard doubles under the float conversions

    static final double[] HARD_DOUBLES = {
        0.0, -0.0, 0.25, 0.35, 0.5, 1.5, 2.5, -2.5, 1.005, 0.125, 0.375, 9.995, 9.9995, 99.5, 999999.5, 0.05, 0.005,
        0.0005, 0.00015, 1e-4, 9.9999e-5, 9.99999e-5, 0.00009999995, 1e-5, 123456789.0, 1e15, 1e16, 1e17, 1e21,
        1e22, 1e23, 9007199254740992.0, 1152921504606846976.0, 9.223372036854775807E18, 1.8446744073709552E19,
        Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, 3 * Double.MIN_VALUE, Math.nextDown(Double.MIN_NORMAL),
        1 / 3.0, 2 / 3.0, Math.PI, Math.E, 0.1, 0.2, 0.3, 9.5, 0.95, 0.095, 999.9999999, 99999.95, 999999.0,
        9999995.0, 1234567.0, 0.999999, 0.9999995, 9.999995e-5, 5e-5, 4.9999999999999996e-5, 2e-7, 3.0e-5, 1e100,
        1e-100, 1.7e308, 1e-310, 1e-320, 123.456, -123.456, 1e7, 1e6, 100.0, 10.0, 1.0, -1.0, 1.0e-3, 2.5e-3,
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Math.nextUp(1.0), Math.nextDown(1.0),
        Math.nextUp(0.5), Math.nextDown(0.5), Math.nextDown(1e23), Math.nextUp(1e22),
    };

    static final String[] FLOAT_FORMATS = {
        "%e", "%.0e", "%.1e", "%.3e", "%.16e", "%.20e", "%E", "%f", "%.0f", "%.1f", "%.2f", "%.3f", "%.17f", "%.20f",
        "%.40f", "%g", "%.0g", "%.1g", "%.2g", "%.3g", "%.10g", "%.17g", "%.25g", "%G", "%,f", "%,.2f", "%,.0f", "%,g",
        "%,.10g", "%+.3e", "%(,.2f", "% 012.3f", "%-12.4g|", "%015e", "%#.0f", "%#.0e", "%10.2f", "%(e", "%0(12.3f",
        "%(g", "%+g", "% g", "%010g", "%-+15.3E|", "%0,20.2f", "%(12.1f", "%s", "%S", "%.3s", "%b", "%h", "%20.8e",
    };

    @Test
    void hardDoublesUnderEveryFloatFormat() {
        for (String format : FLOAT_FORMATS) {
            for (double d : HARD_DOUBLES) {
                check(format, d);
                check(format, -d);
                check(format, (float) d);
            }
        }
    }

    @Test
    void examplesFromTheBrief() {
        check("%5.2f|%-4d|%s", 3.14159, 42, "x");
        check("%.1f %.1f %.2f %.20f", 0.25, 0.35, 1.005, 0.1);
        check("%2$s %1$s %<s %s %s", "a", "b");
        check("%x %X %o %x %o %x", -1, -255, (short) -1, (byte) -128, Integer.MIN_VALUE, Long.MIN_VALUE);
        check("%,d %,d %,015d %(,d %+d % d", Long.MIN_VALUE, 999, -1234567, -1234567, 0, 7);
        check("%c %c %c %C %c", 'x', 0x1F600, (byte) 65, 'ß', (short) 0xD800);
        check("%S %S %.1S", "straße", "ﬁ", "ß");
        check("%b %B %b %b %.2b", null, true, "x", Boolean.FALSE, true);
        check("%h %H %h", "hi", 3.5, null);
        check("%n%%%-5%|%5%|");
        check("%s", (Object[]) null);
        check("%s %s %<s %2$s", (Object[]) null);
    }

    @Test
    void errorsAsTheJdkReportsThem() {
        String[] bad = {
            "%", "%q", "%1.d", "%t", "%tq", "%Tq", "%.2c", "%.2d", "%#d", "%,x", "%,o", "%#b", "%#h", "%-d", "%0d", "%-s",
            "%+ d", "%-05d", "%00d", "%--5d", "%0$d", "%99999999999$d", "%99999999999d", "%.99999999999f", "%5n", "%-n",
            "%+%", "%-%", "%.2%", "%,e", "%#g", "%(a", "%,a", "%+x", "% o", "%(x", "%#s", "%<s", "%3$s", "%s %s %s",
            "%c", "%d", "%f", "%-tY", "%.1tY", "%#tY", "%-Tb", "%tY", "%-#d", "%+ -5d", "%1$<-s", "%2$-5.3Hz", "%.x",
            "%1$", "%1$.", "%-", "%5.", "%ta", "%Ta", "%+(x", "%( o", "%(+5o", "%+,(X", "%#,d", "%-#,10d",
        };
        Object[][] argLists = { {}, { 1 }, { "s" }, { 1.5 }, { 'c', 2L }, { -1 }, { 0x110000 }, { (byte) -1 }, null };
        for (String format : bad) for (Object[] args : argLists) check(format, args);
    }

    @Test
    void theUnsupportedCasesAreReportedAsSuch() {
        StringBuilder out = new StringBuilder();
        assertTrue(Formatter.format("%tY", new Object[] { 0L }, out).startsWith("unsupported:"));
        assertTrue(Formatter.format("%a", new Object[] { 1.0 }, out).startsWith("unsupported:"));
        assertNull(Formatter.format("%a %tY", new Object[] { null, null }, out));
        assertEquals("null null", out.toString());
    }

    // ---- properties: random specifiers that are mostly valid, with fitting arguments

    @Property(tries = 4000)
    void validSpecifiersFormatAsOnTheJdk(@ForAll("validPieces") List<Object[]> pieces) {
        StringBuilder format = new StringBuilder();
        List<Object> args = new ArrayList<>();
        for (Object[] piece : pieces) {
            format.append(piece[0]);
            if (piece.length > 1) args.add(piece[1]);
        }
        check(format.toString(), args.toArray());
    }

    /** Random format strings (indexes, any flags, widths, precisions, conversions, malformed tails) with random arguments: results or errors match. */
    @Property(tries = 6000)
    void randomFormatStringsBehaveAsOnTheJdk(@ForAll("randomFormats") String format, @ForAll("argLists") Object[] args) {
        String mine = shim(format, args);
        Assume.that(mine != null);
        assertEquals(jdk(format, args), mine, () -> "format \"" + format + "\" args " + describe(args));
    }

    @Property(tries = 3000)
    void doublesOfEveryKindAsOnTheJdk(@ForAll("doubles") double d, @ForAll("floatSpecifiers") String spec) {
        check(spec, d);
        check(spec, (float) d);
    }

    @Provide
    Arbitrary<List<Object[]>> validPieces() {
        Arbitrary<Object[]> literal = Arbitraries.of("", "x", " = ", "%%", "%n", "[", "ä€").map(s -> new Object[] { s });
        Arbitrary<Object[]> spec = Arbitraries.of('b', 'B', 'h', 'H', 's', 'S', 'c', 'C', 'd', 'o', 'x', 'X', 'e', 'E', 'f', 'g', 'G')
            .flatMap(c -> Combinators.combine(flagsFor(c), widths(), precisionsFor(c), argFor(c)).as((flags, width, precision, arg) -> {
                String w = width;
                if (w.isEmpty() && (flags.contains("-") || flags.contains("0"))) w = "8";
                return new Object[] { "%" + flags + w + precision + c, arg };
            }));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, literal), net.jqwik.api.Tuple.of(3, spec)).list().ofMinSize(1).ofMaxSize(5);
    }

    /** Flags the JDK allows for the conversion, in random order, without the combinations it rejects. */
    private static Arbitrary<String> flagsFor(char c) {
        String allowed = switch (Character.toLowerCase(c)) {
            case 'b', 'h', 's', 'c' -> "-";
            case 'd' -> "-+ 0,(";
            case 'o', 'x' -> "-#0";
            case 'e' -> "-#+ 0(";
            case 'f' -> "-#+ 0,(";
            default -> "-+ 0,(";   // g
        };
        return Arbitraries.of(allowed.chars().mapToObj(ch -> String.valueOf((char) ch)).toArray(String[]::new))
            .set().ofMaxSize(3)
            .map(set -> {
                StringBuilder sb = new StringBuilder();
                for (String s : set) sb.append(s);
                String f = sb.toString();
                if (f.contains("+") && f.contains(" ")) f = f.replace(" ", "");
                if (f.contains("-") && f.contains("0")) f = f.replace("0", "");
                return f;
            });
    }

    private static Arbitrary<String> widths() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, Arbitraries.just("")),
            net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, 30).map(String::valueOf)));
    }

    private static Arbitrary<String> precisionsFor(char c) {
        if ("cCdoxX".indexOf(c) >= 0) return Arbitraries.just("");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, Arbitraries.just("")),
            net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 22).map(p -> "." + p)));
    }

    private static Arbitrary<Object> argFor(char c) {
        return switch (Character.toLowerCase(c)) {
            case 'c' -> Arbitraries.oneOf(chars().map(x -> (Object) x), Arbitraries.integers().between(0, 0x10FFFF).map(x -> (Object) x),
                Arbitraries.bytes().between((byte) 0, (byte) 127).map(x -> (Object) x), Arbitraries.just(null));
            case 'd', 'o', 'x' -> Arbitraries.oneOf(integral(), Arbitraries.just(null));
            case 'e', 'f', 'g' -> Arbitraries.oneOf(doubles().map(x -> (Object) x), doubles().map(x -> (Object) (float) (double) x), Arbitraries.just(null));
            default -> anyArg();
        };
    }

    private static Arbitrary<Object> integral() {
        return Arbitraries.oneOf(
            Arbitraries.integers().map(x -> (Object) x),
            Arbitraries.longs().map(x -> (Object) x),
            Arbitraries.shorts().map(x -> (Object) x),
            Arbitraries.bytes().map(x -> (Object) x),
            Arbitraries.of(0, -1, 1, Integer.MIN_VALUE, Integer.MAX_VALUE, 999, -1000, 1234567).map(x -> (Object) x),
            Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, -1L, 0L, 1000000L).map(x -> (Object) x));
    }

    private static Arbitrary<Character> chars() {
        return Arbitraries.oneOf(Arbitraries.chars().ascii(), Arbitraries.chars(), Arbitraries.of('ß', 'ÿ', 'ǅ', 'ﬁ', 'µ', 'ı', 'İ'));
    }

    static final class Thing {
        final int n;
        Thing(int n) { this.n = n; }
        @Override public String toString() { return "Thing#" + n; }
        @Override public int hashCode() { return n * 31; }
    }

    private static Arbitrary<Object> anyArg() {
        return Arbitraries.oneOf(
            Arbitraries.just(null),
            Arbitraries.strings().ofMaxLength(8).map(x -> (Object) x),
            Arbitraries.of("straße", "ǆ", "MiXeD", "", "ﬃ").map(x -> (Object) x),
            integral(),
            chars().map(x -> (Object) x),
            Arbitraries.of(true, false).map(x -> (Object) x),
            doubles().map(x -> (Object) x),
            doubles().map(x -> (Object) (float) (double) x),
            Arbitraries.integers().map(x -> (Object) new Thing(x)));
    }

    @Provide
    Arbitrary<Object[]> argLists() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just((Object[]) null)),
            net.jqwik.api.Tuple.of(20, anyArg().list().ofMaxSize(4).map(List::toArray)));
    }

    @Provide
    static Arbitrary<Double> doubles() {
        return Arbitraries.oneOf(
            Arbitraries.of(java.util.Arrays.stream(HARD_DOUBLES).boxed().toArray(Double[]::new)),
            Arbitraries.longs().map(Double::longBitsToDouble),
            Arbitraries.longs().between(0, 0x000FFFFFFFFFFFFFL).map(Double::longBitsToDouble),   // subnormals
            Arbitraries.integers().between(-2000000, 2000000).map(k -> k / 1000.0 + 0.0005),       // halfway decimals
            Arbitraries.integers().between(-200000, 200000).map(k -> k * 0.005),
            Arbitraries.integers().between(-330, 310).map(e -> Double.parseDouble("1e" + e)),
            Arbitraries.integers().between(-330, 310).map(e -> Math.nextDown(Double.parseDouble("1e" + e))),
            Arbitraries.integers().between(-330, 310).map(e -> Double.parseDouble("9.5e" + e)),
            Arbitraries.doubles().between(-1e6, 1e6),
            Arbitraries.longs().map(x -> (double) x));
    }

    @Provide
    Arbitrary<String> floatSpecifiers() {
        return Arbitraries.of('e', 'E', 'f', 'g', 'G').flatMap(c -> Combinators.combine(flagsFor(c), widths(), precisionsFor(c)).as((flags, width, precision) -> {
            String w = width;
            if (w.isEmpty() && (flags.contains("-") || flags.contains("0"))) w = "12";
            return "%" + flags + w + precision + c;
        }));
    }

    // ---- random format strings: anything the JDK's specifier grammar reaches, and past it

    @Provide
    Arbitrary<String> randomFormats() {
        Arbitrary<String> index = Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, Arbitraries.just("")),
            net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, 5).map(i -> i + "$")),
            net.jqwik.api.Tuple.of(1, Arbitraries.of("0$", "01$", "99999999999$", "$")));
        Arbitrary<String> flags = Arbitraries.of("-", "#", "+", " ", "0", ",", "(", "<").list().ofMaxSize(3)
            .map(l -> String.join("", l));
        Arbitrary<String> width = Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(5, Arbitraries.just("")),
            net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(1, 20).map(String::valueOf)),
            net.jqwik.api.Tuple.of(1, Arbitraries.of("99999999999", "2147483648")));
        Arbitrary<String> precision = Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(5, Arbitraries.just("")),
            net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(0, 20).map(p -> "." + p)),
            net.jqwik.api.Tuple.of(1, Arbitraries.of(".", ".99999999999", ".x")));
        Arbitrary<String> conversion = Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(20, Arbitraries.of("b", "B", "h", "H", "s", "S", "c", "C", "d", "o", "x", "X", "e", "E", "f", "g", "G", "n", "%")),
            net.jqwik.api.Tuple.of(2, Arbitraries.of("q", "D", "i", "u", "F", "a", "A", "tY", "Tb", "tq", "t", "T", "é", "", "$", "1")));
        Arbitrary<String> spec = Combinators.combine(index, flags, width, precision, conversion)
            .as((i, f, w, p, c) -> "%" + i + f + w + p + c);
        Arbitrary<String> literal = Arbitraries.of("", "ab", " ", "|", "%%", "x%n");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, literal), net.jqwik.api.Tuple.of(3, spec))
            .list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("", l));
    }
}

package ostooc.frontend;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import ostooc.frontend.model.ConstValue;
import ostooc.frontend.tree.Expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The JVM is the oracle: random int/long constant expressions are folded by the front end and evaluated
 * here with Java's own operators; the results must agree.
 */
class ConstantFoldingProperties {
    /** A random expression: its Java source and its value computed by the JVM. */
    record Gen(String source, long value, boolean isLong) { }

    private static final String[] OPS = {"+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", ">>>"};

    /** Ten expressions a try: each try is one attribution of a class with the library (a few hundred ms). */
    @Provide
    Arbitrary<List<Gen>> expressions() { return expr(3).list().ofSize(10); }

    private Arbitrary<Gen> expr(int depth) {
        Arbitrary<Gen> leaf = Arbitraries.oneOf(
                Arbitraries.integers().map(v -> new Gen("(" + v + ")", v, false)),
                Arbitraries.integers().between(-40, 40).map(v -> new Gen("(" + v + ")", v, false)),
                Arbitraries.longs().map(v -> new Gen("(" + v + "L)", v, true)));
        if (depth == 0) return leaf;
        Arbitrary<Gen> sub = expr(depth - 1);
        Arbitrary<Gen> binary = net.jqwik.api.Combinators.combine(sub, sub, Arbitraries.of(OPS)).as(ConstantFoldingProperties::apply);
        Arbitrary<Gen> unary = net.jqwik.api.Combinators.combine(sub, Arbitraries.of("-", "~", "(byte)", "(short)", "(char)", "(int)", "(long)"))
                .as(ConstantFoldingProperties::unary);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, leaf), net.jqwik.api.Tuple.of(3, binary), net.jqwik.api.Tuple.of(1, unary))
                .filter(g -> g != null);
    }

    private static Gen unary(Gen a, String op) {
        String src = op + a.source();
        return switch (op) {
            case "-" -> a.isLong ? new Gen("(" + src + ")", -a.value, true) : new Gen("(" + src + ")", -(int) a.value, false);
            case "~" -> a.isLong ? new Gen("(" + src + ")", ~a.value, true) : new Gen("(" + src + ")", ~(int) a.value, false);
            case "(byte)" -> new Gen("(" + src + ")", (byte) a.value, false);
            case "(short)" -> new Gen("(" + src + ")", (short) a.value, false);
            case "(char)" -> new Gen("(" + src + ")", (char) a.value, false);
            case "(int)" -> new Gen("(" + src + ")", (int) a.value, false);
            default -> new Gen("(" + src + ")", a.value, true);
        };
    }

    /** a op b with Java's operators; null (filtered out) for division by zero, which is not a constant. */
    private static Gen apply(Gen a, Gen b, String op) {
        String src = "(" + a.source + " " + op + " " + b.source + ")";
        boolean shift = op.startsWith("<") || op.startsWith(">");
        boolean wide = shift ? a.isLong : a.isLong || b.isLong;
        if ((op.equals("/") || op.equals("%")) && (wide ? b.value == 0 : (int) b.value == 0)) return null;
        if (wide) {
            long x = a.value, y = b.value;
            long r = switch (op) {
                case "+" -> x + y; case "-" -> x - y; case "*" -> x * y; case "/" -> x / y; case "%" -> x % y;
                case "&" -> x & y; case "|" -> x | y; case "^" -> x ^ y;
                case "<<" -> x << y; case ">>" -> x >> y; default -> x >>> y;
            };
            return new Gen(src, r, true);
        }
        int x = (int) a.value, y = (int) b.value;
        long yl = b.value;   // a long count of an int shift: Java masks it with 31 all the same
        int r = switch (op) {
            case "+" -> x + y; case "-" -> x - y; case "*" -> x * y; case "/" -> x / y; case "%" -> x % y;
            case "&" -> x & y; case "|" -> x | y; case "^" -> x ^ y;
            case "<<" -> x << yl; case ">>" -> x >> yl; default -> x >>> yl;
        };
        return new Gen(src, r, false);
    }

    @Property(tries = 30)
    void foldingAgreesWithTheJvm(@ForAll("expressions") List<Gen> gens) {
        StringBuilder src = new StringBuilder("class T {\n");
        for (int i = 0; i < gens.size(); i++)
            src.append("    static ").append(gens.get(i).isLong ? "long" : "int").append(" X").append(i).append(" = ").append(gens.get(i).source).append(";\n");
        Attributed a = new Attributed(src.append("}\n").toString());
        for (int i = 0; i < gens.size(); i++) {
            Expr e = a.field("X" + i);
            if (a.diags.hasErrors()) throw new AssertionError(a.diags.sorted().get(0).format());
            long folded = ((ConstValue.Int) ((Expr.Const) e).value()).value();
            assertEquals(gens.get(i).value, folded, gens.get(i).source);
        }
    }
}

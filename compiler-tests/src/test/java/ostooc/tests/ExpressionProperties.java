package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;

/**
 * Code generation of expressions, with the JVM as the oracle: each try is one program of up to 200
 * random int/long/boolean expressions over run-time values, compiled by javac (run in-process) and by
 * ostooc (run natively); every printed line must agree. A failure shrinks to a few small expressions.
 *
 * <p>The knob: the number of tries comes from {@code jqwik.tries.default} in junit-platform.properties
 * (20, so the property takes well under 30 s); raise it for a longer hunt, e.g.
 * {@code mvn -pl compiler-tests test -Dtest=ExpressionProperties -Djqwik.tries.default=500}.
 */
class ExpressionProperties {
    static final int MAX_DEPTH = 4;

    @Property
    void nativeCodeComputesWhatTheJvmComputes(@ForAll("expressions") List<Expr> exprs,
                                              @ForAll("environments") ExprProgram.Env env) {
        String source = ExprProgram.render(env, exprs);
        GeneratedCheck.assertSameOutput(ExprProgram.CLASS, source, exprs.stream().map(Expr::src).toList());
    }

    /** The same seed gives the same program, so a failure can be replayed from its seed. */
    @Property(tries = 10)
    void generationIsDeterministic(@ForAll long seed) {
        assertEquals(sample(seed), sample(seed));
    }

    static String sample(long seed) {
        Random r1 = new Random(seed);
        List<Expr> exprs = expressionList().generator(1000).next(r1).value();
        ExprProgram.Env env = environment().generator(1000).next(r1).value();
        return ExprProgram.render(env, exprs);
    }

    @Provide
    Arbitrary<List<Expr>> expressions() { return expressionList(); }

    @Provide
    Arbitrary<ExprProgram.Env> environments() { return environment(); }

    static Arbitrary<List<Expr>> expressionList() {
        return new ExprGen(ExprProgram.VARS, MAX_DEPTH).any().list().ofMinSize(1).ofMaxSize(200)
                .withSizeDistribution(RandomDistribution.uniform());
    }

    static Arbitrary<ExprProgram.Env> environment() {
        Arbitrary<Integer> i = ExprGen.intValue();
        Arbitrary<Long> l = ExprGen.longValue();
        return Combinators.combine(i, i, i, i, l, l, l, l).as(ExprProgram.Env::new);
    }
}

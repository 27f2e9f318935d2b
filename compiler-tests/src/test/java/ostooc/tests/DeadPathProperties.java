package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Paths behind constant conditions, for locals of every type (issue 10, bug 1), with the JVM as the oracle:
 * each try is one {@link DeadPathProgram} of up to six methods, compiled by javac (run in-process) and by
 * ostooc at -O0, -O1 and -O2 (run natively); every printed line must agree, and an internal compiler error
 * fails like a difference, with the program kept. A failure shrinks to fewer methods with simpler choices.
 * Tries: {@code jqwik.tries.default}, see {@link ExpressionProperties}.
 */
class DeadPathProperties {
    @Property
    void deadPathsOfEveryTypeCompileAndRunLikeOnTheJvm(@ForAll("programs") List<DeadPathProgram.Method> methods) {
        GeneratedCheck.assertSameOutput(DeadPathProgram.CLASS, DeadPathProgram.render(methods), DeadPathProgram.labels(methods));
    }

    @Property(tries = 10)
    void generationIsDeterministic(@ForAll long seed) {
        assertEquals(sample(seed), sample(seed));
    }

    static String sample(long seed) {
        return DeadPathProgram.render(programs().generator(1000).next(new Random(seed)).value());
    }

    @Provide("programs")
    Arbitrary<List<DeadPathProgram.Method>> provided() { return programs(); }

    static Arbitrary<List<DeadPathProgram.Method>> programs() {
        Arbitrary<Integer> small = Arbitraries.integers().between(0, 1000);
        Arbitrary<List<Integer>> choices = small.list().ofMinSize(1).ofMaxSize(60);
        return Combinators.combine(small, small, small, choices).as(DeadPathProgram.Method::new).list().ofMinSize(1).ofMaxSize(6);
    }
}

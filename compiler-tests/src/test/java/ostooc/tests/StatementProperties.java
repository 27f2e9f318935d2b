package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Code generation of statements (locals of every integral type, if/else, bounded loops, compound
 * assignments with implicit narrowing, ++/--, switch with fall-through), the JVM being the oracle. Tries:
 * {@code jqwik.tries.default}, see {@link ExpressionProperties}.
 */
class StatementProperties {
    @Property
    void nativeCodeRunsStatementsLikeTheJvm(@ForAll("programs") List<StmtProgram.Method> methods) {
        String source = StmtProgram.render(methods);
        GeneratedCheck.assertSameOutput(StmtProgram.CLASS, source, StmtProgram.labels(methods));
    }

    @Property(tries = 10)
    void generationIsDeterministic(@ForAll long seed) {
        assertEquals(sample(seed), sample(seed));
    }

    static String sample(long seed) {
        return StmtProgram.render(programs().generator(1000).next(new Random(seed)).value());
    }

    @Provide("programs")
    Arbitrary<List<StmtProgram.Method>> provided() { return programs(); }

    static Arbitrary<List<StmtProgram.Method>> programs() {
        Arbitrary<List<Long>> initial = ExprGen.longValue().list().ofSize(StmtProgram.LOCALS.size());
        Arbitrary<List<Stmt>> body = new StmtGen(2).statements().list().ofMinSize(1).ofMaxSize(12);
        return Combinators.combine(initial, body).as(StmtProgram.Method::new).list().ofMinSize(1).ofMaxSize(15);
    }
}

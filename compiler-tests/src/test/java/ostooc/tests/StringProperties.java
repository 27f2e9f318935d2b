package ostooc.tests;

import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * String building: random sequences of StringBuilder operations and String methods on strings with
 * non-ASCII chars and surrogate pairs ({@link StringProgram}), the JVM being the oracle.
 * Tries: {@code jqwik.tries.default}.
 */
class StringProperties {
    @Property
    void stringProgramsRunLikeOnTheJvm(@ForAll("programs") List<Choices> ops) {
        StringProgram p = StringProgram.render(ops);
        GeneratedCheck.assertSameOutput(StringProgram.CLASS, p.source(), p.labels());
    }

    @Provide("programs")
    Arbitrary<List<Choices>> programs() {
        return Choices.lists(40);
    }
}

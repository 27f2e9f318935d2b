package ostooc.tests;

import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@code Arrays.deepToString}, {@code deepEquals}, {@code deepHashCode} (and {@code Arrays.equals} of
 * Object[]) on random nested arrays of every element type, shared and cyclic ones included
 * ({@link DeepArrayProgram}), natively as on the JDK. Tries: {@code jqwik.tries.default}.
 */
class DeepArrayProperties {
    @Property
    void deepArrayMethodsRunLikeOnTheJvm(@ForAll("programs") List<Choices> ops, @ForAll @IntRange(min = 0, max = 4) int backEdges) {
        DeepArrayProgram p = DeepArrayProgram.render(ops, backEdges);
        GeneratedCheck.assertSameOutput(DeepArrayProgram.CLASS, p.source(), p.labels());
    }

    @Provide("programs")
    Arbitrary<List<Choices>> programs() {
        return Choices.lists(40);
    }
}

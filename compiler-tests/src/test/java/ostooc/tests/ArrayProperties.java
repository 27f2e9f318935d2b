package ostooc.tests;

import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Arrays of int, long, byte and char filled and transformed at random (loops with in-bounds indices,
 * compound assignments and ++/-- on elements with implicit narrowing, Arrays.sort, System.arraycopy
 * within one array, sums through enhanced for), the JVM being the oracle. Tries: {@code jqwik.tries.default}.
 */
class ArrayProperties {
    @Property
    void arrayProgramsRunLikeOnTheJvm(@ForAll("programs") List<Choices> ops) {
        ArrayProgram p = ArrayProgram.render(ops);
        GeneratedCheck.assertSameOutput(ArrayProgram.CLASS, p.source(), p.labels());
    }

    @Provide("programs")
    Arbitrary<List<Choices>> programs() {
        return Choices.lists(30);
    }
}

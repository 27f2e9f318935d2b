package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Virtual dispatch, super calls, constructors and field initialisation over random class hierarchies
 * ({@link HierarchyProgram}), the JVM being the oracle. Tries: {@code jqwik.tries.default}.
 */
class HierarchyProperties {
    @Property
    void virtualCallsBehaveLikeTheJvm(@ForAll long seed) {
        HierarchyProgram p = new HierarchyProgram(seed);
        GeneratedCheck.assertSameOutput(HierarchyProgram.CLASS, p.source, p.labels);
    }

    @Property(tries = 10)
    void generationIsDeterministic(@ForAll long seed) {
        assertEquals(new HierarchyProgram(seed).source, new HierarchyProgram(seed).source);
    }
}

package ostooc.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every test program and every sample, run on the JVM and natively: same stdout, same exit code. */
class DifferentialTest {
    @TestFactory
    Stream<DynamicTest> programsBehaveAsOnTheJvm() {
        List<Program> all = new ArrayList<>(Program.under(Repo.programs()));
        all.addAll(Program.under(Repo.samples()));
        return all.stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> Differential.check(p)));
    }
}

package ostooc.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every test program and every sample, run on the JVM and natively in both tiers (freestanding, libc):
 * same stdout, same exit code. Samples that call C ({@code @CFunction}: hello-std) cannot run on the JVM
 * and have their own test ({@link HelloStdTest}).
 */
class DifferentialTest {
    @TestFactory
    Stream<DynamicTest> programsBehaveAsOnTheJvm() {
        List<Program> all = new ArrayList<>(Program.under(Repo.programs()));
        all.addAll(Program.under(Repo.samples()).stream().filter(Program::runsOnTheJvm).toList());
        return all.stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> Differential.check(p)));
    }
}

package ostooc.tests.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;

/**
 * Whole random programs ({@link ProgramGen}) on the JVM and natively at -O0, -O1, -O2 and in the libc
 * tier: any difference in output or exit code, internal compiler error, rejection or crash fails, with the
 * seed, the program and its reduction ({@link LineReducer}: the generator's programs are one statement a
 * line, so removing lines is the shrinking that keeps them valid).
 *
 * <p>System properties: {@code fuzz.programs} (default 200), {@code fuzz.seed} (first seed, default 1),
 * {@code fuzz.batch} (programs per compiled batch, default 8), {@code fuzz.threads} (default 2),
 * {@code fuzz.minutes} (start no batch after this many minutes; the statistics say how many ran),
 * {@code fuzz.tolerate} (a regex of failure kinds counted and reported but not failing the test, for a
 * known bug another change fixes; default none). The long run:
 * {@code mvn -B -o verify -pl compiler-tests -am -Dinvoker.skip -Dsurefire.failIfNoSpecifiedTests=false -Dtest=ProgramFuzzTest -Dfuzz.programs=10000};
 * its statistics, failing programs and reductions go to {@code target/fuzz/}.
 */
class ProgramFuzzTest {
    @Test
    void generatedProgramsBehaveAsOnTheJvm() {
        FuzzCampaign c = new FuzzCampaign(Long.getLong("fuzz.seed", 1), Integer.getInteger("fuzz.programs", 200),
                Integer.getInteger("fuzz.batch", 8), Integer.getInteger("fuzz.threads", 2), Path.of("target", "fuzz"));
        c.run();
        Pattern tolerated = Pattern.compile(System.getProperty("fuzz.tolerate", "(?!)"));
        boolean failing = c.byKind().keySet().stream().anyMatch(k -> !tolerated.matcher(k).find());
        Map<String, String> reduced = failing ? c.reduce(Integer.getInteger("fuzz.reduceKinds", 3), Integer.getInteger("fuzz.reduceBudget", 250)) : Map.of();
        c.write(reduced);
        System.out.println(c.stats());
        if (!failing) return;
        StringBuilder msg = new StringBuilder(c.stats()).append("(programs and reductions in ").append(c.outDir.toAbsolutePath()).append(")\n");
        reduced.forEach((kind, src) -> msg.append("\n--- reduced, ").append(kind).append(":\n").append(src));
        fail(msg.toString());
    }

    /**
     * Rechecks given seeds (-Dfuzz.seeds=1,2,3: a long run's failing-seeds.txt after a fix), each alone;
     * skipped without the property.
     */
    @Test
    void listedSeedsBehaveAsOnTheJvm() {
        String list = System.getProperty("fuzz.seeds", "");
        org.junit.jupiter.api.Assumptions.assumeFalse(list.isBlank(), "no -Dfuzz.seeds");
        StringBuilder failures = new StringBuilder();
        int n = 0;
        for (String s : list.split("[,\\s]+")) {
            if (s.isBlank()) continue;
            long seed = Long.parseLong(s.strip());
            FuzzCheck.Failure f = FuzzCheck.check(FuzzCampaign.name(seed), FuzzCampaign.standalone(seed));
            n++;
            if (f != null) failures.append("seed ").append(seed).append(": ").append(f.kind()).append(" at ").append(f.build()).append('\n');
        }
        System.out.println("rechecked " + n + " seeds, " + failures.toString().lines().count() + " failing");
        if (failures.length() > 0) fail(failures.toString());
    }

    /** The same check through jqwik, one program per try, with random seeds (failures report seed and reduction). */
    @Property(tries = 3, shrinking = ShrinkingMode.OFF)
    void randomSeeds(@ForAll long seed) {
        String cls = FuzzCampaign.name(seed);
        String source = FuzzCampaign.standalone(seed);
        FuzzCheck.Failure f = FuzzCheck.check(cls, source);
        if (f == null) return;
        String reduced = LineReducer.reduce(source, s -> FuzzCampaign.sameFailure(cls, s, f), 200);
        fail("seed " + seed + ": " + f + "\n--- reduced:\n" + reduced + "\n--- original:\n" + source);
    }

}

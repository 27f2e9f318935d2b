package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ostooc.driver.Compiler;
import ostooc.driver.Options;
import ostooc.driver.Result;
import ostooc.frontend.Tier;

/**
 * The same sources compile to the same bytes, every time: each sample, in its own tier (its @Tier) and in the libc tier, is compiled twice
 * in this JVM (other objects, other identity hashes, other thread schedules of the parallel parse) and the
 * two executables must be byte-identical. Compiler speed-ups (parallel parsing, caches) must keep this.
 */
class DeterminismTest {
    static Stream<Path> samples() throws IOException {
        try (Stream<Path> dirs = Files.list(Repo.samples())) {
            return dirs.filter(Files::isDirectory).map(DeterminismTest::sourcesOf).sorted().toList().stream();
        }
    }

    private static Path sourcesOf(Path sample) {
        Path maven = sample.resolve("src/main/java");
        return Files.isDirectory(maven) ? maven : sample;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void compilesInTheSamplesTierAreByteIdentical(Path sample) {
        assertSameBytes(Options.executable(List.of(sample), null));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void libcTierCompilesAreByteIdentical(Path sample) {
        assertSameBytes(Options.executable(List.of(sample), null).withTier(Tier.LIBC));
    }

    private static void assertSameBytes(Options options) {
        byte[] first = compiled(options);
        byte[] second = compiled(options);
        assertTrue(first.length > 0);
        assertArrayEquals(first, second, "two compiles of " + options.sources() + " differ");
    }

    private static byte[] compiled(Options options) {
        Result r = Compiler.compile(options);
        if (!r.ok()) throw new AssertionError("ostooc rejected the program:\n" + r.formatDiagnostics());
        return r.output();
    }
}

package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import ostooc.driver.Options;
import ostooc.driver.Result;
import ostooc.frontend.Diagnostics;
import ostooc.frontend.SourceFile;
import ostooc.frontend.Tier;
import ostooc.frontend.parse.ParseAll;
import ostooc.frontend.parse.ParsedFile;
import ostooc.frontend.parse.Parser;

/**
 * The library parse cache ({@code ostooc.cacheLibraryParse}, set for this module's tests: frontend
 * ParseAll) is sound only if no compile changes a cached tree. After compiling varied programs (records,
 * enums with bodies, local and anonymous classes, lambdas of the subset, switches, both tiers, every level),
 * every cached library tree must still print exactly as a fresh parse of its file.
 */
class LibraryParseCacheTest {
    @Test
    void compilingProgramsLeavesTheCachedLibraryTreesUnchanged() throws IOException {
        assertTrue(Boolean.getBoolean("ostooc.cacheLibraryParse"), "the compiler-tests pom sets ostooc.cacheLibraryParse");
        Path dir = Files.createTempDirectory("ostooc-cache-");
        List<Path> programs;
        try (Stream<Path> s = Files.list(Repo.root().resolve("compiler-tests/src/test/resources/programs"))) {
            programs = s.filter(p -> p.toString().endsWith(".java")).sorted().limit(60).toList();
        }
        int compiled = 0;
        for (Path p : programs) {
            String cls = p.getFileName().toString().replace(".java", "");
            for (Options.OptLevel level : List.of(Options.OptLevel.O0, Options.OptLevel.O2)) {
                Tier tier = compiled % 3 == 0 ? Tier.LIBC : Tier.FREESTANDING;
                Options o = new Options(List.of(), dir.resolve(cls + level), cls, Options.Emit.EXE, level).withTier(tier);
                Result r = ostooc.driver.Compiler.compile(List.of(new SourceFile(p.getFileName().toString(), Files.readString(p))), o);
                if (r.ok()) compiled++;
            }
        }
        assertTrue(compiled > 50, "programs compiled: " + compiled);
        List<ParsedFile> cached = ParseAll.cachedLibraryTrees();
        assertFalse(cached.isEmpty(), "nothing was cached");
        for (ParsedFile f : cached) {
            ParsedFile fresh = new Parser(new Diagnostics()).parse(f.source(), true);
            assertEquals(fresh.unit().toString(), f.unit().toString(), "the cached tree of " + f.source() + " changed");
        }
    }
}

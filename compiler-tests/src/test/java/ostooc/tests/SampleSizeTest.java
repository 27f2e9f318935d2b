package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ostooc.driver.Options;

/**
 * Issue 3, "a program pays only for the library it reaches": size budgets for the samples (about 3 % above
 * what they measure, lowered whenever the code shrinks, so a regression such as a vtable keeping {@code StringBuilder.append(double)} and the
 * whole {@code Double.toString} machinery, ~15 KiB, fails), and the IR's functions checked for what vtable
 * pruning ({@code frontend/…/lower/VirtualSlots}) must leave out. That the pruned programs still behave is
 * the differential suite's job ({@code PrunedSlots*.java}).
 */
class SampleSizeTest {
    private static final Pattern FUNCTION = Pattern.compile("^func @\"?([^\"(]+\\([^\"]*\\)[^\"]*)\"?\\(", Pattern.MULTILINE);
    private static Path work;

    @BeforeAll
    static void makeWork() throws IOException { work = Files.createTempDirectory("ostooc-sizes-"); }

    @AfterAll
    static void clean() throws IOException {
        if (work != null) Differential.deleteTree(work);
    }

    @ParameterizedTest(name = "{0} <= {1} bytes")
    @CsvSource({"hello, 2170", "linked-list, 8290", "bst, 8080", "nbody, 15960", "wordstats, 19780"})
    void sampleFitsItsBudget(String sample, long budget) throws IOException {
        Path exe = Native.compile(List.of(Repo.samples().resolve(sample)), work, sample, null);
        long size = Files.size(exe);
        assertTrue(size <= budget, sample + ": " + size + " bytes, budget " + budget);
    }

    /** linked-list and bst append only Strings, ints and chars to StringBuilders and never print a double. */
    @ParameterizedTest
    @CsvSource({"linked-list", "bst", "wordstats"})
    void programsWithoutDoublesCarryNoDoubleFormatting(String sample) throws IOException {
        List<String> functions = functions(List.of(Repo.samples().resolve(sample)), sample);
        assertTrue(functions.stream().anyMatch(f -> f.startsWith("ostoo.shim.lang.StringBuilder.")), "the check looks at the wrong names: " + functions);
        List<String> doubles = functions.stream().filter(f -> f.startsWith("ostoo.shim.DoubleToString.") || f.startsWith("ostoo.shim.DoubleDigits.")
                || f.startsWith("ostoo.shim.BigNat.") || f.startsWith("ostoo.shim.lang.StringBuilder.append(D)") || f.startsWith("ostoo.shim.lang.StringBuilder.insert(ID)")).toList();
        assertEquals(List.of(), doubles);
    }

    /**
     * PrunedSlotsLateClasses dispatches name() and area() on Shape only: Unrelated's methods of the same
     * selectors are never read, so they are not compiled; the Shape subclasses' ones, created late, are.
     */
    @Test
    void slotsOfClassesNoDispatchCanReachArePruned() throws IOException {
        List<String> functions = functions(List.of(Repo.programs().resolve("PrunedSlotsLateClasses.java")), "late");
        String outer = "PrunedSlotsLateClasses$";
        assertTrue(functions.contains(outer + "Late.name()Ljava/lang/String;"), functions.toString());
        assertTrue(functions.contains(outer + "Late.area()I"), functions.toString());
        assertTrue(functions.contains(outer + "Unrelated.<init>()V"), functions.toString());   // it is created, but
        assertTrue(functions.stream().noneMatch(f -> f.startsWith(outer + "Unrelated.name") || f.startsWith(outer + "Unrelated.area")),
                functions.toString());
    }

    /** The IR symbols of the functions of {@code sources}' module ({@code --emit ir -O0}: as lowered, none inlined away). */
    private static List<String> functions(List<Path> sources, String name) throws IOException {
        Path ir = work.resolve(name + ".ir");
        ostooc.driver.Result r = ostooc.driver.Compiler.compile(new Options(sources, ir, null, Options.Emit.IR, 0));
        assertTrue(r.ok(), r.formatDiagnostics());
        Matcher m = FUNCTION.matcher(Files.readString(ir));
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) out.add(m.group(1));
        return out;
    }
}

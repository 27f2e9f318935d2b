package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * javac and ostooc agree (issue 11's acceptance check): over a corpus of programs that javac accepts, ostooc either
 * compiles a program, whose output then equals the JVM's ({@link Differential}), or rejects it with
 * {@code unsupported:} errors only. It never reports a type error that javac does not report. The corpus: the
 * ordinary first programs of {@code resources/acceptance} (a to-do list with ArrayList, word counts with HashMap, a
 * {@code Pair<A,B>}, a Comparator sort, boxing, varargs, {@code Math.PI}, {@code String.format}, exceptions, a
 * Scanner, …; before issue 11, two of them compiled), and every single-file differential test program.
 */
class AcceptanceTest {
    /** How many of the first programs compile now; it only goes up (a drop is a regression). */
    private static final int FIRST_PROGRAMS_COMPILING = 6;

    @Test
    void firstProgramsCompileOrAreUnsupportedAndThenBehaveAsOnTheJvm() throws IOException {
        List<String> compiled = new ArrayList<>(), refused = new ArrayList<>();
        for (Program p : Program.under(Repo.root().resolve("compiler-tests/src/test/resources/acceptance"))) {
            List<CompileErrors> errors = check(p.sources().get(0));
            if (errors.isEmpty()) {
                Differential.check(p);
                compiled.add(p.name());
            } else {
                refused.add(p.name() + " (" + errors.get(0).message().lines().findFirst().orElse("") + ")");
            }
        }
        System.out.println("first programs compiled: " + compiled + "; refused: " + refused);
        assertTrue(compiled.size() >= FIRST_PROGRAMS_COMPILING, "compiled " + compiled + ", refused " + refused);
    }

    @Test
    void everyTestProgramThatJavacAcceptsIsAcceptedOrUnsupported() throws IOException {
        int checked = 0;
        for (Path f : Files.list(Repo.programs()).filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
            if (!CompileErrors.javac(f.getFileName().toString(), Files.readString(f)).isEmpty()) continue;   // a diagnostics test program
            check(f);
            checked++;
        }
        assertTrue(checked > 100, "only " + checked + " programs checked");
    }

    /** javac must accept {@code f}; ostooc's errors (returned) must all be {@code unsupported:}. */
    private static List<CompileErrors> check(Path f) throws IOException {
        String name = f.getFileName().toString(), source = Files.readString(f);
        assertEquals(List.of(), CompileErrors.javac(name, source), name + ": javac rejects it: not a corpus program");
        List<CompileErrors> ostooc = CompileErrors.ostooc(name, source);
        List<CompileErrors> other = ostooc.stream().filter(e -> !e.unsupported()).toList();
        assertEquals(List.of(), other, name + ": ostooc reports errors javac does not report");
        return ostooc;
    }
}

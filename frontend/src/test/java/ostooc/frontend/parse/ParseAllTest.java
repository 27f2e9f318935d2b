package ostooc.frontend.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ostooc.frontend.Diagnostics;
import ostooc.frontend.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/** The parallel parse gives what parsing one file after another gives: the same files, in order, and diagnostics. */
class ParseAllTest {
    @Test
    void parallelParseEqualsTheSequentialOne() {
        List<SourceFile> sources = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            String body = switch (i % 4) {
                case 0 -> "class C" + i + " { int f() { return " + i + "; } }";
                case 1 -> "class C" + i + " { int f() { return " + i + " } }";            // ';' expected
                case 2 -> "class C" + i + " { void f() { int x = (1 + ; } }";              // illegal start
                default -> "class C" + i + " { record R(int a) { } void g() { var v = new R(" + i + "); } }";
            };
            sources.add(new SourceFile("F" + i + ".java", body + "\n"));
        }
        Diagnostics sequentialDiags = new Diagnostics();
        Parser parser = new Parser(sequentialDiags);
        List<SourceFile> sequential = new ArrayList<>();
        for (SourceFile s : sources) {
            ParsedFile f = parser.parse(s, false);
            if (f != null) sequential.add(f.source());
        }
        Diagnostics parallelDiags = new Diagnostics();
        List<SourceFile> parallel = ParseAll.parse(sources, false, parallelDiags).stream().map(ParsedFile::source).toList();
        assertEquals(sequential, parallel);
        assertFalse(sequentialDiags.sorted().isEmpty());
        assertEquals(sequentialDiags.sorted(), parallelDiags.sorted());
    }
}

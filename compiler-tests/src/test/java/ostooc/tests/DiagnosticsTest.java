package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CLI on bad programs: exit code 1, a javac-style {@code path:line:col: error: message} first line at the
 * offending code, the source line and a caret under the column, no stack trace, no output file. Each case
 * names the text where the error belongs (first occurrence on the line marked {@code // here}); where
 * reasonable compilers differ, several anchors are accepted (javac's own choice listed first).
 */
class DiagnosticsTest {
    private static final Pattern HEADER = Pattern.compile("^(.+):(\\d+):(\\d+): error: (.+)$");

    @TempDir
    Path dir;

    static Stream<Arguments> badPrograms() {
        return Stream.of(
                bad("syntax error", "        int x = ; // here", ";"),
                bad("unknown name", "        int y = undefinedName + 1; // here", "undefinedName"),
                bad("String to int", "        int x = \"s\"; // here", "\"s\""),
                bad("long to int", "        int x = 1L; // here", "1L"),
                bad("object to int", "        int s = new Bad(); // here", "new Bad()", "new"),
                bad("array element", "        int[] a = {1, 2L}; // here", "2L"),
                bad("not an array", "        int x = ok[0]; // here", "["),
                bad("double to float", "        float f = 1.5; // here", "1.5"),
                bad("this in a static method", "        Object o = this; // here", "this"),
                bad("a method String does not have", "        int x = \"s\".frobnicate(); // here", ".frobnicate", "frobnicate", "\"s\""),
                bad("a method Integer does not have", "        int x = Integer.frobnicate(1); // here", ".frobnicate", "frobnicate", "Integer"),
                badMember("missing return", "    static int f(int a) { if (a > 0) return 1; } // here", "} //", "f(", "int f"));
    }

    /** A statement in main. */
    static Arguments bad(String what, String line, String... anchors) {
        return Arguments.of(what, "public class Bad {\n    public static void main(String[] args) {\n        int ok = 1;\n"
                + line + "\n        System.out.println(ok);\n    }\n}\n", List.of(anchors));
    }

    /** A member of the class. */
    static Arguments badMember(String what, String line, String... anchors) {
        return Arguments.of(what, "public class Bad {\n    static int ok = 1;\n\n" + line
                + "\n\n    public static void main(String[] args) {\n        System.out.println(ok);\n    }\n}\n", List.of(anchors));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPrograms")
    void reportsTheErrorWhereItIs(String what, String source, List<String> anchors) throws IOException {
        Path src = dir.resolve("Bad.java");
        Files.writeString(src, source);
        Path out = dir.resolve("bad");
        StringWriter err = new StringWriter();
        int code = ostooc.cli.Main.run(new String[] {"-o", out.toString(), src.toString()}, new PrintWriter(err, true));
        String text = err.toString();
        assertEquals(1, code, text);
        assertFalse(text.contains("at ostooc.") || text.contains("Exception"), "a stack trace:\n" + text);
        assertFalse(Files.exists(out), "an output file was written");

        String[] lines = text.split("\n", -1);
        Matcher m = HEADER.matcher(lines[0]);
        assertTrue(m.matches(), "first line: " + lines[0]);
        assertEquals(src.toString(), m.group(1), "path");
        int line = Integer.parseInt(m.group(2)), column = Integer.parseInt(m.group(3));
        List<String> sourceLines = source.lines().toList();
        int expectedLine = sourceLines.indexOf(sourceLines.stream().filter(l -> l.endsWith("// here")).findFirst().orElseThrow()) + 1;
        assertEquals(expectedLine, line, "line of: " + lines[0]);
        String marked = sourceLines.get(expectedLine - 1);
        List<Integer> columns = new ArrayList<>();
        for (String a : anchors) columns.add(marked.indexOf(a) + 1);
        assertTrue(columns.contains(column), "column " + column + " is not at any of " + anchors + " (columns " + columns + "): " + lines[0]);
        assertTrue(lines.length >= 3, text);
        assertEquals(marked, lines[1], "the source line");
        assertEquals(" ".repeat(column - 1) + "^", lines[2], "the caret line");
    }

    /**
     * An error does not cascade: a local whose type is outside the subset, or a {@code var} whose initializer
     * failed, is still declared (erroneous), so its uses report nothing more. ostooc reports one error where
     * javac, which accepts the program or reports its own, does not report more.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cascades")
    void anErrorDoesNotCascadeToTheUsesOfItsVariable(String what, String statement) {
        String source = "public class Bad {\n    static void f(boolean b, String s, int[][] a) {\n        " + statement
                + "\n        System.out.println(v); v = null; int h = v.hashCode();\n    }\n    public static void main(String[] args) { }\n}\n";
        List<CompileErrors> ours = CompileErrors.ostooc("Bad.java", source), javacs = CompileErrors.javac("Bad.java", source);
        assertEquals(1, ours.size(), "ostooc: " + ours);
        assertEquals(3, ours.get(0).line(), "the error is at the declaration: " + ours);
        assertTrue(javacs.size() <= 1 && javacs.stream().allMatch(e -> e.line() == 3), "javac: " + javacs);
    }

    static Stream<Arguments> cascades() {
        return Stream.of(
                Arguments.of("a JDK type outside the subset", "CharSequence v = s;"),
                Arguments.of("an unknown type", "Missing v = null;"),
                Arguments.of("var of an unsupported lub", "var v = b ? a : s;"),
                Arguments.of("var of null", "var v = (null);"));
    }

    @Test
    void missingInputFileIsAUsageError() {
        StringWriter err = new StringWriter();
        int code = ostooc.cli.Main.run(new String[] {"-o", dir.resolve("x").toString(), dir.resolve("Missing.java").toString()},
                new PrintWriter(err, true));
        assertEquals(2, code, err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void helpExitsZero() {
        StringWriter err = new StringWriter();
        assertEquals(0, ostooc.cli.Main.run(new String[] {"--help"}, new PrintWriter(err, true)), err.toString());
    }
}

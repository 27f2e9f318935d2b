package ostooc.frontend.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.type.VarType;
import ostooc.frontend.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The runtime's fast parse (no validators, see {@link Parser#parseLibrary}) is only a speed-up: for every
 * ostoo-rt and shim file it gives the same tree, with the same positions, as the full Java 17 parse user
 * files get, and the full parse finds no problem in it.
 */
class LibraryParseTest {
    static Stream<Path> runtimeFiles() throws IOException {
        Stream<Path> all = Stream.empty();
        for (String root : List.of("../ostoo-rt/src/main/java", "../stdlib-shim/src/main/java")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                all = Stream.concat(all, walk.filter(p -> p.toString().endsWith(".java")).sorted().toList().stream());
            }
        }
        return all;
    }

    @ParameterizedTest
    @MethodSource("runtimeFiles")
    void fastParseEqualsTheValidatedJava17Parse(Path path) throws IOException {
        SourceFile file = new SourceFile(path.toString(), Files.readString(path));
        ParserConfiguration full = new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
                .setTabSize(1).setStoreTokens(true);
        ParseResult<CompilationUnit> validated = new JavaParser(full).parse(file.text());
        ParseResult<CompilationUnit> fast = Parser.parseLibrary(file);
        assertEquals(List.of(), validated.getProblems());
        assertEquals(List.of(), fast.getProblems());
        CompilationUnit expected = validated.getResult().orElseThrow(), actual = fast.getResult().orElseThrow();
        assertEquals(expected, actual);   // structural: every node and property
        assertEquals(shapes(expected), shapes(actual));
    }

    /** Every node's class and range, in tree order: equals() ignores positions, diagnostics do not. */
    private static List<String> shapes(CompilationUnit unit) {
        return unit.stream(Node.TreeTraversal.PREORDER).map(n -> n.getClass().getSimpleName() + n.getRange().map(Object::toString).orElse("?")).toList();
    }

    @Test
    void theFastParseStillPostProcessesVar() {
        // without the Java 17 post-processing, `var` would be a class type named var
        SourceFile file = new SourceFile("V.java", "class V { void f() { var x = 1; } }");
        assertTrue(Parser.parseLibrary(file).getResult().orElseThrow().findFirst(VarType.class).isPresent());
    }
}

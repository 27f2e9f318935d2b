package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every test class runs: a class under a module's {@code src/test/java} with a test method (JUnit's
 * {@code @Test}, {@code @TestFactory}, {@code @ParameterizedTest}, …, jqwik's {@code @Property} and
 * {@code @Example}) must match one of Surefire's includes for its module, or Surefire silently skips it
 * (as it once skipped {@code *Properties} outside compiler-tests). The includes are read from the poms as
 * Maven merges them: the module's own surefire {@code <includes>} if it has some (they replace the parent's,
 * or add to them with {@code combine.children="append"}), else the parent's pluginManagement ones, else
 * Surefire's defaults; the same for excludes. Abstract classes are not run themselves and are skipped. (The
 * poms are read rather than Maven's effective pom, which would cost a Maven run per module.)
 */
class TestClassNamesTest {
    /** Surefire's defaults, used by a module whose poms set none. */
    private static final List<String> SUREFIRE_DEFAULTS = List.of("**/Test*.java", "**/*Test.java", "**/*Tests.java", "**/*TestCase.java");
    private static final Pattern TEST_METHOD = Pattern.compile(
            "(?m)^\\s*@(?:org\\.junit\\.jupiter\\.api\\.|org\\.junit\\.jupiter\\.params\\.|net\\.jqwik\\.api\\.)?"
                    + "(Test|TestFactory|TestTemplate|RepeatedTest|ParameterizedTest|Property|Example)\\b");

    @Test
    void everyTestClassMatchesAnInclude() throws Exception {
        Path root = Repo.root();
        Document parent = pom(root.resolve("pom.xml"));
        Element parentSurefire = surefire(child(child(parent.getDocumentElement(), "build"), "pluginManagement"));
        List<String> parentIncludes = patterns(parentSurefire, "includes", "include");
        List<String> parentExcludes = patterns(parentSurefire, "excludes", "exclude");
        List<String> modules = texts(child(parent.getDocumentElement(), "modules"), "module");
        assertTrue(modules.size() >= 5, "modules of the top pom: " + modules);
        List<String> unmatched = new ArrayList<>();
        int classes = 0;
        for (String module : modules) {
            Path tests = root.resolve(module).resolve("src/test/java");
            if (!Files.isDirectory(tests)) continue;
            Element own = surefire(child(pom(root.resolve(module).resolve("pom.xml")).getDocumentElement(), "build"));
            List<String> includes = merged(own, "includes", "include", parentIncludes.isEmpty() ? SUREFIRE_DEFAULTS : parentIncludes);
            List<String> excludes = merged(own, "excludes", "exclude", parentExcludes);
            try (Stream<Path> files = Files.walk(tests)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    if (!isTestClass(f.getFileName().toString().replace(".java", ""), Files.readString(f))) continue;
                    classes++;
                    String relative = tests.relativize(f).toString().replace('\\', '/');
                    if (includes.stream().noneMatch(i -> matches(i, relative)) || excludes.stream().anyMatch(e -> matches(e, relative)))
                        unmatched.add(module + "/src/test/java/" + relative + " (includes: " + includes + ", excludes: " + excludes + ")");
                }
            }
        }
        assertTrue(classes > 50, "test classes found: " + classes);
        assertEquals(List.of(), unmatched, "test classes that no Surefire include matches (they never run): rename them");
    }

    /** The matcher and the detector themselves, on names and sources made up here. */
    @Test
    void includePatternsAndTestClassesAreRecognized() {
        assertTrue(matches("**/*Properties.java", "ostooc/frontend/ConstantFoldingProperties.java"));
        assertTrue(matches("**/*Test.java", "FooTest.java"));
        assertTrue(matches("**/Test*.java", "a/b/TestFoo.java"));
        assertFalse(matches("**/*Test.java", "ostooc/frontend/ConstantFoldingProperties.java"));
        assertFalse(matches("**/*Test.java", "a/FooTests2.java"));
        assertFalse(matches("**/Test*.java", "a/MyTestFoo.java"));
        assertTrue(isTestClass("Checks", "class Checks {\n    @Property(tries = 3)\n    void p() { }\n}\n"));
        assertTrue(isTestClass("Checks", "class Checks {\n  @org.junit.jupiter.api.TestFactory Stream<DynamicTest> f() { }\n}\n"));
        assertTrue(isTestClass("Checks", "class Checks {\n    @ParameterizedTest\n    void p(int x) { }\n}\n"));
        assertFalse(isTestClass("Helper", "/** Used by {@link FooTest}: see\n * @Test methods */\nclass Helper {\n    @Provide Arbitrary<Integer> a() { }\n}\n"));
        assertFalse(isTestClass("Base", "abstract class Base {\n    @Test\n    void t() { }\n}\n"));
    }

    static boolean isTestClass(String name, String source) {
        return TEST_METHOD.matcher(source).find() && !Pattern.compile("\\babstract\\s+(?:\\w+\\s+)*class\\s+" + name + "\\b").matcher(source).find();
    }

    /** Surefire's (plexus) path pattern: {@code **} any folders (none too), {@code *} and {@code ?} within a name. */
    static boolean matches(String pattern, String path) {
        if (pattern.startsWith("%regex[") || pattern.startsWith("!") || pattern.contains("#"))
            throw new AssertionError("include pattern not understood by this check (teach it): " + pattern);
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (pattern.startsWith("**/", i)) { re.append("(?:[^/]*/)*"); i += 2; }
            else if (c == '*') re.append("[^/]*");
            else if (c == '?') re.append("[^/]");
            else re.append(Pattern.quote(String.valueOf(c)));
        }
        return path.matches(re.toString());
    }

    /** A module's own surefire patterns: they replace the inherited ones, or add to them with combine.children="append". */
    private static List<String> merged(Element plugin, String list, String item, List<String> inherited) {
        Element own = child(child(plugin, "configuration"), list);
        if (own == null) return inherited;
        List<String> result = new ArrayList<>();
        if ("append".equals(own.getAttribute("combine.children"))) result.addAll(inherited);
        result.addAll(texts(own, item));
        return result;
    }

    /** The {@code <include>}s (or excludes) of a surefire plugin element's configuration; empty when none (or no plugin). */
    private static List<String> patterns(Element plugin, String list, String item) {
        return texts(child(child(plugin, "configuration"), list), item);
    }

    /** The maven-surefire-plugin under {@code <plugins>} of {@code build} (or pluginManagement), or null. */
    private static Element surefire(Element build) {
        Element plugins = child(build, "plugins");
        if (plugins == null) return null;
        for (Node n = plugins.getFirstChild(); n != null; n = n.getNextSibling())
            if (n instanceof Element e && "plugin".equals(e.getTagName()) && "maven-surefire-plugin".equals(text(child(e, "artifactId")))) return e;
        return null;
    }

    private static Document pom(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static Element child(Element parent, String tag) {
        if (parent == null) return null;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling())
            if (n instanceof Element e && tag.equals(e.getTagName())) return e;
        return null;
    }

    private static List<String> texts(Element parent, String tag) {
        List<String> out = new ArrayList<>();
        if (parent == null) return out;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling())
            if (n instanceof Element e && tag.equals(e.getTagName())) out.add(text(e));
        return out;
    }

    private static String text(Element e) { return e == null ? null : e.getTextContent().strip(); }
}

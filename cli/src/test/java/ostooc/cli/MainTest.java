package ostooc.cli;

import static ostooc.cli.Cli.exec;
import static ostooc.cli.Cli.ostooc;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ostooc.ir.text.IrParser;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every option and every exit code of {@code ostooc}. Programs' output is compared with the JVM's on the
 * same sources (samples/linked-list, compiled once by javac).
 */
class MainTest {
    static final String HINT = "Try 'ostooc --help' for more information.";

    @TempDir
    static Path shared;
    @TempDir
    Path dir;

    static Cli.Outcome jvm;

    @BeforeAll
    static void runOnTheJvm() throws IOException {
        Path classes = shared.resolve("classes");
        try (var s = Files.walk(Cli.sample("linked-list"))) {
            Cli.javac(classes, s.filter(p -> p.toString().endsWith(".java")).toList());
        }
        jvm = exec(shared, List.of(Cli.java(), "-cp", classes.toString(), "LinkedListDemo"));
    }

    // ---- exit code 0: -o, -O*, --emit, --main, --deploy, -v, --version, --help, --completion ----

    @Test
    void everyOptimizationLevelGivesTheJvmsOutputAndOsIsTheSmallest() throws IOException {
        Map<String, Long> sizes = new TreeMap<>();
        for (String level : List.of("-O0", "-O1", "-O2", "-Os")) {
            Path exe = dir.resolve("list" + level);
            Cli.Outcome c = ostooc(level, "-o", exe, Cli.sample("linked-list"));
            assertEquals(0, c.code(), c.err());
            assertEquals("", c.err() + c.out(), "a successful compilation is silent");
            assertEquals(jvm, exec(dir, List.of(exe.toString())), level);
            sizes.put(level, Files.size(exe));
        }
        assertTrue(sizes.get("-Os") < sizes.get("-O2"), sizes.toString());
    }

    @Test
    void withoutDashOTheOutputIsNamedAfterTheFirstSource() throws IOException {
        Files.copy(Cli.sample("hello/Hello.java"), dir.resolve("Hello.java"));
        Cli.Outcome exe = Cli.ostoocProcess(dir, Cli.classPath(), "Hello.java");
        assertEquals(0, exe.code(), exe.err());
        // -O0: from -O1 on, main (called once) is inlined into the start-up code and has no label of its own
        Cli.Outcome asm = Cli.ostoocProcess(dir, Cli.classPath(), "-O0", "--emit", "asm", "Hello.java");
        assertEquals(0, asm.code(), asm.err());
        assertTrue(Files.isExecutable(dir.resolve("hello")));
        assertTrue(Files.readString(dir.resolve("hello.s")).contains("Hello.main([Ljava/lang/String;)V:"));
    }

    @Test
    void emitIrWritesTextTheIrParserReads() throws IOException {
        Path ir = dir.resolve("list.ir");
        assertEquals(0, ostooc("-O0", "--emit", "ir", "-o", ir, Cli.sample("linked-list")).code());   // -O1 inlines main away
        assertTrue(IrParser.parse(Files.readString(ir)).functions().stream().anyMatch(f -> f.name().contains("LinkedListDemo.main(")));
    }

    @Test
    void emitObjWritesARelocatableElfObject() throws IOException {
        Path obj = dir.resolve("list.o");
        assertEquals(0, ostooc("--emit", "obj", "-o", obj, Cli.sample("linked-list")).code());
        byte[] b = Files.readAllBytes(obj);
        assertArrayEquals(new byte[] {0x7f, 'E', 'L', 'F', 2, 1}, java.util.Arrays.copyOf(b, 6), "64-bit little-endian ELF");
        assertEquals(1, b[16] | b[17] << 8, "e_type ET_REL");
        assertFalse(Files.isExecutable(obj));
    }

    @Test
    void mainChoosesAmongSeveralMainClasses() throws IOException {
        Files.writeString(dir.resolve("A.java"), "public class A { public static void main(String[] a) { System.out.println(\"A\"); } }\n");
        Files.writeString(dir.resolve("B.java"), "class B { public static void main(String[] a) { System.out.println(\"B\" + 1); } }\n");
        Path exe = dir.resolve("b");
        Cli.Outcome ambiguous = ostooc("-o", exe, dir);
        assertEquals(1, ambiguous.code());
        assertTrue(ambiguous.err().contains("several classes have a main method (A, B); choose one with --main"), ambiguous.err());
        assertEquals(0, ostooc("--main", "B", "-o", exe, dir).code());
        Path classes = dir.resolve("classes");
        Cli.javac(classes, List.of(dir.resolve("A.java"), dir.resolve("B.java")));
        assertEquals(exec(dir, List.of(Cli.java(), "-cp", classes.toString(), "B")), exec(dir, List.of(exe.toString())));
    }

    @Test
    void deployCopiesTheExecutableIntoTheUserFolder() throws IOException {
        Path exe = dir.resolve("hello"), user = dir.resolve("ostoo/user");
        Cli.Outcome c = ostooc("--deploy", user, "-o", exe, Cli.sample("hello"));
        assertEquals(0, c.code(), c.err());
        Path copy = user.resolve("hello");
        assertArrayEquals(Files.readAllBytes(exe), Files.readAllBytes(copy));
        assertTrue(Files.isExecutable(copy));
        Cli.Outcome verbose = ostooc("-v", "--deploy", user, "-o", exe, Cli.sample("hello"));
        assertTrue(verbose.err().contains("ostooc: deployed " + copy + " (in the guest: /host/hello)"), verbose.err());
    }

    @Test
    void verboseTimesEachPhase() {
        Cli.Outcome c = ostooc("-v", "-o", dir.resolve("hello"), Cli.sample("hello"));
        assertEquals(0, c.code(), c.err());
        for (String phase : List.of("read", "load runtime", "frontend", "optimize", "codegen", "link", "write"))
            assertTrue(c.err().lines().anyMatch(l -> l.matches("ostooc: " + phase + " +\\d+\\.\\d ms")), phase + " in:\n" + c.err());
    }

    @Test
    void versionAndHelp() {
        Cli.Outcome v = ostooc("--version");
        assertEquals(new Cli.Outcome(0, "ostooc 0.1.0\n", ""), v);
        Cli.Outcome h = ostooc("--help");
        assertEquals(0, h.code());
        assertEquals("", h.err());
        for (OptionSpec o : new CommandLine(Main.class).getCommandSpec().options())
            for (String name : o.names()) assertTrue(h.out().contains(name), name + " missing from --help");
        assertTrue(h.out().contains("Exit codes: 0 success, 1 compile errors, 2 bad usage, 3 internal compiler error."));
        assertTrue(h.out().contains("boxing, varargs") && h.out().contains("Not yet:"), h.out());
    }

    @Test
    void bashCompletionIsValidBashAndCompletesOptionsAndEmitKinds() throws IOException {
        Cli.Outcome c = ostooc("--completion", "bash");
        assertEquals(0, c.code(), c.err());
        Path script = Files.writeString(dir.resolve("ostooc.bash"), c.out());
        assertEquals(0, exec(dir, List.of("bash", "-n", script.toString())).code());
        assertEquals(List.of("asm", "exe", "ir", "obj"), complete(script, "ostooc --emit "));
        assertTrue(complete(script, "ostooc --de").contains("--deploy"));
    }

    /** What bash offers after {@code line}, sorted. */
    private List<String> complete(Path script, String line) {
        String words = line.endsWith(" ") ? line + "''" : line;
        String program = "source " + script + "\nCOMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}\nCOMP_WORDS=(" + words
                + ")\nCOMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n_complete_ostooc\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Cli.Outcome r = exec(dir, List.of("bash", "-c", program));
        assertEquals(0, r.code(), r.err());
        return r.out().lines().map(String::trim).filter(s -> !s.isEmpty()).sorted().toList();
    }

    // ---- exit code 1: compile errors ----

    @Test
    void compileErrorsExitOneWithJavacStyleDiagnosticsAndNoOutput() throws IOException {
        Path bad = Files.writeString(dir.resolve("Bad.java"), "public class Bad {\n    public static void main(String[] a) {\n        int x = 1L;\n    }\n}\n");
        Cli.Outcome c = ostooc("-o", dir.resolve("bad"), bad);
        assertEquals(1, c.code());
        assertEquals(List.of(bad + ":3:17: error: incompatible types: possible lossy conversion from long to int",
                "        int x = 1L;", "                ^", "1 error"), c.errLines());
        assertFalse(Files.exists(dir.resolve("bad")));
    }

    // ---- exit code 2: bad usage, one line and the hint ----

    @ParameterizedTest
    @ValueSource(strings = {"--frobnicate", "-O3", "", "--emit=elf", "--emit=ir --deploy=d", "--completion=fish", "Missing.java", "-o"})
    void usageErrorsExitTwoWithOneLineAndTheHint(String args) {
        List<String> argv = new java.util.ArrayList<>(args.isEmpty() ? List.of() : List.of(args.split(" ")));
        if (!args.startsWith("-o") && !args.equals("Missing.java") && !args.isEmpty() && !args.startsWith("--completion"))
            argv.add(Cli.sample("hello").toString());
        if (args.equals("Missing.java")) argv.set(0, dir.resolve("Missing.java").toString());
        Cli.Outcome c = ostooc(argv.toArray());
        assertEquals(2, c.code(), c.err());
        assertEquals("", c.out());
        assertEquals(2, c.errLines().size(), c.err());
        assertTrue(c.errLines().get(0).startsWith("ostooc: "), c.err());
        assertEquals(HINT, c.errLines().get(1));
    }

    // ---- exit code 3: an internal error, with a request to report it ----

    @Test
    void aBrokenInstallationIsAnInternalErrorAskingForAReport() throws IOException {
        Files.copy(Cli.sample("hello/Hello.java"), dir.resolve("Hello.java"));
        String withoutRuntime = Cli.classPathWithout("ostoo-rt");
        Cli.Outcome c = Cli.ostoocProcess(dir, withoutRuntime, "Hello.java");
        assertEquals(3, c.code(), c.err());
        assertTrue(c.err().startsWith("ostooc: internal compiler error: java.lang.IllegalStateException: runtime sources not on the class path"), c.err());
        assertTrue(c.err().contains("This is a bug in ostooc; please report it"), c.err());
        assertFalse(Files.exists(dir.resolve("hello")));
    }
}

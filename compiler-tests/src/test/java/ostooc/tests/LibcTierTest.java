package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ostooc.driver.Compiler;
import ostooc.driver.Options;
import ostooc.driver.Result;
import ostooc.driver.UsageException;
import ostooc.frontend.Tier;

/**
 * The libc tier's contract beyond what the differential suite shows: C's buffered stdio output is flushed
 * before a panic and at System.exit, calls of C functions with mixed integer/floating-point arguments and
 * results (variadic ones set al), the tier chosen by {@code @Tier} unless the command line says otherwise,
 * and the compile errors of {@code @CFunction}.
 */
class LibcTierTest {
    @TempDir
    Path dir;

    private static final String HEADER = """
            import ostoo.rt.CPointers;
            import ostoo.rt.CString;
            import ostoo.rt.annotation.CFunction;
            import ostoo.rt.annotation.Tier;

            """;

    private Path write(String name, String body) throws IOException {
        Path src = dir.resolve(name + ".java");
        Files.writeString(src, HEADER + body);
        return src;
    }

    private Path compileLibc(Path src) {
        return Native.compile(Options.executable(List.of(src), dir.resolve("prog")).withTier(Tier.LIBC));
    }

    @Test
    void cOutputIsFlushedBeforeAPanic() throws IOException {
        Path src = write("PanicAfterPrintf", """
                public class PanicAfterPrintf {
                    @CFunction(value = "printf", variadic = true) static native int printf(long format, int value);
                    public static void main(String[] args) {
                        printf(CString.of("from C: %d;"), 7);
                        int[] a = new int[1];
                        a[2] = 1;
                    }
                }
                """);
        Run r = Native.run(compileLibc(src), 30);
        assertEquals(101, r.exitCode(), r.stderr());
        assertEquals(String.format(Locale.ROOT, "from C: %d;", 7), r.stdout());
        assertTrue(r.stderr().startsWith("panic: "), r.stderr());
    }

    @Test
    void systemExitFlushesCOutput() throws IOException {
        Path src = write("ExitAfterPrintf", """
                public class ExitAfterPrintf {
                    @CFunction(value = "printf", variadic = true) static native int printf(long format, long text);
                    public static void main(String[] args) {
                        printf(CString.of("%s"), CString.of("unflushed"));
                        System.exit(3);
                    }
                }
                """);
        Run r = Native.run(compileLibc(src), 30);
        assertEquals(3, r.exitCode(), r.stderr());
        assertEquals("unflushed", r.stdout());
    }

    @Test
    void mixedIntegerAndFloatingPointArgumentsAndResults() throws IOException {
        Path src = write("MixedCalls", """
                public class MixedCalls {
                    @CFunction(value = "snprintf", variadic = true)
                    static native int format(long buf, long size, long fmt, double a, int b, double c, long d, double e);
                    @CFunction static native double strtod(long text, long end);
                    @CFunction static native float fabsf(float x);
                    @CFunction static native double ldexp(double x, int exp);
                    @CFunction static native long labs(long x);
                    public static void main(String[] args) {
                        byte[] buf = new byte[128];
                        format(CPointers.elements(buf), buf.length, CString.of("%.2f|%d|%.3e|%ld|%g"), 1.5, -42, 12345.678, 1L << 40, 0.25);
                        System.out.println(CString.read(CPointers.elements(buf)));
                        System.out.println(strtod(CString.of("2.5e3"), 0) * 2);
                        System.out.println(fabsf(-3.25f));
                        System.out.println(ldexp(0.75, 4));
                        System.out.println(labs(-(1L << 50)));
                    }
                }
                """);
        Run r = Native.run(compileLibc(src), 30);
        assertEquals(0, r.exitCode(), r.stderr());
        String expected = String.format(Locale.ROOT, "%.2f|%d|%.3e|%d|%s", 1.5, -42, 12345.678, 1L << 40, "0.25") + "\n"
                + (2.5e3 * 2) + "\n" + Math.abs(-3.25f) + "\n" + Math.scalb(0.75, 4) + "\n" + Math.abs(-(1L << 50)) + "\n";
        assertEquals(expected, r.stdout());
    }

    @Test
    void theAnnotationChoosesTheTierAndTheTierItselfIsSmall() throws IOException {
        Path src = write("Tiny", """
                @Tier(Tier.LIBC)
                public class Tiny {
                    public static void main(String[] args) { System.out.println("tiny " + args.length); }
                }
                """);
        Path exe = Native.compile(Options.executable(List.of(src), dir.resolve("tiny")));
        Run r = Native.run(exe, 30);
        assertEquals("tiny 0\n", r.stdout());
        String calls = Processes.run(List.of("strace", "-f", "-qq", exe.toString()), dir, 30).stderr();
        assertTrue(calls.contains("set_tid_address("), "musl's start-up (the annotation chose the libc tier):\n" + calls);
        // measured 11,320 bytes (musl start-up, calloc, fflush and write about 5 KiB; the rest concatenation and int printing)
        assertTrue(Files.size(exe) <= 12 * 1024, Files.size(exe) + " bytes, budget 12 KiB");
    }

    @Test
    void theCommandLineTierWinsOverTheAnnotation() {
        Path src = HelloStdTest.source();
        Result r = Compiler.compile(Options.executable(List.of(src), dir.resolve("x")).withTier(Tier.FREESTANDING));
        assertFalse(r.ok());
        assertTrue(r.formatDiagnostics().contains("error: @CFunction needs the libc tier"), r.formatDiagnostics());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void cFunctionsInTheFreestandingTierAreACompileError() throws IOException {
        Path src = write("NoLibc", """
                public class NoLibc {
                    @CFunction static native long strlen(long s);
                    public static void main(String[] args) { System.out.println(strlen(CString.of("x"))); }
                }
                """);
        Result r = Compiler.compile(Options.executable(List.of(src), dir.resolve("x")));
        assertEquals(1, r.diagnostics().size(), r.formatDiagnostics());
        assertTrue(r.formatDiagnostics().startsWith(src + ":7:35: error: @CFunction needs the libc tier"), r.formatDiagnostics());
    }

    @Test
    void cFunctionTypesAreChecked() throws IOException {
        Path src = write("BadTypes", """
                @Tier(Tier.LIBC)
                public class BadTypes {
                    @CFunction static native long strlen(String s);
                    @CFunction static native char toupper(int c);
                    @CFunction(value = "printf", variadic = true) static native int printf(long fmt, float x);
                    @CFunction static long notNative(long s) { return s; }
                    public static void main(String[] args) { }
                }
                """);
        String d = Compiler.compile(Options.executable(List.of(src), dir.resolve("x"))).formatDiagnostics();
        assertTrue(d.contains("error: unsupported @CFunction parameter type String"), d);
        assertTrue(d.contains("error: unsupported @CFunction result type char"), d);
        assertTrue(d.contains("error: a variadic C function receives float arguments as double"), d);
        assertTrue(d.contains("error: a @CFunction method must be static native"), d);
    }

    @Test
    void commandLineOptions() {
        Path out = dir.resolve("hello-std");
        String src = HelloStdTest.source().toString();
        assertEquals(0, cli("--tier", "libc", "--linker", "ld", src, "-o", out.toString()), "--tier libc --linker ld");
        assertTrue(Files.isExecutable(out));
        assertEquals(2, cli("--tier", "musl", src, "-o", dir.resolve("a").toString()));
        assertEquals(2, cli("--linker", "gold", src, "-o", dir.resolve("b").toString()));
        assertEquals(2, cli("--tier", "libc", "--sysroot", dir.resolve("nowhere").toString(), src, "-o", dir.resolve("c").toString()));
        assertEquals(1, cli("--tier", "freestanding", src, "-o", dir.resolve("d").toString()), "the command line wins: @CFunction refused");
        for (String name : List.of("a", "b", "c", "d")) assertFalse(Files.exists(dir.resolve(name)), name);
    }

    private static int cli(String... args) {
        java.io.StringWriter err = new java.io.StringWriter();
        int code = ostooc.cli.Main.run(args, new java.io.PrintWriter(err, true));
        assertFalse(err.toString().contains("Exception"), err.toString());
        return code;
    }

    @Test
    void aMissingSysrootIsAClearError() {
        Options o = Options.executable(List.of(HelloStdTest.source()), dir.resolve("x")).withSysroot(dir.resolve("no-such-sysroot"));
        UsageException e = assertThrows(UsageException.class, () -> Compiler.compile(o));
        assertTrue(e.getMessage().startsWith("--sysroot " + dir.resolve("no-such-sysroot") + " is not a musl sysroot"), e.getMessage());
        assertTrue(e.getMessage().contains("scripts/extract-musl-sysroot.sh"), e.getMessage());
    }
}

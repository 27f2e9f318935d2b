package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ostooc.backend.elf.ExecutableChecks;
import ostooc.driver.Linkers;
import ostooc.driver.Options;

/**
 * samples/hello-std, the libc tier's sample, built as a user builds it (the tier from its {@code @Tier},
 * the default linker), inspected with binutils and strace, and run. It calls C, so the JVM cannot be the
 * oracle: the C results are checked against Java's own String.format, the rest against
 * the arguments and environment the test passes.
 */
class HelloStdTest {
    /**
     * At most 28 KiB (the seed's Rust hello-std is about 55 KiB). Without its boxing line the sample measures 24,472
     * bytes with our linker; the same libc calls written in C (getenv, snprintf "%.3f", calloc, fflush, write,
     * exit; gcc -Os, crt1/crti/crtn, linked by our linker) make 21,240 bytes: musl's start-up, stdio, malloc
     * and the printf family that snprintf brings whatever the format (printf_core and fmt_fp, long double
     * formatting, 8.4 KiB; strerror's table for %m, 2.2 KiB). ostooc's part is about 3.6 KiB (argument
     * decoding, UTF-8 output, string concatenation, class descriptors, panic reporting). Issue 11's boxing line
     * (an Integer, its valueOf cache, printed through Object.toString) adds 1,792 bytes: 26,264.
     */
    static final long SIZE_BUDGET = 28 * 1024;

    static Path work;
    static Path exe;

    @BeforeAll
    static void compile() throws IOException {
        work = Files.createTempDirectory("ostooc-hello-std-");
        exe = Native.compile(Options.executable(List.of(source()), work.resolve("hello-std")));
    }

    @AfterAll
    static void clean() throws IOException {
        if (work != null) Differential.deleteTree(work);
    }

    static Path source() { return Repo.samples().resolve("hello-std/HelloStd.java"); }

    static Run run(Path executable) {
        return Processes.run(List.of(executable.toString(), "one", "two words"), work, 30, Map.of("HOME", "/ostoo/home"));
    }

    @Test
    void printsArgumentsEnvironmentAndWhatCComputed() {
        Run r = run(exe);
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals(expectedOutput(), r.stdout());
    }

    /**
     * As ostoo's userspace shell starts it ({@link OstooExec}: argv[0] then the two arguments, the one environment
     * entry, 32 KiB stack, ostoo's syscalls only, x87 control word 0 under musl's long double formatting).
     */
    @Test
    void printsTheSameWhenStartedAsOstooStartsIt() {
        Run r = OstooExec.run(exe, List.of("one", "two words"), Map.of("HOME", "/ostoo/home"), 30);
        assertEquals(expectedOutput(), r.stdout(), r.stderr());
        assertEquals(0, r.exitCode(), r.stderr());
    }

    private static String expectedOutput() {
        String ratio = String.format(Locale.ROOT, "%.3f", 22.0 / 7.0);
        List<String> expected = List.of(
                "Hello from Java std on ostoo!",
                "arguments: 2",
                "  args[0] = one",
                "  args[1] = two words",
                "HOME via C getenv: /ostoo/home",
                "HOME via System.getenv: /ostoo/home",
                "boxed: 42, cached: true",
                "snprintf: 22/7 = " + ratio + " (" + ratio.length() + " chars)");
        return String.join("\n", expected) + "\n";
    }

    @Test
    void everyLibcLinkerMakesAnExecutableThatBehavesTheSame() throws IOException {
        Run reference = run(exe);
        for (Options.LinkerKind linker : Linkers.libcLinkers()) {
            Path other = Native.compileLibc(List.of(source()), work, "hello-std-" + linker, null, linker);
            Run r = run(other);
            assertEquals(reference.stdout(), r.stdout(), "linked by " + linker);
            assertEquals(reference.exitCode(), r.exitCode(), "linked by " + linker);
        }
    }

    @Test
    void fileSeesAStaticallyLinkedExecutable() {
        String out = Processes.run(List.of("file", "-b", exe.toString()), null, 30).stdout();
        assertTrue(out.startsWith("ELF 64-bit LSB executable, x86-64"), out);
        assertTrue(out.contains("statically linked"), out);
    }

    @Test
    void noInterpreterAndOstooLoaderRules() throws IOException {
        assertFalse(ReadElf.run("-SW", exe).contains(".interp"));
        assertFalse(ReadElf.run("-lW", exe).contains("INTERP"));
        assertEquals(List.of(), ExecutableChecks.ostooViolations(Files.readAllBytes(exe)));
    }

    @Test
    void entryIsTheSeedLibcStartSequence() {
        List<String> insns = disassemble(Disassembly.entry(exe), 9);
        assertEquals("mov rsi,QWORD PTR [rsp]", insns.get(0));
        assertEquals("lea rdx,[rsp+0x8]", insns.get(1));
        assertTrue(insns.get(2).startsWith("lea rdi,[rip+"), insns.get(2));
        assertEquals(List.of("xor ecx,ecx", "xor r8d,r8d", "xor r9d,r9d", "and rsp,0xfffffffffffffff0"), insns.subList(3, 7));
        assertTrue(insns.get(7).startsWith("call "), insns.get(7));
        assertEquals("ud2", insns.get(8));
        // rdi = main, whose first instruction resets ostoo's x87 control word for musl's long double code
        Matcher target = Pattern.compile("# 0x([0-9a-f]+)").matcher(insns.get(2));
        assertTrue(target.find(), insns.get(2));
        assertEquals("fninit", disassemble(Long.parseLong(target.group(1), 16), 1).get(0));
    }

    @Test
    void fitsTheSizeBudget() throws IOException {
        long size = Files.size(exe);
        System.out.println("hello-std: " + size + " bytes");
        assertTrue(size <= SIZE_BUDGET, size + " bytes, budget " + SIZE_BUDGET);
    }

    @Test
    void startUpUsesOnlySyscallsOstooImplements() throws IOException {
        Strace trace = Strace.run(exe, work);
        trace.assertOnlyOstooSyscalls();
        assertTrue(trace.calls().contains("arch_prctl") && trace.calls().contains("set_tid_address"), "musl's start-up ran: " + trace.calls());
    }

    private static List<String> disassemble(long address, int count) { return Disassembly.at(exe, address, count); }
}

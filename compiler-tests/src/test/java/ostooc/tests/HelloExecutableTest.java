package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** samples/hello compiled by ostooc, inspected with binutils, run under strace, with argc = 0 and as ostoo starts it. */
class HelloExecutableTest {
    /** The system calls ostoo implements. */
    static Path work;
    static Path exe;
    /** The oracle: the same source on the JVM (run once; the tests of this class may run concurrently). */
    static Run jvm;

    @BeforeAll
    static void compile() throws IOException {
        work = Files.createTempDirectory("ostooc-hello-");
        exe = Native.compile(List.of(hello()), work, "hello", "Hello");
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<Path> src = List.of(hello());
        jvm = Jvm.run(Jvm.compile(src, classes), "Hello", Jvm.hasIntMain(src));
    }

    @AfterAll
    static void clean() throws IOException {
        if (work != null) Differential.deleteTree(work);
    }

    static Path hello() { return Repo.samples().resolve("hello/Hello.java"); }

    @Test
    void fileSeesAStaticX8664Executable() {
        String out = Processes.run(List.of("file", "-b", exe.toString()), null, 30).stdout();
        assertTrue(out.startsWith("ELF 64-bit LSB executable, x86-64, version 1 (SYSV), statically linked"), out);
    }

    @Test
    void loadSegmentsAreStaticPageDisjointAndInTheUserHalf() {
        String out = ReadElf.run("-lW", exe);
        assertTrue(out.contains("Elf file type is EXEC"), out);
        List<ReadElf.Segment> segments = ReadElf.segments(out);
        assertFalse(segments.isEmpty(), "no program headers parsed from:\n" + out);
        assertTrue(segments.stream().noneMatch(s -> s.type().equals("INTERP") || s.type().equals("DYNAMIC")), out);
        List<ReadElf.Segment> loads = segments.stream().filter(s -> s.type().equals("LOAD")).toList();
        assertFalse(loads.isEmpty(), out);
        for (ReadElf.Segment s : loads) {
            assertTrue(Long.compareUnsigned(s.vaddr() + s.memSize(), 0x8000_0000_0000L) <= 0, "above the user half: " + s);
        }
        for (int i = 0; i < loads.size(); i++)
            for (int j = i + 1; j < loads.size(); j++) {
                ReadElf.Segment a = loads.get(i), b = loads.get(j);
                assertTrue(a.lastPage() < b.firstPage() || b.lastPage() < a.firstPage(), "LOADs share a 4 KiB page: " + a + " " + b);
            }
    }

    @Test
    void noInterpreterSection() {
        String out = ReadElf.run("-SW", exe);
        assertFalse(out.contains(".interp"), out);
    }

    @Test
    void entryIsTheSeedStartSequence() {
        List<String> insns = Disassembly.at(exe, Disassembly.entry(exe), 5);
        assertEquals("mov rdi,QWORD PTR [rsp]", insns.get(0));
        assertEquals("lea rsi,[rsp+0x8]", insns.get(1));
        assertEquals("and rsp,0xfffffffffffffff0", insns.get(2));
        assertTrue(insns.get(3).startsWith("call "), insns.get(3));
        assertEquals("ud2", insns.get(4));
    }

    @Test
    void fitsInOnePage() throws IOException {
        assertTrue(Files.size(exe) <= 4096, Files.size(exe) + " bytes");
    }

    @Test
    void printsWhatTheJvmPrints() {
        Run nat = Native.run(exe, 30);
        assertEquals(jvm.stdout(), nat.stdout());
        assertEquals(jvm.exitCode(), nat.exitCode(), nat.stderr());
        assertEquals(0, nat.exitCode());
    }

    @Test
    void usesOnlySyscallsOstooImplements() throws IOException {
        Strace trace = Strace.run(exe, work);
        trace.assertOnlyOstooSyscalls();
        assertTrue(trace.lines().stream().anyMatch(l -> l.contains("write(1,")), "no write to stdout in:\n" + String.join("\n", trace.lines()));
    }

    @Test
    void runsWithArgcZero() throws IOException {
        Path c = work.resolve("argc0.c");
        Files.writeString(c, """
                #include <unistd.h>
                #include <stdio.h>
                int main(int argc, char **argv, char **envp) {
                    char *none[] = { NULL };
                    execve(argv[1], none, envp);
                    perror("execve");
                    return 127;
                }
                """);
        Path helper = work.resolve("argc0");
        Run cc = Processes.run(List.of("gcc", "-O1", "-o", helper.toString(), c.toString()), work, 60);
        assertEquals(0, cc.exitCode(), cc.stderr());
        Run r = Processes.run(List.of(helper.toString(), exe.toString()), work, 30);
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals(jvm.stdout(), r.stdout());
    }

    /** 32 KiB stack, argc = 0, no environment, ostoo's syscalls only, x87 control word 0 ({@link OstooExec}). */
    @Test
    void printsTheSameWhenStartedAsOstooStartsIt() {
        Run r = OstooExec.run(exe, 30);
        assertEquals(jvm.stdout(), r.stdout(), r.stderr());
        assertEquals(0, r.exitCode(), r.stderr());
    }

    @Test
    void noAvxInstructions() {
        List<String> avx = new ArrayList<>();
        for (Disassembly.Insn i : Disassembly.of(exe).insns()) {
            String mn = i.mnemonic();
            if ((mn.startsWith("v") && !mn.equals("verr") && !mn.equals("verw")) || i.operands().matches(".*\\b[yz]mm\\d.*")) avx.add(i.toString());
        }
        assertEquals(List.of(), avx);
    }

    @Test
    void everyDivisionIsGuardedAgainstMinusOne() {
        assertEquals(List.of(), DivisionGuards.violations(exe));
    }
}

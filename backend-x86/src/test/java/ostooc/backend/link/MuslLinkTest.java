package ostooc.backend.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ostooc.backend.elf.Elf;
import ostooc.backend.elf.ExecutableChecks;
import ostooc.backend.elf.ExecutableChecks.Phdr;
import ostooc.backend.testutil.Tools;

/**
 * End to end with musl: C compiled by gcc against musl's headers, linked by OUR linker with crt1.o,
 * crti.o, libc.a and crtn.o, must run exactly as the same objects linked by GNU ld (stdout, stderr, exit
 * code), satisfy ostoo's loader rules, and make only system calls ostoo implements.
 */
class MuslLinkTest {
    static final Map<String, String> ENV = Map.of("OSTOO_TEST_WHO", "tester", "PATH", "/usr/bin:/bin");

    /** ostoo-abi.md section 3: every syscall number ostoo accepts, by strace's names. */
    static final Set<String> OSTOO_SYSCALLS = Set.of("read", "write", "open", "close", "fstat", "lseek", "mmap",
            "mprotect", "munmap", "brk", "rt_sigaction", "rt_sigprocmask", "rt_sigreturn", "ioctl", "writev", "pipe",
            "madvise", "dup2", "getpid", "clone", "execve", "exit", "wait4", "kill", "fcntl", "getcwd", "chdir",
            "sigaltstack", "arch_prctl", "futex", "sched_getaffinity", "getdents64", "set_tid_address",
            "exit_group", "clock_gettime", "set_robust_list", "pipe2", "getrandom");

    record Built(Path ours, Path gnu, byte[] image) {
    }

    static Built buildFeatures(Path dir) throws Exception {
        Sysroot s = Musl.sysroot();
        List<Path> objs = List.of(Musl.compile(dir, s, Musl.resource(dir, "features.c").getFileName().toString()),
                Musl.compile(dir, s, Musl.resource(dir, "tls_other.c").getFileName().toString()));
        byte[] image = Linker.linkInputs(Musl.commandLine(s, objs), new LinkOptions("_start"));
        return new Built(Musl.executable(dir, "features-ours", image), Musl.gnuLd(dir, s, objs, "features-gnu"), image);
    }

    @Test
    void printfProgramRunsAsWithGnuLd(@TempDir Path dir) throws Exception {
        Built b = buildFeatures(dir);
        Tools.Result ours = Musl.run(dir, ENV, b.ours().toString(), "first-arg");
        Tools.Result gnu = Musl.run(dir, ENV, b.gnu().toString(), "first-arg");
        assertEquals(gnu.out(), ours.out());
        assertEquals(gnu.err(), ours.err());
        assertEquals(gnu.exit(), ours.exit());
        // The oracle itself must have exercised the features: constructors, TLS, atexit and the buffered tail all printed.
        assertTrue(gnu.out().lines().count() > 15 && gnu.out().contains("constructor 101") && gnu.out().contains("destructor")
                && gnu.out().contains("atexit 1") && gnu.out().endsWith("end of main\n" + tail(gnu.out())), gnu.out());
        assertEquals(7, ours.exit());
    }

    /** The lines printed after main returns (atexit handlers, destructors), so the check above is order-agnostic. */
    private static String tail(String out) {
        return out.substring(out.indexOf("end of main\n") + "end of main\n".length());
    }

    @Test
    void executableFollowsOstooRules(@TempDir Path dir) throws Exception {
        Built b = buildFeatures(dir);
        assertEquals(List.of(), ExecutableChecks.ostooViolations(b.image()));
        List<Phdr> ph = ExecutableChecks.programHeaders(b.image());
        assertEquals(Elf.PT_PHDR, ph.get(0).type(), "PT_PHDR first");
        Phdr tls = ph.stream().filter(p -> p.type() == Elf.PT_TLS).findFirst().orElseThrow();
        Phdr rw = ph.stream().filter(p -> p.type() == Elf.PT_LOAD && p.flags() == (Elf.PF_R | Elf.PF_W)).findFirst().orElseThrow();
        assertTrue(tls.vaddr() >= rw.vaddr() && tls.vaddr() + tls.filesz() <= rw.vaddr() + rw.filesz(), "TLS image inside RW");
        Phdr stack = ph.stream().filter(p -> p.type() == Elf.PT_GNU_STACK).findFirst().orElseThrow();
        assertEquals(0, stack.flags() & Elf.PF_X, "non-executable stack");
        String file = Tools.ok(dir, "file", b.ours().toString());
        assertTrue(file.contains("statically linked") && file.contains("LSB executable"), file);
        assertEquals("", Tools.run(dir, "readelf", "-a", b.ours().toString()).err(), "readelf warnings");
    }

    @Test
    void straceShowsOnlySyscallsOstooImplements(@TempDir Path dir) throws Exception {
        Built b = buildFeatures(dir);
        Path trace = dir.resolve("trace.txt");
        Tools.Result r = Musl.run(dir, ENV, "strace", "-f", "-qq", "-o", trace.toString(), b.ours().toString(), "x");
        assertEquals(7, r.exit(), r.err());
        Set<String> used = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^(?:\\d+\\s+)?([a-z_0-9]+)\\(").matcher(Files.readString(trace));
        while (m.find()) {
            used.add(m.group(1));
        }
        assertTrue(used.contains("write") || used.contains("writev"), used.toString());
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(OSTOO_SYSCALLS);
        assertEquals(Set.of(), missing, "syscalls ostoo lacks, of " + used);
    }

    @Test
    void sameInputsSameBytes(@TempDir Path dir) throws Exception {
        Built b = buildFeatures(dir);
        Sysroot s = Musl.sysroot();
        byte[] again = Linker.linkInputs(Musl.commandLine(s, List.of(dir.resolve("features.o"), dir.resolve("tls_other.o"))),
                new LinkOptions("_start"));
        org.junit.jupiter.api.Assertions.assertArrayEquals(b.image(), again);
    }

    /** The seed's std-tier route: no crt files, the program's own _start calls __libc_start_main (musl ignores init/fini). */
    @Test
    void ownStartCallingLibcStartMainWorksWithoutCrtFiles(@TempDir Path dir) throws Exception {
        Sysroot s = Musl.sysroot();
        Files.writeString(dir.resolve("start.s"), """
                .text
                .globl _start
                _start:
                mov (%rsp), %rsi
                lea 8(%rsp), %rdx
                lea main(%rip), %rdi
                xor %ecx, %ecx
                xor %r8d, %r8d
                xor %r9d, %r9d
                and $-16, %rsp
                call __libc_start_main
                ud2
                """);
        Tools.ok(dir, "gcc", "-c", "start.s", "-o", "start.o");
        Path prog = Musl.compile(dir, s, Musl.resource(dir, "features.c").getFileName().toString());
        Path tls = Musl.compile(dir, s, Musl.resource(dir, "tls_other.c").getFileName().toString());
        byte[] image = Linker.linkInputs(s.commandLine(Musl.read(List.of(dir.resolve("start.o"), prog, tls)), false),
                new LinkOptions("_start"));
        Tools.Result ours = Musl.run(dir, ENV, Musl.executable(dir, "own-start", image).toString(), "first-arg");
        Tools.Result gnu = Musl.run(dir, ENV, Musl.gnuLd(dir, s, List.of(prog, tls), "features-gnu").toString(), "first-arg");
        assertEquals(gnu.out(), ours.out());
        assertEquals(gnu.exit(), ours.exit());
    }

    /** A printf hello: what it weighs linked by us and by GNU ld (reported, and bounded so growth is noticed). */
    @Test
    void helloSize(@TempDir Path dir) throws Exception {
        Sysroot s = Musl.sysroot();
        Files.writeString(dir.resolve("hello.c"), "#include <stdio.h>\nint main(void) { printf(\"hello %d\\n\", 42); return 0; }\n");
        List<Path> objs = List.of(Musl.compile(dir, s, "hello.c"));
        byte[] ours = Linker.linkInputs(Musl.commandLine(s, objs), new LinkOptions("_start"));
        Path oursPath = Musl.executable(dir, "hello-ours", ours);
        Path gnu = Musl.gnuLd(dir, s, objs, "hello-gnu");
        Path gnuGc = Musl.gnuLd(dir, s, objs, "hello-gnu-gc", "--gc-sections", "-s");
        Tools.ok(dir, "cp", gnu.toString(), "hello-gnu-stripped");
        Tools.ok(dir, "strip", "hello-gnu-stripped");
        Tools.Result r = Musl.run(dir, ENV, oursPath.toString());
        assertEquals(Musl.run(dir, ENV, gnu.toString()).out(), r.out());
        long gnuSize = Files.size(gnu), strippedSize = Files.size(dir.resolve("hello-gnu-stripped")), gcSize = Files.size(gnuGc);
        System.out.printf("musl printf hello: ours %d bytes; GNU ld %d bytes (%d stripped, %d with --gc-sections -s)%n",
                ours.length, gnuSize, strippedSize, gcSize);
        assertTrue(ours.length <= gcSize + 4096, "ours " + ours.length + " vs GNU ld --gc-sections " + gcSize);
    }
}

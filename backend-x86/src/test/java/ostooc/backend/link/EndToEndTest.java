package ostooc.backend.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ostooc.backend.elf.ElfObjectWriter;
import ostooc.backend.elf.ExecutableChecks;
import ostooc.backend.obj.Binding;
import ostooc.backend.obj.ObjectFile;
import ostooc.backend.obj.SectionKind;
import ostooc.backend.obj.Symbol;
import ostooc.backend.obj.SymbolType;
import ostooc.backend.testutil.Tools;

/**
 * The whole bottom of the backend at once: AsmText -> Assembler -> ObjectFile -> our Linker -> a process
 * that writes "hello, ostoo" and exits 42 on this Linux machine; and the same object through our ELF
 * writer and GNU ld, which must behave identically.
 */
class EndToEndTest {
    static final String MSG = "hello, ostoo\n";

    static ObjectFile hello() {
        ObjectFile o = new ObjectFile("hello.o");
        Objs.func(o, "_start", """
                mov eax, 1                 # write(1, msg, len)
                mov edi, 1
                lea rsi, [rip+"hello.msg"]
                mov edx, %d
                syscall
                mov eax, 60                # exit(42)
                mov edi, 42
                syscall
                ud2
                """.formatted(MSG.length()));
        var ro = o.addSection(".rodata.hello.msg", SectionKind.RODATA, 1, MSG.getBytes());
        o.addSymbol(new Symbol("hello.msg", ro, 0, MSG.length(), Binding.LOCAL, SymbolType.OBJECT));
        return o;
    }

    static Tools.Result runExecutable(Path dir, String name, byte[] exe) throws IOException {
        Path p = Tools.write(dir, name, exe);
        assertTrue(p.toFile().setExecutable(true));
        return Tools.run(dir, p.toString());
    }

    @Test
    void helloRunsAndExitsWith42(@TempDir Path dir) throws Exception {
        byte[] exe = Linker.link(List.of(hello()), new LinkOptions("_start"));
        assertEquals(List.of(), ExecutableChecks.ostooViolations(exe));
        assertTrue(exe.length < 1024, "hello is " + exe.length + " bytes");
        Tools.Result r = runExecutable(dir, "hello", exe);
        assertEquals(MSG, r.out());
        assertEquals(42, r.exit());
        String file = Tools.ok(dir, "file", "hello");
        assertTrue(file.contains("ELF 64-bit LSB executable, x86-64") && file.contains("statically linked"), file);
        System.out.println("hello-syscall executable: " + exe.length + " bytes");
    }

    @Test
    void gnuLdLinksOurObjectToTheSameBehaviour(@TempDir Path dir) throws Exception {
        Tools.write(dir, "hello.o", ElfObjectWriter.write(hello()));
        Tools.ok(dir, "ld", "-static", "-e", "_start", "-o", "hello-ld", "hello.o");
        Tools.Result r = Tools.run(dir, dir.resolve("hello-ld").toString());
        assertEquals(MSG, r.out());
        assertEquals(42, r.exit());
        assertEquals(List.of(), ExecutableChecks.ostooViolations(Files.readAllBytes(dir.resolve("hello-ld"))),
                "GNU ld's default layout also satisfies the checks");
    }
}

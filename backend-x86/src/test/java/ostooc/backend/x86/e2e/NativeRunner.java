package ostooc.backend.x86.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import ostooc.backend.link.LinkOptions;
import ostooc.backend.link.Linker;
import ostooc.backend.obj.ObjectFile;
import ostooc.backend.x86.CodeGenerator;
import ostooc.ir.Module;
import ostooc.ir.text.IrParser;
import ostooc.ir.verify.Verifier;

/**
 * Test helper: IR text → verified module → object (allocation checker on) → linked static executable →
 * run on the host (Linux x86-64 speaks the same syscall ABI as ostoo) → exit code and stdout.
 * A module without {@code _start} gets the standard one: call @main, exit with its result.
 */
public final class NativeRunner {
    public record Result(int exitCode, byte[] stdout) {
        public String out() { return new String(stdout, java.nio.charset.StandardCharsets.ISO_8859_1); }
    }

    public static final String START = """
            func @_start() void export naked noreturn {
            b0:
              asm "call main"
              asm "mov edi, eax"
              asm "mov eax, 60"
              asm "syscall"
              asm "ud2"
              unreachable
            }
            """;

    private NativeRunner() { }

    public static Module parse(String ir) {
        Module m = IrParser.parse(ir.contains("@_start") ? ir : ir + "\n" + START);
        List<String> errors = Verifier.verify(m);
        if (!errors.isEmpty()) throw new AssertionError("IR does not verify:\n" + String.join("\n", errors) + "\n" + ir);
        return m;
    }

    public static Result run(String ir) { return run(parse(ir)); }

    public static Result run(Module m) {
        ObjectFile obj = CodeGenerator.generate(m, true);
        try {
            byte[] exe = Linker.link(List.of(obj), new LinkOptions("_start", LinkOptions.DEFAULT_BASE, List.of()));
            Path p = Files.createTempFile("ostooc-e2e", ".elf");
            try {
                Files.write(p, exe);
                p.toFile().setExecutable(true);
                Process proc = new ProcessBuilder(p.toString()).redirectErrorStream(false).start();
                byte[] out = readAll(proc.getInputStream());
                if (!proc.waitFor(20, TimeUnit.SECONDS)) { proc.destroyForcibly(); throw new AssertionError("timeout"); }
                return new Result(proc.exitValue(), out);
            } finally {
                Files.deleteIfExists(p);
            }
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        } catch (Exception e) {
            throw new AssertionError("link failed: " + e, e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        in.transferTo(b);
        return b.toByteArray();
    }
}

package ostooc.backend.x86.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import ostooc.backend.x86.CodeGenerator;
import ostooc.ir.Function;
import ostooc.ir.Module;

/** Test helper: one function's machine code as objdump's Intel-syntax listing (mnemonics and operands only). */
public final class Disasm {
    private Disasm() { }

    public static String of(Module m, String fn) {
        Function f = m.function(fn);
        byte[] code = CodeGenerator.compile(f, true).finish();
        try {
            Path p = Files.createTempFile("ostooc-disasm", ".bin");
            try {
                Files.write(p, code);
                Process proc = new ProcessBuilder("objdump", "-D", "-b", "binary", "-mi386:x86-64", "-M", "intel", "--no-show-raw-insn", p.toString())
                        .redirectErrorStream(true).start();
                String out = new String(proc.getInputStream().readAllBytes());
                proc.waitFor();
                StringBuilder sb = new StringBuilder();
                for (String line : out.split("\n")) {
                    int tab = line.indexOf(":\t");
                    if (tab > 0 && line.startsWith(" ")) sb.append(line.substring(tab + 2).replaceAll("\\s+", " ").trim()).append('\n');
                }
                return sb.toString();
            } finally {
                Files.deleteIfExists(p);
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

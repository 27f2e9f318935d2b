package ostooc.backend.testutil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ostooc.backend.elf.ElfObjectWriter;
import ostooc.backend.obj.ObjectFile;
import ostooc.backend.obj.Section;
import ostooc.backend.obj.SectionKind;
import ostooc.backend.x86.asm.Reloc;

/**
 * Disassembles code with {@code objdump -dr -M intel} (via an ELF .o from our writer) and normalises
 * each instruction to one comparable string: whitespace collapsed, {@code # comments} and
 * {@code <symbol+off>} annotations dropped, branch targets rewritten relative to the instruction
 * ({@code .+5}), and relocations appended ({@code R_X86_64_PLT32 foo-0x4}).
 */
public final class Objdump {
    private Objdump() {
    }

    public record Insn(int offset, String hex, String text) {
    }

    public static List<Insn> disassemble(Path dir, byte[] code, List<Reloc> relocs) {
        ObjectFile obj = new ObjectFile("t.o");
        Section text = obj.addSection(".text", SectionKind.TEXT, 16, code);
        relocs.forEach(text::addReloc);
        Tools.write(dir, "t.o", ElfObjectWriter.write(obj));
        return parse(Tools.ok(dir, "objdump", "-dr", "-M", "intel", "--no-show-raw-insn", "-w", "t.o"),
                Tools.ok(dir, "objdump", "-d", "-M", "intel", "-w", "t.o"));
    }

    private static List<Insn> parse(String noRaw, String withRaw) {
        List<Insn> out = new ArrayList<>();
        for (String line : noRaw.split("\n")) {
            String t = line.trim();
            if (!t.matches("[0-9a-f]+:\\s.*")) {
                continue;
            }
            int off = Integer.parseInt(t.substring(0, t.indexOf(':')), 16);
            // With -w a relocation follows its instruction on the same line: "\t2: R_X86_64_PC32\tcounter-0x4".
            String[] fields = t.substring(t.indexOf(':') + 1).split("\t");
            StringBuilder text = new StringBuilder();
            for (int f = 0; f < fields.length; f++) {
                if (fields[f].matches("[0-9a-f]+: R_X86_64_\\S+")) {
                    text.append(' ').append(fields[f].substring(fields[f].indexOf(':') + 2)).append(' ').append(fields[++f].trim());
                } else if (!fields[f].isBlank()) {
                    text.insert(0, normalise(off, fields[f]));
                }
            }
            out.add(new Insn(off, "", text.toString()));
        }
        List<Insn> withHex = new ArrayList<>();
        int i = 0;
        for (String line : withRaw.split("\n")) {
            String[] parts = line.split("\t");
            if (parts.length >= 3 && parts[0].trim().matches("[0-9a-f]+:")) {
                Insn insn = out.get(i++);
                withHex.add(new Insn(insn.offset(), parts[1].trim(), insn.text()));
            }
        }
        return withHex;
    }

    static String normalise(int offset, String text) {
        String t = text.replaceAll("#.*", "").replaceAll("<[^>]*>", "").trim().replaceAll("\\s+", " ");
        String[] mo = t.split(" ", 2);
        if (mo.length == 2 && (mo[0].startsWith("j") || mo[0].equals("call")) && mo[1].matches("(0x)?[0-9a-f]+")) {
            long rel = Long.parseLong(mo[1].replace("0x", ""), 16) - offset;
            return mo[0] + " ." + (rel < 0 ? "-" + -rel : "+" + rel);
        }
        return t;
    }
}

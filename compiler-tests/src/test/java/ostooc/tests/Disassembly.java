package ostooc.tests;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code objdump -d -M intel} of an executable, parsed into instructions and function boundaries. */
public record Disassembly(List<Insn> insns, TreeSet<Long> functionStarts) {
    /** One instruction: its address, mnemonic (with prefixes such as {@code rep}) and operand text. */
    public record Insn(long address, String mnemonic, String operands) {
        @Override
        public String toString() { return String.format("0x%x: %s %s", address, mnemonic, operands).strip(); }
    }

    private static final Pattern LINE = Pattern.compile("^\\s*([0-9a-f]+):\\t[0-9a-f ]+\\t(.*)$");
    private static final Pattern LABEL = Pattern.compile("^([0-9a-f]+) <[^>]*>:$");
    private static final Pattern PREFIX = Pattern.compile("^(rep|repz|repnz|repe|repne|lock|data16|addr32|notrack|bnd|cs|ds|es|fs|gs|ss)\\s+");

    public static Disassembly of(Path exe) {
        Run r = Processes.run(List.of("objdump", "-d", "-M", "intel", "-w", exe.toString()), null, 60);
        if (r.exitCode() != 0) throw new AssertionError("objdump failed: " + r.stderr());
        List<Insn> insns = new ArrayList<>();
        TreeSet<Long> starts = new TreeSet<>();
        starts.add(entry(exe));
        for (String line : r.stdout().split("\n")) {
            Matcher label = LABEL.matcher(line);
            if (label.matches()) {
                starts.add(Long.parseUnsignedLong(label.group(1), 16));
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) continue;
            String text = m.group(2).replaceFirst("\\s*#.*$", "").strip();
            String prefix = "";
            Matcher p;
            while ((p = PREFIX.matcher(text)).find()) {
                prefix += p.group(1) + " ";
                text = text.substring(p.end());
            }
            String[] parts = text.split("\\s+", 2);
            Insn insn = new Insn(Long.parseUnsignedLong(m.group(1), 16), prefix + parts[0], parts.length > 1 ? parts[1].strip() : "");
            insns.add(insn);
            if (parts[0].equals("call")) {
                Matcher target = Pattern.compile("^(?:0x)?([0-9a-f]+)\\b").matcher(insn.operands());
                if (target.find()) starts.add(Long.parseUnsignedLong(target.group(1), 16));
            }
        }
        return new Disassembly(insns, starts);
    }

    /** The first {@code count} instructions at {@code address}, as objdump -M intel prints them (comments kept). */
    public static List<String> at(Path exe, long address, int count) {
        Run r = Processes.run(List.of("objdump", "-d", "-M", "intel", "--start-address=0x" + Long.toHexString(address), exe.toString()), null, 30);
        List<String> insns = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\s*[0-9a-f]+:\\t[0-9a-f ]+\\t(.*)$").matcher(r.stdout());
        while (m.find() && insns.size() < count) insns.add(m.group(1).replaceAll("\\s+", " ").strip());
        if (insns.size() != count) throw new AssertionError("expected " + count + " instructions at 0x" + Long.toHexString(address) + ":\n" + r.stdout());
        return insns;
    }

    /** The ELF header's e_entry. */
    public static long entry(Path exe) {
        try {
            byte[] b = Files.readAllBytes(exe);
            return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getLong(24);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The start of the function holding {@code address}: the nearest entry, call target or symbol at or before it. */
    public long functionOf(long address) {
        Long s = functionStarts.floor(address);
        return s == null ? Long.MIN_VALUE : s;
    }
}

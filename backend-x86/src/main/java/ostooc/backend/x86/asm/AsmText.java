package ostooc.backend.x86.asm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ostooc.backend.x86.asm.AsmOperand.ImmOp;
import ostooc.backend.x86.asm.AsmOperand.MemOp;
import ostooc.backend.x86.asm.AsmOperand.RegOp;
import ostooc.backend.x86.asm.AsmOperand.SymOp;

/**
 * A tiny Intel-syntax assembler over {@link Assembler}, for naked runtime functions ({@code _start}) and
 * tests. One instruction per line; {@code name:} defines a label; {@code #} starts a comment; operands
 * are written as objdump -M intel prints them, so its output can be fed back in. Symbols with unusual
 * characters are quoted: {@code call "Foo.bar(I)V"}. A jmp/jcc to a name defined as a label in the same
 * text is a local branch; any other jmp/call name is an external symbol (PLT32 relocation).
 */
public final class AsmText {
    private final Assembler asm;
    private final Map<String, Label> labels = new LinkedHashMap<>();
    private int lineNo;

    private AsmText(Assembler asm) {
        this.asm = asm;
    }

    /** Assembles {@code source} into a fresh Assembler (not yet finished). */
    public static Assembler assemble(String source) {
        Assembler a = new Assembler();
        assembleInto(a, source);
        return a;
    }

    /** Appends {@code source} to {@code asm}; returns its labels by name. */
    public static Map<String, Label> assembleInto(Assembler asm, String source) {
        AsmText t = new AsmText(asm);
        String[] lines = source.split("\n", -1);
        for (String raw : lines) { // pass 1: labels, so branches may go forward
            String label = labelOf(stripComment(raw).trim());
            if (label != null && t.labels.put(label, asm.newLabel()) != null) {
                throw new AsmException("label defined twice: " + label);
            }
        }
        for (String raw : lines) {
            t.lineNo++;
            try {
                t.line(stripComment(raw).trim());
            } catch (AsmException | IllegalArgumentException e) {
                throw new AsmException("line " + t.lineNo + ": " + e.getMessage() + ": " + raw.trim());
            }
        }
        return Map.copyOf(t.labels);
    }

    private void line(String text) {
        String label = labelOf(text);
        if (label != null) {
            asm.bind(labels.get(label));
            text = text.substring(text.indexOf(':', label.startsWith("\"") ? label.length() + 2 : 0) + 1).trim();
        }
        if (text.isEmpty()) {
            return;
        }
        int sp = text.indexOf(' ');
        String mnemonic = (sp < 0 ? text : text.substring(0, sp)).toLowerCase(Locale.ROOT);
        List<AsmOperand> ops = new ArrayList<>();
        if (sp >= 0) {
            for (String o : splitOperands(text.substring(sp + 1))) {
                ops.add(AsmOperand.parse(o));
            }
        }
        Mnemonics.emit(this, mnemonic, ops);
    }

    Assembler asm() {
        return asm;
    }

    /** The local label named like a jump operand, or null when the name is an external symbol. */
    Label localLabel(AsmOperand op) {
        return op instanceof SymOp s ? labels.get(s.name()) : null;
    }

    private static String labelOf(String line) {
        if (line.startsWith("\"")) {
            int close = line.indexOf('"', 1);
            return close > 0 && line.startsWith(":", close + 1) ? line.substring(1, close) : null;
        }
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).matches("[A-Za-z_.$][A-Za-z0-9_.$@]*")) {
            return line.substring(0, colon);
        }
        return null;
    }

    private static String stripComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '#' && !quoted) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static List<String> splitOperands(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0, start = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '[') {
                depth++;
            } else if (!quoted && c == ']') {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    // ---- operand helpers for Mnemonics ----

    static RegOp reg(AsmOperand op) {
        if (op instanceof RegOp r) {
            return r;
        }
        throw new AsmException("expected a register, got " + op);
    }

    static boolean isReg(AsmOperand op) {
        return op instanceof RegOp;
    }

    static boolean isMem(AsmOperand op) {
        return op instanceof MemOp;
    }

    static boolean isImm(AsmOperand op) {
        return op instanceof ImmOp;
    }

    static Mem mem(AsmOperand op) {
        return ((MemOp) op).mem();
    }

    /** The width written with PTR, required when no register operand gives it. */
    static Width ptrWidth(AsmOperand op) {
        Width w = ((MemOp) op).width();
        if (w == null) {
            throw new AsmException("memory operand needs a size (BYTE/WORD/DWORD/QWORD PTR)");
        }
        return w;
    }

    /** An immediate for a {@code w}-wide operation, accepted as signed or as the unsigned bit pattern, returned sign-extended. */
    static int imm(AsmOperand op, Width w) {
        if (!(op instanceof ImmOp i)) {
            throw new AsmException("expected an immediate, got " + op);
        }
        long v = i.value();
        int bits = Math.min(w.bytes() * 8, 32);
        if (w == Width.B64) {
            if (v != (int) v) {
                throw new AsmException("immediate does not fit a sign-extended 32 bits: " + v);
            }
            return (int) v;
        }
        long min = -(1L << (bits - 1)), max = (1L << bits) - 1;
        if (v < min || v > max) {
            throw new AsmException("immediate " + v + " does not fit " + w);
        }
        return (int) (v << (64 - bits) >> (64 - bits));
    }

    static long rawImm(AsmOperand op) {
        if (!(op instanceof ImmOp i)) {
            throw new AsmException("expected an immediate, got " + op);
        }
        return i.value();
    }
}

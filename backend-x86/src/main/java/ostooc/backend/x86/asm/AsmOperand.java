package ostooc.backend.x86.asm;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One operand of an {@link AsmText} line, parsed from Intel syntax as objdump prints it:
 * a register ({@code eax}, {@code r8d}, {@code sil}), memory ({@code QWORD PTR [rsp+rcx*8-0x10]},
 * {@code [rip+"Foo.bar(I)V"+8]}), an immediate ({@code 60}, {@code -16}, {@code 0xffffff80}) or a symbol
 * ({@code some.symbol}, {@code "quoted;name"}).
 */
sealed interface AsmOperand {
    record RegOp(Reg reg, Width width) implements AsmOperand {
    }

    /** {@code width} is null when no {@code X PTR} was written. */
    record MemOp(Mem mem, Width width) implements AsmOperand {
    }

    record ImmOp(long value) implements AsmOperand {
    }

    record SymOp(String name) implements AsmOperand {
    }

    Map<String, RegOp> REGISTERS = registers();

    private static Map<String, RegOp> registers() {
        Map<String, RegOp> m = new HashMap<>(); // lookup only, never iterated
        for (Reg r : Reg.values()) {
            for (Width w : Width.values()) {
                m.put(r.name(w), new RegOp(r, w));
            }
        }
        return m;
    }

    static AsmOperand parse(String text) {
        String t = text.trim();
        String lower = t.toLowerCase(Locale.ROOT);
        for (Width w : Width.values()) {
            String kw = w.ptrName().toLowerCase(Locale.ROOT);
            if (lower.startsWith(kw + " ptr")) {
                AsmOperand inner = parse(t.substring(kw.length() + 4));
                if (!(inner instanceof MemOp m)) {
                    throw new AsmException("PTR must be followed by a memory operand: " + text);
                }
                return new MemOp(m.mem(), w);
            }
        }
        if (t.startsWith("[") && t.endsWith("]")) {
            return new MemOp(parseMem(t.substring(1, t.length() - 1)), null);
        }
        RegOp reg = REGISTERS.get(lower);
        if (reg != null) {
            return reg;
        }
        if (isNumber(t)) {
            return new ImmOp(parseNumber(t));
        }
        return new SymOp(symbol(t));
    }

    /** Sum of terms: registers (base first, then index), reg*scale, numbers, rip, and at most one symbol. */
    private static Mem parseMem(String inner) {
        Reg base = null, index = null;
        int scale = 1;
        long disp = 0;
        String sym = null;
        boolean rip = false;
        int i = 0;
        while (i < inner.length()) {
            char c = inner.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            int sign = 1;
            if (c == '+' || c == '-') {
                sign = c == '-' ? -1 : 1;
                i++;
                while (i < inner.length() && inner.charAt(i) == ' ') {
                    i++;
                }
            }
            int end = termEnd(inner, i);
            String term = inner.substring(i, end).trim();
            i = end;
            String lower = term.toLowerCase(Locale.ROOT);
            if (lower.equals("rip")) {
                rip = true;
            } else if (term.contains("*") && !term.startsWith("\"")) {
                String[] parts = lower.split("\\*");
                boolean regFirst = REGISTERS.containsKey(parts[0].trim());
                index = reg64(regFirst ? parts[0] : parts[1]);
                scale = (int) parseNumber(regFirst ? parts[1].trim() : parts[0].trim());
            } else if (REGISTERS.containsKey(lower)) {
                if (base == null) {
                    base = reg64(lower);
                } else if (index == null) {
                    index = reg64(lower);
                } else {
                    throw new AsmException("too many registers in [" + inner + "]");
                }
            } else if (isNumber(term)) {
                disp += sign * parseNumber(term);
            } else {
                if (sym != null || sign < 0) {
                    throw new AsmException("only one added symbol allowed in [" + inner + "]");
                }
                sym = symbol(term);
            }
        }
        if (disp != (int) disp) {
            throw new AsmException("displacement out of 32-bit range in [" + inner + "]");
        }
        if (rip) {
            if (base != null || index != null || sym == null) {
                throw new AsmException("rip-relative operand needs exactly one symbol: [" + inner + "]");
            }
            return Mem.rip(sym, (int) disp);
        }
        return new Mem(base, index, scale, (int) disp, sym);
    }

    private static int termEnd(String s, int i) {
        if (i < s.length() && s.charAt(i) == '"') {
            return s.indexOf('"', i + 1) + 1;
        }
        int j = i;
        while (j < s.length() && s.charAt(j) != '+' && s.charAt(j) != '-') {
            j++;
        }
        return j;
    }

    private static Reg reg64(String name) {
        RegOp r = REGISTERS.get(name.trim());
        if (r == null || r.width() != Width.B64) {
            throw new AsmException("address registers must be 64-bit: " + name);
        }
        return r.reg();
    }

    private static String symbol(String t) {
        if (t.startsWith("\"")) {
            if (t.length() < 2 || !t.endsWith("\"")) {
                throw new AsmException("unterminated quoted symbol: " + t);
            }
            return t.substring(1, t.length() - 1);
        }
        if (!t.matches("[A-Za-z_.$][A-Za-z0-9_.$@]*")) {
            throw new AsmException("bad operand (quote unusual symbol names): " + t);
        }
        return t;
    }

    static boolean isNumber(String t) {
        return t.matches("-?(0[xX][0-9a-fA-F]+|[0-9]+)");
    }

    /** Decimal or hex; hex may be a full 64-bit pattern like objdump's 0xffffffffffffff80. */
    static long parseNumber(String t) {
        boolean neg = t.startsWith("-");
        String digits = neg ? t.substring(1) : t;
        long v = digits.toLowerCase(Locale.ROOT).startsWith("0x")
                ? Long.parseUnsignedLong(digits.substring(2), 16) : Long.parseLong(digits);
        return neg ? -v : v;
    }
}

package ostooc.ir;

import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The IR's text form (read back by {@code IrParser}; print → parse → print is stable). Sigils: {@code @}
 * for symbols (quoted when they contain characters outside {@code [A-Za-z0-9_$.]}), {@code %} for values,
 * {@code b} for blocks. Every value definition carries its type: {@code %3:i32 = add %1, %2}.
 * <pre>
 * entry @main                                  (only when not _start)
 * data @s.0 rodata align 8 x"48690a" reloc 0 @other+0
 * func @"Main.f(I)I"(i32) i32 export {
 * b0:
 *   %0:i32 = param 0
 *   %1:i32 = iconst 1
 *   %2:i32 = add %0, %1
 *   ret %2
 * }
 * </pre>
 */
public final class IrPrinter {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_$.][A-Za-z0-9_$.]*");

    private IrPrinter() { }

    public static String print(Module m) {
        StringBuilder sb = new StringBuilder();
        // only a non-default entry symbol is written, so modules with the usual _start print as before
        if (!"_start".equals(m.entrySymbol)) sb.append("entry ").append(symbol(m.entrySymbol)).append("\n\n");
        for (DataItem d : m.data()) sb.append(print(d)).append('\n');
        if (!m.data().isEmpty()) sb.append('\n');
        for (Function f : m.functions()) sb.append(print(f)).append('\n');
        return sb.toString();
    }

    public static String symbol(String name) {
        if (PLAIN.matcher(name).matches()) return "@" + name;
        return "@" + quote(name);
    }

    public static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20 || c > 0x7e) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }

    public static String print(DataItem d) {
        StringBuilder sb = new StringBuilder();
        String kind = d.kind().name().toLowerCase();
        sb.append("data ").append(symbol(d.name())).append(' ').append(kind).append(" align ").append(d.align());
        if (d.kind() == DataItem.Kind.BSS) sb.append(" size ").append(d.bytes().length);
        else sb.append(" x\"").append(HexFormat.of().formatHex(d.bytes())).append('"');
        for (DataItem.Reloc r : d.relocs())
            sb.append(" reloc ").append(r.offset()).append(' ').append(symbol(r.symbol())).append(r.addend() >= 0 ? "+" : "").append(r.addend());
        return sb.toString();
    }

    public static String print(Function f) {
        StringBuilder sb = new StringBuilder();
        sb.append("func ").append(symbol(f.name())).append('(');
        for (int i = 0; i < f.paramTypes().size(); i++) sb.append(i > 0 ? ", " : "").append(f.paramTypes().get(i));
        sb.append(") ").append(f.returnType());
        if (f.exported) sb.append(" export");
        if (f.naked) sb.append(" naked");
        if (f.noreturn) sb.append(" noreturn");
        sb.append(" {\n");
        for (Block b : f.blocks()) {
            sb.append(b.label()).append(":\n");
            for (Instr i : b.instrs()) sb.append("  ").append(print(i)).append('\n');
        }
        return sb.append("}\n").toString();
    }

    public static String print(Instr i) {
        StringBuilder sb = new StringBuilder();
        if (i.type() != Type.VOID) sb.append('%').append(i.id()).append(':').append(i.type()).append(" = ");
        sb.append(i.op().text());
        if (i.op().attr() == Op.Attr.MEM) sb.append('.').append(i.mem.text());
        switch (i.op().attr()) {
            case IMM -> sb.append(' ').append(i.imm);
            case SYMBOL -> sb.append(' ').append(symbol(i.symbol));
            case COND -> sb.append(' ').append(i.cond.text());
            case TEXT -> sb.append(' ').append(quote(i.text));
            default -> { }
        }
        switch (i.op()) {
            case CALL -> { sb.append('('); values(sb, i, 0); sb.append(')'); }
            case CALLI -> { sb.append(' ').append(i.input(0)).append('('); values(sb, i, 1); sb.append(')'); }
            case PHI -> {
                for (int k = 0; k < i.inputs().size(); k++)
                    sb.append(k == 0 ? " " : ", ").append('[').append(i.phiBlocks.get(k).label()).append(' ').append(i.input(k)).append(']');
            }
            case LOAD -> sb.append(' ').append(i.input(0)).append(", ").append(i.imm).append(i.invariant ? " invariant" : "");
            case STORE -> sb.append(' ').append(i.input(0)).append(", ").append(i.imm).append(", ").append(i.input(1));
            default -> {
                if (!i.inputs().isEmpty()) { sb.append(' '); values(sb, i, 0); }
                for (int k = 0; k < i.targets.size(); k++)
                    sb.append(k == 0 && i.inputs().isEmpty() ? " " : ", ").append(i.targets.get(k).label());
            }
        }
        return sb.toString();
    }

    private static void values(StringBuilder sb, Instr i, int from) {
        for (int k = from; k < i.inputs().size(); k++) sb.append(k > from ? ", " : "").append(i.input(k));
    }
}

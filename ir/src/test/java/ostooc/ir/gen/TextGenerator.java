package ostooc.ir.gen;

import ostooc.ir.Block;
import ostooc.ir.Cond;
import ostooc.ir.DataItem;
import ostooc.ir.Function;
import ostooc.ir.Instr;
import ostooc.ir.MemKind;
import ostooc.ir.Module;
import ostooc.ir.Op;
import ostooc.ir.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random modules for the text round trip: every opcode with random attributes, awkward symbol names,
 * sparse ids, forward references. Not well formed (types and CFG are random): the text form must be able
 * to write down anything, including the broken IR that verifier tests need.
 */
public final class TextGenerator {
    private static final String NAME_CHARS = "abcXYZ_$.09 \"\\@%()[]{},:;=+-\té€\u0001";
    private final Random rnd;

    private TextGenerator(long seed) { rnd = new Random(seed); }

    public static Module generate(long seed) { return new TextGenerator(seed).module(); }

    private Module module() {
        Module m = new Module();
        if (rnd.nextInt(4) == 0) m.entrySymbol = name();
        for (int k = rnd.nextInt(3); k > 0; k--) {
            DataItem.Kind kind = DataItem.Kind.values()[rnd.nextInt(3)];
            byte[] bytes = new byte[rnd.nextInt(12)];
            if (kind != DataItem.Kind.BSS) rnd.nextBytes(bytes);
            DataItem d = new DataItem(name() + k, kind, 1 << rnd.nextInt(5), bytes);
            for (int r = rnd.nextInt(3); r > 0; r--) d.relocs().add(new DataItem.Reloc(rnd.nextInt(64), name(), rnd.nextLong() >> rnd.nextInt(64)));
            m.add(d);
        }
        for (int k = 1 + rnd.nextInt(3); k > 0; k--) m.add(function(name() + "#" + k));
        return m;
    }

    private String name() {
        StringBuilder sb = new StringBuilder();
        for (int k = rnd.nextInt(8); k >= 0; k--) sb.append(NAME_CHARS.charAt(rnd.nextInt(NAME_CHARS.length())));
        return sb.toString();
    }

    private Type type() { return Type.values()[rnd.nextInt(Type.values().length)]; }

    private Function function(String name) {
        List<Type> params = new ArrayList<>();
        for (int k = rnd.nextInt(4); k > 0; k--) params.add(type());
        Function f = new Function(name, params, type());
        f.exported = rnd.nextBoolean();
        f.naked = rnd.nextInt(4) == 0;
        f.noreturn = rnd.nextInt(4) == 0;
        List<Block> blocks = new ArrayList<>();
        int nextBlock = 0;
        for (int k = 1 + rnd.nextInt(4); k > 0; k--) blocks.add(f.newBlock(nextBlock += 1 + rnd.nextInt(3)));
        List<Instr> values = new ArrayList<>();
        List<Instr> all = new ArrayList<>();
        int nextValue = rnd.nextInt(3);
        for (Block b : blocks)
            for (int k = rnd.nextInt(6); k >= 0; k--) {
                Instr i = instr(blocks);
                if (i.type() != Type.VOID) { f.number(i, nextValue += 1 + rnd.nextInt(2)); values.add(i); }
                b.append(i);
                all.add(i);
            }
        if (values.isEmpty()) {             // something for operands to name
            Instr c = new Instr(Op.ICONST, Type.I64, List.of());
            blocks.get(0).insert(0, f.number(c, nextValue + 1));
            values.add(c);
        }
        for (Instr i : all) {              // operands may name any value, defined earlier or later
            for (int k = 0; k < i.inputs().size(); k++) i.setInput(k, values.get(rnd.nextInt(values.size())));
        }
        return f;
    }

    private Instr instr(List<Block> blocks) {
        Op op = Op.values()[rnd.nextInt(Op.values().length)];
        int n = switch (op) {
            case LOAD -> 1;
            case STORE -> 2;
            case CALLI -> 1 + rnd.nextInt(3);   // the callee, then arguments
            default -> op.arity() >= 0 ? op.arity() : rnd.nextInt(4);
        };
        List<Instr> placeholders = new ArrayList<>();
        for (int k = 0; k < n; k++) placeholders.add(null);
        Instr i = new Instr(op, rnd.nextInt(3) == 0 ? Type.VOID : type(), placeholders);
        switch (op.attr()) {
            case IMM -> i.imm = rnd.nextLong() >> rnd.nextInt(64);
            case SYMBOL -> i.symbol = name();
            case COND -> i.cond = Cond.values()[rnd.nextInt(Cond.values().length)];
            case MEM -> { i.mem = MemKind.values()[rnd.nextInt(MemKind.values().length)]; i.imm = rnd.nextInt(200) - 100; }
            case TEXT -> i.text = name();
            case TARGETS -> { for (int k = rnd.nextInt(3); k > 0; k--) i.targets.add(blocks.get(rnd.nextInt(blocks.size()))); }
            case PHI -> { for (int k = 0; k < n; k++) i.phiBlocks.add(blocks.get(rnd.nextInt(blocks.size()))); }
            default -> { }
        }
        return i;
    }
}

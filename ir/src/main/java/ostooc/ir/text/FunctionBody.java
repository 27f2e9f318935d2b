package ostooc.ir.text;

import ostooc.ir.Block;
import ostooc.ir.Function;
import ostooc.ir.Instr;
import ostooc.ir.text.Lexer.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parser's state for one function body. Operands may name values and blocks defined further down
 * (phis, and uses in blocks laid out before their definition's block), so every reference is recorded as
 * a fix-up with its token and resolved when the closing brace is reached.
 */
final class FunctionBody {
    /** A reference from an instruction slot to a value or block, resolved at the end of the function. */
    private record Fixup(Instr user, int slot, Kind kind, int id, Token at) { }

    private enum Kind { INPUT, TARGET, PHI_BLOCK }

    private final Function fn;
    private final Map<Integer, Instr> values = new HashMap<>();    // lookups only, never iterated
    private final Map<Integer, Block> blocks = new HashMap<>();
    private final List<Fixup> fixups = new ArrayList<>();
    private Block current;

    FunctionBody(Function fn) { this.fn = fn; }

    void startBlock(Token label, int id) {
        if (blocks.containsKey(id)) throw IrParser.error(label, "block b" + id + " defined twice");
        current = fn.newBlock(id);
        blocks.put(id, current);
    }

    /** Appends {@code i}, defining value {@code id} unless it is -1 (a void instruction). */
    void add(Token at, Instr i, int id) {
        if (current == null) throw IrParser.error(at, "instruction before the first block label");
        if (id >= 0) {
            if (values.putIfAbsent(id, i) != null) throw IrParser.error(at, "value %" + id + " defined twice");
            fn.number(i, id);
        }
        current.append(i);
    }

    void use(Instr user, int slot, Token value) {
        fixups.add(new Fixup(user, slot, Kind.INPUT, Integer.parseInt(value.text()), value));
    }

    void target(Instr user, int blockId, Token label) {
        fixups.add(new Fixup(user, user.targets.size(), Kind.TARGET, blockId, label));
    }

    void phiIncoming(Instr phi, int blockId, Token label, Token value) {
        fixups.add(new Fixup(phi, phi.phiBlocks.size(), Kind.PHI_BLOCK, blockId, label));
        use(phi, phi.inputs().size(), value);
        phi.addIncoming(null, null);
    }

    /** Fills every recorded reference, failing at the first one that names nothing. */
    void resolve() {
        for (Fixup f : fixups) {
            switch (f.kind()) {
                case INPUT -> f.user().setInput(f.slot(), value(f));
                case TARGET -> f.user().targets.set(f.slot(), block(f));
                case PHI_BLOCK -> f.user().phiBlocks.set(f.slot(), block(f));
            }
        }
    }

    private Instr value(Fixup f) {
        Instr v = values.get(f.id());
        if (v == null) throw IrParser.error(f.at(), "undefined value %" + f.id() + " in @" + fn.name());
        return v;
    }

    private Block block(Fixup f) {
        Block b = blocks.get(f.id());
        if (b == null) throw IrParser.error(f.at(), "undefined block b" + f.id() + " in @" + fn.name());
        return b;
    }
}

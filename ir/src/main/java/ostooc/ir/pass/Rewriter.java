package ostooc.ir.pass;

import ostooc.ir.Block;
import ostooc.ir.Function;
import ostooc.ir.Instr;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Collects "replace every use of {@code old} by {@code new}" decisions and applies them in one sweep over
 * the function, following chains ({@code a → b → c}). Cheaper and simpler than keeping use lists up to
 * date in every pass. The map is only looked up, never iterated, so output stays deterministic.
 */
public final class Rewriter {
    private final Map<Instr, Instr> replacement = new IdentityHashMap<>();

    /** Records that uses of {@code old} should use {@code by}; {@code old} is then removable. */
    public void replace(Instr old, Instr by) {
        Instr target = resolve(by);
        if (target == old) throw new IllegalArgumentException("replacing " + old + " by itself");
        replacement.put(old, target);
    }

    /** The value that will stand for {@code v} once the rewrite is applied. */
    public Instr resolve(Instr v) {
        Instr r = v;
        while (replacement.containsKey(r)) r = replacement.get(r);
        return r;
    }

    public boolean isReplaced(Instr v) { return replacement.containsKey(v); }

    public boolean isEmpty() { return replacement.isEmpty(); }

    /** Rewrites every operand in {@code f}; replaced instructions are removed from their blocks. */
    public void apply(Function f) {
        if (replacement.isEmpty()) return;
        for (Block b : f.blocks()) {
            b.instrs().removeIf(replacement::containsKey);
            for (Instr i : b.instrs())
                for (int k = 0; k < i.inputs().size(); k++) i.setInput(k, resolve(i.input(k)));
        }
    }
}

package ostooc.frontend.tree;

/**
 * What a {@code break} or {@code continue} refers to: a loop, a switch, or a labelled statement. Created by
 * the attributor, shared by the statement and its jumps; lowering maps it to blocks.
 */
public final class JumpTarget {
    public enum Kind { LOOP, SWITCH, LABELED, SWITCH_EXPR }

    public final Kind kind;
    /** The label, or null. A labelled loop is one target with its label (continue needs the loop). */
    public final String label;

    /** SWITCH_EXPR only: the yielded values (converted to the expression's type once it is known) and the local holding the result. */
    public final java.util.List<Expr> yields = new java.util.ArrayList<>();
    public LocalVar result;

    public JumpTarget(Kind kind, String label) { this.kind = kind; this.label = label; }

    @Override public String toString() { return kind + (label == null ? "" : " " + label); }
}

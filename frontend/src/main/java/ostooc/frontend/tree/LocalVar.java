package ostooc.frontend.tree;

import ostooc.frontend.model.ConstValue;
import ostooc.frontend.model.JType;

/**
 * A local variable or parameter. Identity matters: two variables with the same name in different blocks
 * are different objects (SSA construction keys on them). {@code constant} is set for a final local with a
 * constant initializer (a JLS "constant variable").
 */
public final class LocalVar {
    public final String name;
    public final JType type;
    public final Pos pos;
    public final boolean isFinal;
    public ConstValue constant;
    /** A pattern variable ({@code o instanceof A a}); a later pattern variable of the same name may replace it. */
    public boolean isPattern;
    /**
     * Its type could not be inferred (a {@code var} whose initializer had an error, already reported): a use
     * attributes to nothing, silently, as javac's error type absorbs every use instead of cascading.
     */
    public boolean erroneous;

    public LocalVar(String name, JType type, Pos pos, boolean isFinal) {
        this.name = name; this.type = type; this.pos = pos; this.isFinal = isFinal;
    }

    @Override public String toString() { return name; }
}

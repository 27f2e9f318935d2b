package ostooc.frontend.model;

import com.github.javaparser.ast.body.VariableDeclarator;

/**
 * A field (static unless {@link #isStatic} is false). {@link #constant} is set when it is a constant variable (final, constant initializer:
 * uses are folded and never initialise the class) or when its constant initial value can sit in DATA
 * because no earlier class-initialisation code could observe it before its assignment.
 */
public final class FieldSym {
    public enum State { UNRESOLVED, RESOLVING, RESOLVED }

    public final ClassSym owner;
    public final String name;
    public final JType type;
    public final boolean isFinal;
    /** Null for enum constants. */
    public final VariableDeclarator decl;
    public ConstValue constant;
    /** True when {@link #constant} is a JLS constant variable's value (inlined at uses). */
    public boolean constantVariable;
    public State state = State.UNRESOLVED;
    /** Issue 3: instance fields live in the object at {@code offset} (see {@link ClassLayout}). */
    public boolean isStatic = true;
    public int offset = -1;

    public FieldSym(ClassSym owner, String name, JType type, boolean isFinal, VariableDeclarator decl) {
        this.owner = owner; this.name = name; this.type = type; this.isFinal = isFinal; this.decl = decl;
    }

    /** The DataItem name: {@code Hello.counter}. */
    public String symbol() { return owner.binaryName + "." + name; }

    @Override public String toString() { return symbol(); }
}

package ostooc.frontend.attr;

import ostooc.frontend.tree.JumpTarget;
import ostooc.frontend.tree.LocalVar;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The locals and jump targets in scope inside one method body (JLS 6.3: a local's scope is the rest of its
 * block; a local may not shadow another local or parameter of the same method).
 */
public final class Scope {
    private final Deque<Map<String, LocalVar>> frames = new ArrayDeque<>();
    /** Enclosing breakable statements, innermost first. */
    private final Deque<JumpTarget> targets = new ArrayDeque<>();

    public Scope() { frames.push(new HashMap<>()); }

    public void push() { frames.push(new HashMap<>()); }
    public void pop() { frames.pop(); }

    public LocalVar lookup(String name) {
        for (Map<String, LocalVar> f : frames) {
            LocalVar v = f.get(name);
            if (v != null) return v;
        }
        return null;
    }

    /** Declares {@code v}; false when a local of that name is already in scope. */
    public boolean declare(LocalVar v) {
        if (lookup(v.name) != null) return false;
        frames.peek().put(v.name, v);
        return true;
    }

    /**
     * Declares a pattern variable (JLS 6.3.1). Its flow-sensitive scope is approximated by the enclosing
     * block: a later pattern variable of the same name replaces it instead of clashing.
     */
    public boolean declarePattern(LocalVar v) {
        LocalVar old = lookup(v.name);
        if (old != null && !old.isPattern) return false;
        frames.peek().put(v.name, v);
        return true;
    }

    public void pushTarget(JumpTarget t) { targets.push(t); }
    public void popTarget() { targets.pop(); }

    /** The innermost target a {@code break}/{@code continue} with {@code label} (null: unlabelled) refers to. */
    public JumpTarget findTarget(String label, boolean forContinue) {
        for (JumpTarget t : targets) {
            if (t.kind == JumpTarget.Kind.SWITCH_EXPR) return t;   // jumps may not leave a switch expression
            if (label != null) { if (label.equals(t.label)) return t; }
            else if (t.kind == JumpTarget.Kind.LOOP || (!forContinue && t.kind == JumpTarget.Kind.SWITCH)) return t;
        }
        return null;
    }

    /** The innermost enclosing switch expression (what {@code yield} refers to), or null. */
    public JumpTarget switchExpression() {
        for (JumpTarget t : targets) if (t.kind == JumpTarget.Kind.SWITCH_EXPR) return t;
        return null;
    }

    public List<JumpTarget> targets() { return new ArrayList<>(targets); }
}

package ostooc.frontend.attr;

import ostooc.frontend.model.ConstValue;
import ostooc.frontend.model.FieldSym;
import ostooc.frontend.model.JType;
import ostooc.frontend.tree.Expr;

import java.util.HashMap;
import java.util.Map;

/**
 * Attributes static field initializers once (on first need: a use of the field, or its class's
 * initialisation) and decides which fields are constant variables (JLS 4.12.4: final, primitive or
 * String, initialised with a constant expression). A field whose constant-ness is being decided when it
 * is used again (a cycle) is not a constant.
 */
public final class FieldInitializers {
    private final Map<FieldSym, Expr> initializers = new HashMap<>();
    private ExprAttributor exprs;

    void bind(ExprAttributor exprs) { this.exprs = exprs; }

    /** Settles {@link FieldSym#constantVariable} and {@link FieldSym#constant} for a final field. */
    public void resolveConstant(FieldSym f) {
        if (f.state != FieldSym.State.UNRESOLVED) return;
        f.state = FieldSym.State.RESOLVING;
        if (f.isFinal && (f.type instanceof JType.Prim || JType.isString(f.type))) {
            Expr init = initializer(f);
            if (init instanceof Expr.Const c && c.value() != null && !(c.value() instanceof ConstValue.EnumConst)) {
                f.constant = c.value();
                f.constantVariable = true;
            }
        }
        f.state = FieldSym.State.RESOLVED;
    }

    /** The attributed initializer, converted to the field's type; null when absent or erroneous. */
    public Expr initializer(FieldSym f) {
        if (initializers.containsKey(f)) return initializers.get(f);
        initializers.put(f, null);   // in progress: a self-reference sees no initializer
        Expr e = null;
        if (f.decl != null && f.decl.getInitializer().isPresent()) {
            MethodEnv env = new MethodEnv(f.owner, null, JType.Prim.VOID, new Scope());
            e = exprs.assignable(f.decl.getInitializer().get(), f.type, env);
        }
        initializers.put(f, e);
        return e;
    }
}

package ostooc.frontend.lower;

import ostooc.frontend.model.ClassSym;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.MethodSym;
import ostooc.frontend.tree.Expr;
import ostooc.ir.Cond;
import ostooc.ir.Instr;
import ostooc.ir.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code instanceof} and checked casts, through {@code ostoo.shim.ObjectMethods}, which walks the
 * descriptor's super chain (written in Java so that it is easy to read; a header of 0 is a String):
 * <pre>
 *   o instanceof C     =>  %r = call @"ostoo.shim.ObjectMethods.isInstance(Ljava/lang/Object;J)Z"(o, symaddr i64 C.class)
 *   o instanceof String => call isString(o);   o instanceof Object => cmp ne o, 0
 *   o instanceof C c   =>  the same, and c := o (read only where the test held)
 *   (C) o              =>  call checkCast(o, symaddr C.class, "File.java", l << 16 | c); o      (panics with ClassCastException)
 *   (String) o         =>  call checkCastString(o, "File.java", l << 16 | c); o
 *   o instanceof T[], (T[]) o  =>  the same with T[]'s descriptor; the shim compares array types
 *                                  covariantly, component by component
 * </pre>
 */
final class TypeTestLowerer {
    private static final String SHIM = "ostoo.shim.ObjectMethods";
    private final FunctionLowerer f;

    TypeTestLowerer(FunctionLowerer f, ObjectLowerer objects) { this.f = f; }

    Instr instanceOf(Expr.InstanceOf i) {
        Instr o = f.exprs.value(i.operand());
        if (i.binding() != null) f.ssa.write(i.binding(), f.ir.block(), o);
        JType t = i.target();
        if (t instanceof JType.Ref r && r.cls() != null && r.cls().isObject()) return f.ir.cmp(Cond.NE, o, f.ir.iconst(Type.REF, 0));
        if (JType.isString(t)) return shim("isString", List.of(o));
        return shim("isInstance", List.of(o, descriptor(t)));
    }

    Instr cast(Expr.RefCast c) {
        Instr o = f.exprs.value(c.operand());
        if (JType.isString(c.type())) shim("checkCastString", PanicLocations.after(List.of(o), f, c.pos()));
        else shim("checkCast", PanicLocations.after(List.of(o, descriptor(c.type())), f, c.pos()));
        return o;
    }

    /** A class's descriptor, or an array type's ({@code [I.class}, {@code [LFoo;.class}). */
    Instr descriptor(JType t) {
        return f.ir.symaddr(Type.I64, t instanceof JType.Array a ? f.ml.arrays.of(a) : f.ml.descriptors.of(((JType.Ref) t).cls()));
    }

    private Instr shim(String name, List<Instr> args) {
        ClassSym shim = f.ml.model.byBinaryName(SHIM);
        if (shim == null || shim.methodsNamed(name).isEmpty()) throw new IllegalStateException("the stdlib shim lacks " + SHIM + "." + name);
        MethodSym m = shim.methodsNamed(name).get(0);
        return f.ir.call(f.ml.method(m), m.result.irType(), new ArrayList<>(args));
    }
}

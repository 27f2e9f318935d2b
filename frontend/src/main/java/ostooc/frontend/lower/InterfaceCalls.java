package ostooc.frontend.lower;

import ostooc.frontend.model.ClassLayout;
import ostooc.frontend.model.ClassSym;
import ostooc.frontend.model.InterfaceModel;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.MethodSym;
import ostooc.ir.Instr;
import ostooc.ir.MemKind;
import ostooc.ir.Type;

import java.util.List;

/**
 * The function address of a virtual call of an interface's method (abstract or default). Through a
 * reference typed as an interface I, the receiver's descriptor lists its itables; the shim scans the
 * list for I's (linear: classes implement few interfaces) and slot k is I's k-th method:
 * <pre>
 *   i.m(a)  =>  %it = call @"ostoo.shim.ObjectMethods.itable(Ljava/lang/Object;J)J"(i, symaddr i64 I.class)
 *               %fp = load.i64 %it, 8 * k;  %r = calli %fp(i, a)
 * </pre>
 * Through a reference typed as a class C that inherits the method, C's vtable has a slot for it (see
 * {@code InterfaceModel.inherit}); the slot is found by signature, since an inherited interface method
 * has a different slot in unrelated classes:
 * <pre>
 *   c.m(a)  =>  %h = load.i64 c, 0;  %fp = load.i64 %h, 48 + 8 * slotIn(C, m);  %r = calli %fp(c, a)
 * </pre>
 */
final class InterfaceCalls {
    private static final int VTABLE = 48;

    private InterfaceCalls() { }

    /** The address to {@code calli} for {@code m} on non-null {@code o}; null when m is not an interface's method. */
    static Instr target(FunctionLowerer f, MethodSym m, Instr o, JType receiverType) {
        if (!m.owner.isInterface) return null;
        ClassSym r = ((JType.Ref) receiverType).cls();
        f.ml.slots.dispatch(m);
        if (!r.isInterface) {
            int slot = InterfaceModel.indexOf(ClassLayout.of(r).vtable, m);
            return f.ir.load(MemKind.I64, f.ir.load(MemKind.I64, o, 0), VTABLE + 8L * slot);
        }
        int k = InterfaceModel.indexOf(InterfaceModel.itable(r), m);
        ClassSym shim = f.ml.model.byBinaryName("ostoo.shim.ObjectMethods");
        if (shim == null || shim.methodsNamed("itable").isEmpty()) throw new IllegalStateException("the stdlib shim lacks ObjectMethods.itable");
        MethodSym lookup = shim.methodsNamed("itable").get(0);
        Instr it = f.ir.call(f.ml.method(lookup), Type.I64, new java.util.ArrayList<>(List.of(o, f.ir.symaddr(Type.I64, f.ml.descriptors.of(r)))));
        return f.ir.load(MemKind.I64, it, 8L * k);
    }
}

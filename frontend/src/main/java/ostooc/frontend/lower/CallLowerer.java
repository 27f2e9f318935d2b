package ostooc.frontend.lower;

import ostooc.frontend.Tier;
import ostooc.frontend.model.ClassSym;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.MethodSym;
import ostooc.frontend.tree.Expr;
import ostooc.ir.Instr;
import ostooc.ir.Op;
import ostooc.ir.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * Calls: arguments left to right, then (JVM invokestatic order) the callee's class initialisation, then
 * {@code call @symbol(args)}. {@code @Syscall} natives become one {@code syscall}, {@code @CFunction}s a call of
 * the C symbol, {@code @Intrinsic}s are
 * expanded by {@link IntrinsicLowerer}, and a call to a {@code @NoReturn} method ends the block with
 * {@code unreachable}.
 */
final class CallLowerer {
    private final FunctionLowerer f;
    private final IntrinsicLowerer intrinsics;

    CallLowerer(FunctionLowerer f) { this.f = f; this.intrinsics = new IntrinsicLowerer(f); }

    Instr call(Expr.Call c) {
        MethodSym m = c.method();
        List<Instr> args = new ArrayList<>();
        for (Expr a : c.args()) args.add(f.exprs.value(a instanceof Expr.NonNull n ? n.value() : a));
        f.marks.mark(c.mark());   // javac: the invoke's line entry, after the arguments
        // s.m(a) mapped to a library method: the receiver's null check is the invoke's, after the arguments (JLS 15.12.4.4)
        if (!c.args().isEmpty() && c.args().get(0) instanceof Expr.NonNull n) f.exprs.nullCheck(args.get(0), n.value(), n.pos());
        Instr result;
        if (m.annotations.syscall() != null) result = syscall(m, args);
        else if (m.annotations.cFunction() != null) result = cCall(c, m, args);
        else if (m.annotations.intrinsic()) result = intrinsics.lower(c, args);
        else {
            if (!m.owner.initOnFieldUse) initClass(m.owner);
            result = f.ir.call(f.ml.method(m), m.result.irType(), args);
        }
        if (m.annotations.noReturn()) noReturn(m);
        return m.result == JType.Prim.VOID ? null : result;
    }

    /** A direct call of the ordinary (non-native) method {@code m} on already evaluated arguments (a receiver first), its class initialised first. */
    Instr direct(MethodSym m, List<Instr> args) {
        if (m.isStatic && !m.owner.initOnFieldUse) initClass(m.owner);
        return f.ir.call(f.ml.method(m), m.result.irType(), args);
    }

    // Sys.write(fd, buf, n) with @Syscall(1)  =>  %r:i64 = syscall iconst 1, sext fd, buf, n   (then trunc for an int result)
    private Instr syscall(MethodSym m, List<Instr> args) {
        List<Instr> ops = new ArrayList<>();
        ops.add(f.ir.iconst(Type.I64, m.annotations.syscall()));
        for (Instr a : args) ops.add(a.type() == Type.I32 ? f.ir.unary(Op.SEXT, Type.I64, a) : a);
        Instr r = f.ir.syscall(ops);
        return m.result.irType() == Type.I32 ? f.ir.unary(Op.TRUNC, Type.I32, r) : r;
    }

    // strlen(s) with @CFunction  =>  %r:i64 = call @strlen(%s)        (a C function of the linked libraries)
    // snprintf(b, n, fmt, x) with @CFunction(variadic = true)  =>  call @"M.snprintf(JJJD)I"(...), a naked thunk
    //   "mov eax, 1; jmp snprintf" (al = the vector registers used; ModuleLowerer.lowerMethod makes it)
    private Instr cCall(Expr.Call c, MethodSym m, List<Instr> args) {
        if (f.ml.model.tier != Tier.LIBC) {   // user declarations are refused in the model; this is the runtime's
            f.ml.error(c.pos(), "internal: C function " + m.annotations.cFunction() + " reached in the " + f.ml.model.tier.label() + " tier");
            return m.result == JType.Prim.VOID ? null : f.ir.zero(m.result.irType());
        }
        String callee = m.annotations.variadic() ? f.ml.method(m) : m.annotations.cFunction();
        return f.ir.call(callee, m.result.irType(), args);
    }

    /** After a call that never returns: {@code unreachable}; a value-producing one continues in a dead block (removed later). */
    private void noReturn(MethodSym m) {
        f.ir.unreachable();
        if (m.result != JType.Prim.VOID) f.startBlock(f.ir.newBlock());
    }

    /** Initialises {@code c} before an active use from another class (its own code runs only once it is initialised). */
    void initClass(ClassSym c) {
        if (c == f.cls) return;
        String clinit = f.ml.classInit(c);
        if (clinit != null) f.ir.call(clinit, Type.VOID, List.of());
    }
}

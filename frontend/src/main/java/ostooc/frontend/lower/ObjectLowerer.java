package ostooc.frontend.lower;

import ostooc.frontend.model.ClassLayout;
import ostooc.frontend.model.ClassSym;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.MethodSym;
import ostooc.frontend.tree.Expr;
import ostooc.frontend.tree.LocalVar;
import ostooc.frontend.tree.Pos;
import ostooc.ir.Block;
import ostooc.ir.Cond;
import ostooc.ir.Instr;
import ostooc.ir.MemKind;
import ostooc.ir.Op;
import ostooc.ir.Type;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Objects to IR: allocation, instance fields, instance calls (direct or through the vtable), and the
 * explicit null checks that make a use of null a {@code java.lang.NullPointerException} panic (on ostoo a
 * page fault would kill the process with -11 instead of 101). Type tests are in {@link TypeTestLowerer}.
 */
final class ObjectLowerer {
    static final String NPE = "java.lang.NullPointerException";
    private static final int VTABLE = 48;

    private final FunctionLowerer f;
    private final TypeTestLowerer typeTests;
    /** Receivers of the field being assigned ({@code o.f += v} reads and writes o.f: o is evaluated once). */
    private final Map<Expr, Instr> pinned = new IdentityHashMap<>();

    ObjectLowerer(FunctionLowerer f) { this.f = f; this.typeTests = new TypeTestLowerer(f, this); }

    static boolean handles(Expr e) {
        return e instanceof Expr.InstanceField || e instanceof Expr.New || e instanceof Expr.InstanceCall
                || e instanceof Expr.InstanceOf || e instanceof Expr.RefCast || e instanceof Expr.NewEnumConstant
                || e instanceof Expr.NonNull || e instanceof Expr.ClassDescriptor;
    }

    Instr value(Expr e) {
        if (e instanceof Expr.InstanceField x) return load(x);
        if (e instanceof Expr.New n) return newObject(n);
        if (e instanceof Expr.InstanceCall c) return call(c);
        if (e instanceof Expr.InstanceOf i) return typeTests.instanceOf(i);
        if (e instanceof Expr.NewEnumConstant n) return EnumLowerer.newConstant(f, this, n);
        if (e instanceof Expr.NonNull n) return nonNull(n);
        if (e instanceof Expr.ClassDescriptor d) return JType.isString(d.target()) ? f.ir.iconst(Type.I64, 0) : typeTests.descriptor(d.target());
        return typeTests.cast((Expr.RefCast) e);
    }

    /** Runs {@code body} (an assignment to {@code target}) with target's receiver evaluated once, first. */
    Instr pinned(Expr.InstanceField target, Supplier<Instr> body) {
        pinned.put(target, f.exprs.value(target.receiver()));
        try { return body.get(); } finally { pinned.remove(target); }
    }

    // o.f (read)  =>  [null check o]; %v = load.<kind> o, offset(f)
    private Instr load(Expr.InstanceField x) {
        Instr o = receiver(x);
        nullCheck(o, x.receiver(), x.pos());
        return f.ir.load(StaticData.memKind(x.field().type), o, offset(x));
    }

    // o.f = v  =>  [null check o]; store.<kind> o, offset(f), v
    void store(Expr.InstanceField x, Instr v) {
        Instr o = receiver(x);
        nullCheck(o, x.receiver(), x.pos());
        f.ir.store(StaticData.memKind(x.field().type), o, offset(x), v);
    }

    private Instr receiver(Expr.InstanceField x) {
        Instr o = pinned.get(x);
        return o != null ? o : f.exprs.value(x.receiver());
    }

    private static long offset(Expr.InstanceField x) {
        ClassLayout.of(x.field().owner);   // assigns the offsets
        return x.field().offset;
    }

    // new C(a)  =>  [call C.<clinit>]; %p = call @alloc(size, 8); %o = i2ref %p; store.i64 %o, 0, symaddr C.class;
    //               call @"C.<init>(I)V"(%o, a)          (memory from the allocator is zeroed: fields start at 0/null)
    private Instr newObject(Expr.New n) {
        ClassSym c = n.ctor().owner;
        String clinit = f.ml.classInit(c);
        if (clinit != null && c != f.cls) f.ir.call(clinit, Type.VOID, List.of());
        Instr o = allocate(c);
        if (c.isObject()) return o;   // Object's constructor does nothing
        construct(o, n.ctor(), n.args());
        return o;
    }

    /** A zeroed instance of {@code c} with its header set. */
    Instr allocate(ClassSym c) {
        MethodSym alloc = f.ml.model.globalAllocator;
        if (alloc == null) throw new IllegalStateException("no @GlobalAllocator in the program");
        Instr raw = f.ir.call(f.ml.method(alloc), Type.I64, List.of(f.ir.iconst(Type.I64, ClassLayout.of(c).size), f.ir.iconst(Type.I64, 8)));
        Instr o = f.ir.unary(Op.I2REF, Type.REF, raw);
        f.ir.store(MemKind.I64, o, 0, f.ir.symaddr(Type.I64, f.ml.descriptors.of(c)));
        return o;
    }

    /** {@code call ctor(o, args)}. */
    void construct(Instr o, MethodSym ctor, List<Expr> argExprs) {
        List<Instr> args = new ArrayList<>();
        args.add(o);
        for (Expr a : argExprs) args.add(f.exprs.value(a));
        f.ir.call(f.ml.method(ctor), Type.VOID, args);
    }

    /**
     * o.m(a), after evaluating o and a, then checking o for null:
     * <pre>
     *   virtual:  %h = load.i64 o, 0; %fp = load.i64 %h, 48 + 8 * slot(m); %r = calli %fp(o, a)
     *   direct (private, final, super., constructors):  %r = call @"C.m(I)I"(o, a)
     * </pre>
     * A receiver typed Object may be a String, whose header is 0: then the String descriptor is used.
     */
    private Instr call(Expr.InstanceCall c) {
        MethodSym m = c.method();
        Instr o = f.exprs.value(c.receiver());
        List<Instr> args = new ArrayList<>();
        args.add(o);
        for (Expr a : c.args()) args.add(f.exprs.value(a));
        f.marks.mark(c.mark());   // javac: the invoke's line entry, after the arguments
        nullCheck(o, c.receiver(), c.pos());
        Type result = m.result.irType();
        Instr r;
        Instr itf = c.virtual() ? InterfaceCalls.target(f, m, o, c.receiver().type()) : null;
        if (itf != null) {
            r = f.ir.calli(itf, result, args);
        } else if (c.virtual()) {
            ClassLayout.of(m.owner);   // assigns the slots
            f.ml.slots.dispatch(m);
            Instr desc = descriptorOf(o, c.receiver().type());
            Instr fp = f.ir.load(MemKind.I64, desc, VTABLE + 8L * m.vtableSlot);
            r = f.ir.calli(fp, result, args);
        } else {
            r = f.ir.call(f.ml.method(m), result, args);
        }
        return m.result == JType.Prim.VOID ? null : r;
    }

    /** The descriptor address of non-null {@code o}; a static type of Object allows a String (header 0). */
    Instr descriptorOf(Instr o, JType staticType) {
        Instr header = f.ir.load(MemKind.I64, o, 0);
        if (!(staticType instanceof JType.Ref r) || r.cls() == null || !r.cls().isObject()) return header;
        // %h = load o, 0; brif (cmp eq %h, 0), bString, bJoin;  bString: br bJoin;  bJoin: %d = phi [%h, symaddr String.class]
        ClassSym strings = f.ml.model.byBinaryName("ostoo.shim.Strings");
        LocalVar tmp = new LocalVar("$desc", JType.Prim.LONG, null, false);
        f.ssa.write(tmp, f.ir.block(), header);
        Block isString = f.ir.newBlock(), join = f.ir.newBlock();
        f.branch(f.ir.cmp(Cond.EQ, header, f.ir.iconst(Type.I64, 0)), isString, join);
        f.ssa.seal(isString);
        f.startBlock(isString);
        f.ssa.write(tmp, isString, f.ir.symaddr(Type.I64, f.ml.descriptors.string(r.cls(), strings)));
        f.jump(join);
        f.ssa.seal(join);
        f.startBlock(join);
        return f.ssa.read(tmp, join);
    }

    /** {@code this} and fresh objects are never null; anything else is checked. */
    // NonNull(v)  =>  %v = <v>; [null check %v]; %v
    // (outside a call: outer.new's qualifier, where javac marks a line for its requireNonNull)
    private Instr nonNull(Expr.NonNull n) {
        Instr v = f.exprs.value(n.value());
        f.marks.mark(n.pos());
        nullCheck(v, n.value(), n.pos());
        return v;
    }

    void nullCheck(Instr o, Expr receiver, Pos pos) {
        if (receiver instanceof Expr.New) return;
        if (receiver instanceof Expr.Local l && l.var().name.equals("this")) return;
        panicIf(f.ir.cmp(Cond.EQ, o, f.ir.iconst(Type.REF, 0)), NPE, pos);
    }

    /** brif cond, bPanic, bOk;  bPanic: call @panic(message, "File.java", l << 16 | c); unreachable;  bOk: (continues here) */
    void panicIf(Instr cond, String message, Pos pos) {
        Block panic = f.ir.newBlock(), ok = f.ir.newBlock();
        f.branch(cond, panic, ok);
        f.ssa.seal(panic);
        f.ssa.seal(ok);
        f.startBlock(panic);
        if (f.ml.model.panicHandler == null) throw new IllegalStateException("no @PanicHandler in the program");
        String handler = f.ml.method(f.ml.model.panicHandler);
        f.ir.call(handler, Type.VOID, PanicLocations.after(List.of(f.ir.symaddr(Type.REF, f.ml.strings.literal(message))), f, pos));
        f.ir.unreachable();
        f.startBlock(ok);
    }
}

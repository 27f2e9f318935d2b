package ostooc.frontend.lower;

import ostooc.frontend.model.ClassSym;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.MethodSym;
import ostooc.frontend.tree.Expr;
import ostooc.frontend.tree.Pos;
import ostooc.ir.Block;
import ostooc.ir.Cond;
import ostooc.ir.Instr;
import ostooc.ir.MemKind;
import ostooc.ir.Op;
import ostooc.ir.Type;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Arrays (layout in {@code ostoo.rt.Layout}: header, i32 length at +8, elements from +16). Every access
 * checks explicitly, in the JVM's order, and panics with the JVM's message: a null array
 * (NullPointerException: on ostoo a page fault would kill the process with -11, not a panic), then the
 * index with one unsigned compare ({@code i <u length} also rejects negative indices). There is no
 * scaled-index addressing in the IR, so an element's address is {@code ref2i a + (sext i << log2 size)}
 * with the constant 16 folded into the load or store.
 *
 * <p>Assignments: {@code a[i] = v} evaluates a, i, v, then checks (JLS 15.26.1); {@code a[i] op= v} and
 * {@code a[i]++} check before reading the element, which happens before v (JLS 15.26.2). Both follow
 * from {@link #pin}: the target's array and index are evaluated once, and checked at the first read of
 * the element (compound) or at the store (simple). Arrays of references are covariant ({@code Foo[]} is
 * an {@code Object[]}), so a store into an array whose element type has subtypes checks the value
 * against the array's run-time component type ({@code ObjectMethods.checkStore}, ArrayStoreException).
 */
final class ArrayLowerer {
    private static final String NPE = "java.lang.NullPointerException";
    private static final String ALLOC = "ostoo.rt.ArrayAlloc", ERRORS = "ostoo.shim.ArrayErrors", OBJECTS = "ostoo.shim.ObjectMethods";
    private final FunctionLowerer f;
    private final Map<Expr.ArrayElem, Pinned> pinned = new IdentityHashMap<>();

    /** An assignment target's evaluated array and index; {@code address} once checked. */
    private static final class Pinned {
        final Instr array, index;
        Instr address;
        Pinned(Instr array, Instr index) { this.array = array; this.index = index; }
    }

    ArrayLowerer(FunctionLowerer f) { this.f = f; }

    Instr value(Expr e) {
        if (e instanceof Expr.ArrayElem a) return load(a);
        if (e instanceof Expr.ArrayLength l) return length(l);
        if (e instanceof Expr.NewArray n) return newArray(n);
        if (e instanceof Expr.ArrayLiteral l) return literal(l);
        if (e instanceof Expr.ArrayClone c) return cloneOf(c);
        throw new IllegalStateException("array expression " + e);
    }

    /** Evaluates the array and the index of an assignment target, before its right-hand side. */
    void pin(Expr.ArrayElem target) {
        Instr array = f.exprs.value(target.array());
        pinned.put(target, new Pinned(array, f.exprs.value(target.index())));
    }

    // a[i] = v (after pin and v)  =>  [checks]; [call @ObjectMethods.checkStore(%a, %v, "F.java", l << 16 | c)]; store.<kind> %addr, 16, %v
    void store(Expr.ArrayElem target, Instr v) {
        Pinned p = pinned.remove(target);
        Instr address = p.address != null ? p.address : checkedAddress(p.array, p.index, target);
        if (!isExact(target.type()))   // the array may be a subtype's (Object[] o = new Foo[1]): ArrayStoreException
            f.ir.call(runtime(OBJECTS, "checkStore"), Type.VOID, PanicLocations.after(List.of(p.array, v), f, target.pos()));
        f.ir.store(memKind(target.type()), address, 16, v);
    }

    /**
     * Whether every array whose static element type is {@code t} has exactly that element type, so
     * stores need no ArrayStoreException check: primitives, String and final classes have no subtypes;
     * {@code T[]} is exact when T is.
     */
    static boolean isExact(JType t) {
        if (t instanceof JType.Prim || JType.isString(t)) return true;
        if (t instanceof JType.Array a) return isExact(a.element());
        return t instanceof JType.Ref r && r.cls() != null && r.cls().isFinal && !r.cls().isObject();
    }

    // a[i]  =>  %a = ..; %i = ..; [null check]; %n = load.i32 %a, 8; brif (cmp ult %i, %n), ok, fail;
    //           ok: %addr = add (ref2i %a), (shl (sext %i), log2 size); %v = load.<kind> %addr, 16
    private Instr load(Expr.ArrayElem e) {
        Pinned p = pinned.get(e);
        Instr address;
        if (p != null) {
            if (p.address == null) p.address = checkedAddress(p.array, p.index, e);
            address = p.address;
        } else {
            Instr array = f.exprs.value(e.array());
            address = checkedAddress(array, f.exprs.value(e.index()), e);
        }
        return f.ir.load(memKind(e.type()), address, 16);
    }

    private Instr checkedAddress(Instr array, Instr index, Expr.ArrayElem e) {
        Instr length = checkedLength(array, e.pos());
        failUnless(f.ir.cmp(Cond.ULT, index, length), () -> f.ir.call(errorFunction("indexOutOfBounds"), Type.VOID,
                PanicLocations.after(List.of(index, length), f, e.pos())));
        Instr offset = f.ir.unary(Op.SEXT, Type.I64, index);
        int shift = Integer.numberOfTrailingZeros(ArrayDescriptors.elementSize(e.type()));
        if (shift > 0) offset = f.ir.binary(Op.SHL, Type.I64, offset, f.ir.iconst(Type.I32, shift));
        return f.ir.binary(Op.ADD, Type.I64, f.ir.unary(Op.REF2I, Type.I64, array), offset);
    }

    // a.length  =>  [null check]; load.i32 %a, 8 invariant
    private Instr length(Expr.ArrayLength l) { return checkedLength(f.exprs.value(l.array()), l.pos()); }

    private Instr checkedLength(Instr array, Pos pos) {
        nullCheck(array, pos);
        Instr length = f.ir.load(MemKind.I32, array, 8);
        length.invariant = true;      // an array's length never changes: gvn may merge the loads
        return length;
    }

    // brif (cmp eq %a, null), fail, ok;  fail: call @panic("java.lang.NullPointerException", "F.java", l << 16 | c); unreachable
    private void nullCheck(Instr array, Pos pos) {
        failUnless(f.ir.cmp(Cond.NE, array, f.ir.iconst(Type.REF, 0)), () -> f.ir.call(f.ml.method(f.ml.model.panicHandler),
                Type.VOID, PanicLocations.after(List.of(f.ir.symaddr(Type.REF, f.ml.strings.literal(NPE))), f, pos)));
    }

    // new T[n]        =>  brif (cmp slt %n, 0), fail, ok;  ok: %p = call @ArrayAlloc.allocate(symaddr [T.class, %n); i2ref %p
    // new T[n][m]..   =>  each length checked in order; the lengths stored in a scratch block; call @ArrayAlloc.allocateMulti
    private Instr newArray(Expr.NewArray n) {
        List<Instr> lengths = n.lengths().stream().map(f.exprs::value).toList();
        for (Instr len : lengths)
            failUnless(f.ir.cmp(Cond.GE, len, f.ir.iconst(Type.I32, 0)), () -> f.ir.call(errorFunction("negativeSize"), Type.VOID,
                    PanicLocations.after(List.of(len), f, n.pos())));
        Instr descriptor = f.ir.symaddr(Type.I64, f.ml.arrays.of(n.type()));
        if (lengths.size() == 1) return f.ir.unary(Op.I2REF, Type.REF, f.ir.call(allocFunction("allocate"), Type.I64, List.of(descriptor, lengths.get(0))));
        Instr scratch = f.ir.call(f.ml.method(f.ml.model.globalAllocator), Type.I64,
                List.of(f.ir.iconst(Type.I64, 4L * lengths.size()), f.ir.iconst(Type.I64, 8)));
        for (int i = 0; i < lengths.size(); i++) f.ir.store(MemKind.I32, scratch, 4L * i, lengths.get(i));
        Instr array = f.ir.call(allocFunction("allocateMulti"), Type.I64, List.of(descriptor, scratch, f.ir.iconst(Type.I32, lengths.size())));
        return f.ir.unary(Op.I2REF, Type.REF, array);
    }

    // {e0, e1}  =>  %a = i2ref (call @ArrayAlloc.allocate(symaddr [T.class, 2)); store.<kind> %a, 16, e0; store.<kind> %a, 16 + size, e1
    private Instr literal(Expr.ArrayLiteral l) {
        Instr descriptor = f.ir.symaddr(Type.I64, f.ml.arrays.of(l.type()));
        Instr raw = f.ir.call(allocFunction("allocate"), Type.I64, List.of(descriptor, f.ir.iconst(Type.I32, l.elements().size())));
        Instr array = f.ir.unary(Op.I2REF, Type.REF, raw);
        MemKind kind = memKind(l.type().element());
        for (int i = 0; i < l.elements().size(); i++) {
            Instr v = f.exprs.value(l.elements().get(i));
            f.ir.store(kind, array, 16L + (long) kind.bytes() * i, v);
        }
        return array;
    }

    // a.clone()  =>  [null check]; i2ref (call @ArrayAlloc.copy(ref2i %a))
    private Instr cloneOf(Expr.ArrayClone c) {
        Instr array = f.exprs.value(c.array());
        f.marks.mark(c.pos());   // a source call a.clone(): javac's invoke line entry, at its '('
        nullCheck(array, c.pos());
        Instr copy = f.ir.call(allocFunction("copy"), Type.I64, List.of(f.ir.unary(Op.REF2I, Type.I64, array)));
        return f.ir.unary(Op.I2REF, Type.REF, copy);
    }

    /** {@code brif ok, bOk, bFail; bFail: <panic>; unreachable}; code continues in bOk. */
    private void failUnless(Instr ok, Runnable panic) {
        if (ok.isConst() && ok.imm != 0) return;   // e.g. new int[3]: no failure path, no error function pulled in
        Block fail = f.ir.newBlock(), cont = f.ir.newBlock();
        f.branch(ok, cont, fail);
        f.ssa.seal(fail);
        f.ssa.seal(cont);
        f.startBlock(fail);
        panic.run();
        f.ir.unreachable();
        f.startBlock(cont);
    }

    static MemKind memKind(JType element) { return StaticData.memKind(element); }

    private String allocFunction(String name) { return runtime(ALLOC, name); }
    private String errorFunction(String name) { return runtime(ERRORS, name); }

    /** The symbol of the library method {@code cls.name} (each has one overload), queued for lowering. */
    private String runtime(String cls, String name) {
        ClassSym c = f.ml.model.byBinaryName(cls);
        List<MethodSym> ms = c == null ? List.of() : c.methodsNamed(name);
        if (ms.size() != 1) throw new IllegalStateException("the library has no single " + cls + "." + name);
        return f.ml.method(ms.get(0));
    }
}

package ostooc.frontend.lower;

import ostooc.frontend.model.ClassSym;
import ostooc.frontend.model.ConstValue;
import ostooc.frontend.model.FieldSym;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.JType.Prim;
import ostooc.frontend.tree.Expr;
import ostooc.frontend.tree.LocalVar;
import ostooc.ir.Block;
import ostooc.ir.Cond;
import ostooc.ir.Instr;
import ostooc.ir.Op;
import ostooc.ir.Type;

import java.util.List;

/**
 * Expressions to IR values. byte/short/char/boolean live in i32, kept normalised (sign- or zero-extended,
 * booleans 0/1) by narrowing right where a value is converted or stored back. Arithmetic is in
 * {@link ArithmeticLowerer}, calls in {@link CallLowerer}.
 */
final class ExprLowerer {
    private final FunctionLowerer f;
    private final ArithmeticLowerer arith;
    private final CallLowerer calls;
    private final ObjectLowerer objects;
    private final ArrayLowerer arrays;

    ExprLowerer(FunctionLowerer f) {
        this.f = f;
        this.arith = new ArithmeticLowerer(f);
        this.calls = new CallLowerer(f);
        this.objects = new ObjectLowerer(f);
        this.arrays = new ArrayLowerer(f);
    }

    /** Panics with NullPointerException at {@code pos} when {@code o} (the value of {@code e}) is null. */
    void nullCheck(Instr o, Expr e, ostooc.frontend.tree.Pos pos) { objects.nullCheck(o, e, pos); }

    /** An expression statement: evaluated for its effect. */
    void effect(Expr e) { value(e); }

    /** The value of {@code e} (null for a void call). */
    Instr value(Expr e) {
        if (e instanceof Expr.Const c) return constant(c);
        if (e instanceof Expr.Local l) return f.ssa.read(l.var(), f.ir.block());
        if (e instanceof Expr.StaticField s) return loadField(s.field());
        if (e instanceof Expr.Convert c) return arith.convert(value(c.operand()), c.operand().type(), c.type());
        if (e instanceof Expr.Unary u) return arith.unary(u.op(), u.type(), value(u.operand()));
        if (e instanceof Expr.Binary b) return arith.binary(b, value(b.left()), value(b.right()));
        if (e instanceof Expr.Compare c && JType.isFloating(c.left().type())) return arith.floats.compare(cond(c.op()), value(c.left()), value(c.right()));
        if (e instanceof Expr.Compare c) return f.ir.cmp(cond(c.op()), value(c.left()), value(c.right()));
        if (e instanceof Expr.Logical || e instanceof Expr.Conditional) return viaBranches(e);
        if (e instanceof Expr.Assign a && a.target() instanceof Expr.InstanceField t)
            return objects.pinned(t, () -> { Instr v = value(a.value()); objects.store(t, v); return v; });
        if (e instanceof Expr.Assign a) {
            if (a.target() instanceof Expr.ArrayElem t) arrays.pin(t);   // a[i] = v: a and i before v
            Instr v = value(a.value());
            store(a.target(), v);
            return v;
        }
        if (e instanceof Expr.IncDec i) return i.target() instanceof Expr.InstanceField t ? objects.pinned(t, () -> incDec(i)) : incDec(i);
        if (ObjectLowerer.handles(e)) return objects.value(e);
        if (e instanceof Expr.SwitchExpr s) return SwitchLowerer.expression(f, s);
        if (e instanceof Expr.Call c) return calls.call(c);
        if (e instanceof Expr.ArrayElem || e instanceof Expr.ArrayLength || e instanceof Expr.NewArray
                || e instanceof Expr.ArrayLiteral || e instanceof Expr.ArrayClone) return arrays.value(e);
        throw new IllegalStateException("expression " + e);
    }

    // 42 => iconst i32 42;  "hi" => symaddr ref str.0;  null => iconst ref 0
    private Instr constant(Expr.Const c) {
        if (c.value() == null) return f.ir.iconst(Type.REF, 0);
        if (c.value() instanceof ConstValue.Int i) return f.ir.iconst(c.type().irType(), i.value());
        if (c.value() instanceof ConstValue.Real r) return arith.floats.constant(c.type(), r.value());
        if (c.value() instanceof ConstValue.Str s) return f.ir.symaddr(Type.REF, f.ml.strings.literal(s.value()));
        throw new IllegalStateException("enum constant outside the Asm DSL: " + c);
    }

    // C.x (read)  =>  [call C.<clinit>]; %a = symaddr i64 C.x; %v = load.<kind> %a, 0
    Instr loadField(FieldSym field) {
        initClass(field);
        Instr addr = f.ir.symaddr(Type.I64, f.ml.field(field));
        return f.ir.load(StaticData.memKind(field.type), addr, 0);
    }

    /** A use of another class's static member is an "active use": initialise that class first (JLS 12.4.1). */
    void initClass(FieldSym field) { calls.initClass(field.owner); }

    /** Initialises {@code c} unless it is this function's own class (see {@link CallLowerer#initClass}). */
    void initClassOf(ClassSym c) { calls.initClass(c); }

    // x = v  =>  (local) new SSA definition of x;  (static) [call C.<clinit>]; store.<kind> symaddr C.x, 0, v;  (a[i]) see ArrayLowerer
    private void store(Expr target, Instr v) {
        if (target instanceof Expr.Local l) { f.ssa.write(l.var(), f.ir.block(), v); return; }
        if (target instanceof Expr.InstanceField x) { objects.store(x, v); return; }
        if (target instanceof Expr.ArrayElem a) { arrays.store(a, v); return; }
        FieldSym field = ((Expr.StaticField) target).field();
        initClass(field);
        f.ir.store(StaticData.memKind(field.type), f.ir.symaddr(Type.I64, f.ml.field(field)), 0, v);
    }

    // x++ on byte b  =>  %old = b; %n = add %old, 1; %nb = sx8 %n; b := %nb; value %old (postfix) or %nb (prefix)
    // x++ on Integer x  =>  %old = x; [null check]; %v = call intValue(%old); %n = add %v, 1; %b = call valueOf(%n); x := %b
    private Instr incDec(Expr.IncDec i) {
        if (i.target() instanceof Expr.ArrayElem t) arrays.pin(t);
        Instr old = value(i.target());
        JType prim = i.unbox() == null ? i.type() : i.unbox().result;
        Instr v = old;
        if (i.unbox() != null) {
            nullCheck(old, i.target(), i.pos());
            v = calls.direct(i.unbox(), List.of(old));
        }
        Type t = prim.irType();
        Instr changed = JType.isFloating(prim) ? arith.floats.step(prim, v, i.increment())
                : f.ir.binary(i.increment() ? Op.ADD : Op.SUB, t, v, f.ir.iconst(t, 1));
        Instr narrowed = arith.narrow(changed, prim);
        if (i.box() != null) narrowed = calls.direct(i.box(), List.of(narrowed));
        store(i.target(), narrowed);
        return i.prefix() ? narrowed : old;
    }

    // a && b as a value  =>  t := 0/1 on each path through condition(); the merge is a phi built by the SSA builder
    // c ? x : y  =>  t := x or y on each path; an arm the condition never takes (true || z) is not lowered
    private Instr viaBranches(Expr e) {
        LocalVar tmp = new LocalVar("$tmp", e.type(), e.pos(), false);
        Block join = f.ir.newBlock();
        if (e instanceof Expr.Conditional c) {
            // javac's visitConditional marks a line at each operand; with a constant condition javac's Lower
            // keeps only the taken operand, unmarked
            boolean marked = !(c.cond() instanceof Expr.Const);
            Block then = f.ir.newBlock(), otherwise = f.ir.newBlock();
            if (marked) f.marks.mark(c.condMark());
            condition(c.cond(), then, otherwise);
            f.ssa.seal(then); f.ssa.seal(otherwise);
            arm(then, marked ? c.thenMark() : null, () -> value(c.then()), tmp, join);
            arm(otherwise, marked ? c.otherwiseMark() : null, () -> value(c.otherwise()), tmp, join);
        } else {
            Block yes = f.ir.newBlock(), no = f.ir.newBlock();
            condition(e, yes, no);
            f.ssa.seal(yes); f.ssa.seal(no);
            arm(yes, null, () -> f.ir.iconst(Type.I32, 1), tmp, join);
            arm(no, null, () -> f.ir.iconst(Type.I32, 0), tmp, join);
        }
        f.ssa.seal(join);
        f.startBlock(join);   // reached: condition() leaves at least one arm reachable
        return f.ssa.read(tmp, join);
    }

    /**
     * One arm of {@link #viaBranches}: {@code b: tmp := value; br join}. An arm javac emits ({@code mark} not
     * null: the condition is not a constant expression) is lowered even when nothing reaches it in the IR
     * ({@code k == 1} with {@code k} holding 1), so that the line marks after it are javac's; otherwise an
     * arm nothing reaches is not lowered.
     */
    private void arm(Block b, ostooc.frontend.tree.Pos mark, java.util.function.Supplier<Instr> value, LocalVar tmp, Block join) {
        if (mark != null) f.startBlock(b);
        else if (!f.startIfReachable(b)) return;
        if (mark != null) f.marks.mark(mark);
        f.ssa.write(tmp, f.ir.block(), value.get());
        f.jump(join);
    }

    /**
     * Branches on a boolean expression, short-circuiting:
     * {@code a && b} => {@code brif a, bB, no; bB: brif b, yes, no};  {@code a || b} => {@code brif a, yes, bB; bB: brif b, yes, no};
     * {@code !a} swaps the targets; anything else is {@code brif value, yes, no}. A constant operand makes a
     * {@code br} ({@link ostooc.ir.IrBuilder#brif}); the right operand of {@code true || b} and
     * {@code false && b} is then never reached and not lowered (as javac does).
     */
    void condition(Expr e, Block yes, Block no) {
        if (e instanceof Expr.Logical l) {
            Block right = f.ir.newBlock();
            if (l.isAnd()) condition(l.left(), right, no);
            else condition(l.left(), yes, right);
            f.ssa.seal(right);
            if (f.startIfReachable(right)) condition(l.right(), yes, no);
        } else if (e instanceof Expr.Conditional c) {
            // c ? a : b as a condition (javac's genCond: no line marks)  =>  brif c, bA, bB;  bA: brif a, yes, no;  bB: brif b, yes, no
            Block then = f.ir.newBlock(), otherwise = f.ir.newBlock();
            condition(c.cond(), then, otherwise);
            f.ssa.seal(then); f.ssa.seal(otherwise);
            if (f.startIfReachable(then)) condition(c.then(), yes, no);
            if (f.startIfReachable(otherwise)) condition(c.otherwise(), yes, no);
        } else if (e instanceof Expr.Unary u && u.op() == ostooc.frontend.tree.UnOp.NOT) {
            condition(u.operand(), no, yes);
        } else {
            f.branch(value(e), yes, no);
        }
    }

    static Cond cond(ostooc.frontend.tree.CmpOp op) {
        return switch (op) { case EQ -> Cond.EQ; case NE -> Cond.NE; case LT -> Cond.LT; case LE -> Cond.LE; case GT -> Cond.GT; case GE -> Cond.GE; };
    }

    static boolean isSubInt(JType t) { return t == Prim.BYTE || t == Prim.SHORT || t == Prim.CHAR; }
}

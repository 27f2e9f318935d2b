package ostooc.frontend.attr;

import ostooc.frontend.model.ConstValue;
import ostooc.frontend.tree.Expr;

/** Folds an operator node with constant operands into a {@link Expr.Const} (JLS 15.29); otherwise returns it unchanged. */
final class Folding {
    private Folding() { }

    static Expr fold(Expr e) {
        Expr real = FloatFolder.fold(e);
        if (real != e) return real;
        if (e instanceof Expr.Unary u && val(u.operand()) != null)
            return constant(e, ConstFolder.unary(u.op(), u.type(), val(u.operand())));
        if (e instanceof Expr.Binary b && val(b.left()) != null && val(b.right()) != null) {
            Long r = ConstFolder.binary(b.op(), b.type(), val(b.left()), val(b.right()));
            return r == null ? e : constant(e, r);   // x / 0 stays: it throws at run time
        }
        if (e instanceof Expr.Compare c && val(c.left()) != null && val(c.right()) != null)
            return constant(e, ConstFolder.compare(c.op(), val(c.left()), val(c.right())));
        if (e instanceof Expr.Compare c && str(c.left()) != null && str(c.right()) != null)   // constants are interned
            return constant(e, str(c.left()).equals(str(c.right())) == (c.op() == ostooc.frontend.tree.CmpOp.EQ) ? 1 : 0);
        if (e instanceof Expr.Logical l && val(l.left()) != null && val(l.right()) != null)
            return constant(e, l.isAnd() ? (val(l.left()) & val(l.right())) : (val(l.left()) | val(l.right())));
        if (e instanceof Expr.Conditional c && val(c.cond()) != null && nonNullConst(c.then()) && nonNullConst(c.otherwise()))
            return relocate(val(c.cond()) != 0 ? c.then() : c.otherwise(), e);
        return e;
    }

    private static boolean nonNullConst(Expr e) { return e instanceof Expr.Const c && c.value() != null; }

    private static Long val(Expr e) {
        return e instanceof Expr.Const c && c.value() instanceof ConstValue.Int i ? i.value() : null;
    }

    private static String str(Expr e) {
        return e instanceof Expr.Const c && c.value() instanceof ConstValue.Str s ? s.value() : null;
    }

    private static Expr constant(Expr at, long v) { return new Expr.Const(at.pos(), at.type(), new ConstValue.Int(v)); }

    private static Expr relocate(Expr c, Expr at) { return new Expr.Const(at.pos(), at.type(), ((Expr.Const) c).value()); }
}

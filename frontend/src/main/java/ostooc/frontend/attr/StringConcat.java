package ostooc.frontend.attr;

import ostooc.frontend.model.ConstValue;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.JType.Prim;
import ostooc.frontend.model.MethodSym;
import ostooc.frontend.tree.Expr;
import ostooc.frontend.tree.Pos;

import java.util.List;

/**
 * String concatenation (JLS 15.18.1): {@code a + b} with a String side becomes
 * {@code Strings.concat(Strings.valueOf(a), Strings.valueOf(b))}; byte and short go through valueOf(int);
 * a side that is a non-null String constant or another concatenation needs no valueOf (it cannot be null).
 * Two constants fold to one constant string, as javac does (so they are one interned literal).
 */
final class StringConcat {
    private final AttrContext ctx;

    StringConcat(ExprAttributor exprs) { this.ctx = exprs.ctx; }

    Expr concat(Pos p, Expr l, Expr r) {
        String lc = constantText(l), rc = constantText(r);
        if (lc != null && rc != null) return new Expr.Const(p, JType.STRING, new ConstValue.Str(lc + rc));
        Expr ls = asString(l), rs = asString(r);
        if (ls == null || rs == null) return null;
        MethodSym concat = ShimMethods.find(ctx, AttrContext.STRINGS, "concat", List.of(JType.STRING, JType.STRING), p);
        return concat == null ? null : new Expr.Call(p, JType.STRING, concat, List.of(ls, rs));
    }

    /** {@code e} as a non-null String: itself when already one, else {@code Strings.valueOf(e)}. */
    private Expr asString(Expr e) {
        if (e instanceof Expr.Const c && c.value() instanceof ConstValue.Str) return e;
        if (e instanceof Expr.Call c && c.method().name.equals("concat") && c.method().owner.binaryName.equals(AttrContext.STRINGS)) return e;
        JType t = e.type() instanceof JType.Ref r && r.cls() != null || e.type() instanceof JType.Array ? ctx.model.byBinaryName(JType.OBJECT_NAME).type()   // valueOf(Object)
                : e.type() == Prim.BYTE || e.type() == Prim.SHORT ? Prim.INT : e.type() == JType.Null.NULL ? JType.STRING : e.type();
        MethodSym valueOf = ShimMethods.find(ctx, AttrContext.STRINGS, "valueOf", List.of(t), e.pos());
        return valueOf == null ? null : new Expr.Call(e.pos(), JType.STRING, valueOf, List.of(Conversions.convert(e, t)));
    }

    /** The text of a constant operand as Java's String.valueOf would give it, or null if not constant. */
    private static String constantText(Expr e) {
        if (!(e instanceof Expr.Const c) || c.value() == null) return null;
        if (c.value() instanceof ConstValue.Str s) return s.value();
        if (c.value() instanceof ConstValue.Int i) return ConstFolder.toJavaString(e.type(), i.value());
        return null;
    }
}

package ostooc.frontend.attr;

import ostooc.frontend.model.ConstValue;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.JType.Prim;
import ostooc.frontend.model.MethodSym;
import ostooc.frontend.tree.Expr;
import ostooc.frontend.tree.Pos;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * String concatenation (JLS 15.18.1): a chain {@code a + b + c + ...} with a String side becomes one call
 * {@code Strings.concat(pieces)} of up to {@link #MAX_PIECES} pieces, like javac's single
 * StringConcatFactory call:
 * <pre>
 *   "n=" + n + ", s=" + s + '!'   =>   Strings.concat("n=", Strings.valueOf(n), ", s=", s, "!")
 * </pre>
 * A String operand is a piece as it is (concat reads a null piece as "null"); any other operand goes
 * through {@code Strings.valueOf} in its place, so operands are evaluated and converted left to right,
 * each exactly once, as on the JVM (byte and short through valueOf(int), references and arrays through
 * valueOf(Object)). Constant operands are text: two constants fold to one constant string, as javac does
 * (one interned literal), and adjacent constant pieces of a chain merge. An operand that is itself a
 * concat call (the left part of a chain, a parenthesized right part, or the value of {@code s += "a" + b})
 * lends its pieces; a chain longer than MAX_PIECES nests, its first piece a full inner concat.
 */
final class StringConcat {
    /** The most pieces one concat call takes (see Strings.concat: four fit its callee-saved registers). */
    static final int MAX_PIECES = 4;

    private final AttrContext ctx;

    StringConcat(ExprAttributor exprs) { this.ctx = exprs.ctx; }

    Expr concat(Pos p, Expr l, Expr r) {
        String lc = constantText(l), rc = constantText(r);
        if (lc != null && rc != null) return new Expr.Const(p, JType.STRING, new ConstValue.Str(lc + rc));
        List<Expr> pieces = new ArrayList<>();
        if (!addPieces(l, pieces) || !addPieces(r, pieces)) return null;
        while (pieces.size() > MAX_PIECES) {
            List<Expr> first = pieces.subList(0, MAX_PIECES);
            Expr inner = call(p, new ArrayList<>(first));
            if (inner == null) return null;
            first.clear();
            pieces.add(0, inner);
        }
        return call(p, pieces);
    }

    /** Appends the pieces of operand {@code e}; false after an error. */
    private boolean addPieces(Expr e, List<Expr> pieces) {
        String text = constantText(e);
        if (text != null) {
            int last = pieces.size() - 1;
            String before = last < 0 ? null : constantText(pieces.get(last));
            if (before == null) pieces.add(stringConstant(e.pos(), text));
            else pieces.set(last, stringConstant(e.pos(), before + text));
            return true;
        }
        if (isConcat(e)) {
            for (Expr piece : ((Expr.Call) e).args()) addPieces(piece, pieces);
            return true;
        }
        Expr piece = asString(e);
        if (piece == null) return false;
        pieces.add(piece);
        return true;
    }

    private Expr call(Pos p, List<Expr> pieces) {
        MethodSym concat = ShimMethods.find(ctx, AttrContext.STRINGS, "concat", Collections.nCopies(pieces.size(), JType.STRING), p);
        return concat == null ? null : new Expr.Call(p, JType.STRING, concat, pieces, null);
    }

    private static boolean isConcat(Expr e) {
        return e instanceof Expr.Call c && c.method().name.equals("concat") && c.method().owner.binaryName.equals(AttrContext.STRINGS);
    }

    /** {@code e} as a String piece: itself when a String (or null), else {@code Strings.valueOf(e)}. */
    private Expr asString(Expr e) {
        if (JType.isString(e.type()) || e.type() == JType.Null.NULL) return Conversions.convert(e, JType.STRING);
        JType t = e.type() instanceof JType.Ref r && r.cls() != null || e.type() instanceof JType.Array || e.type() instanceof JType.Intersection ? ctx.model.byBinaryName(JType.OBJECT_NAME).type()   // valueOf(Object)
                : e.type() == Prim.BYTE || e.type() == Prim.SHORT ? Prim.INT : e.type();
        MethodSym valueOf = ShimMethods.find(ctx, AttrContext.STRINGS, "valueOf", List.of(t), e.pos());
        return valueOf == null ? null : new Expr.Call(e.pos(), JType.STRING, valueOf, List.of(Conversions.convert(e, t)), null);
    }

    private static Expr stringConstant(Pos p, String text) { return new Expr.Const(p, JType.STRING, new ConstValue.Str(text)); }

    /** The text of a constant operand as Java's String.valueOf would give it, or null if not constant. */
    private static String constantText(Expr e) {
        if (!(e instanceof Expr.Const c) || c.value() == null) return null;
        if (c.value() instanceof ConstValue.Str s) return s.value();
        if (c.value() instanceof ConstValue.Int i) return ConstFolder.toJavaString(e.type(), i.value());
        return null;
    }
}

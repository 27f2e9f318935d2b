package ostooc.frontend.attr;

import ostooc.frontend.model.JType;
import ostooc.frontend.model.MethodSym;
import ostooc.frontend.tree.Expr;

import java.util.List;

/**
 * {@code a % b} on floats and doubles (JLS 15.17.3: C's fmod, the result has the dividend's sign) becomes
 * {@code FloatMath.fmod(a, b)}: SSE2 has no remainder instruction. A float remainder is computed on the
 * operands widened to double: fmod is exact, so its double result is the float result exactly.
 */
final class FloatRemainder {
    static final String FLOAT_MATH = "ostoo.shim.FloatMath";

    private FloatRemainder() { }

    static Expr call(AttrContext ctx, Expr.Binary b) {
        JType d = JType.Prim.DOUBLE;
        MethodSym fmod = ShimMethods.find(ctx, FLOAT_MATH, "fmod", List.of(d, d), b.pos());
        if (fmod == null) return null;
        Expr call = new Expr.Call(b.pos(), d, fmod, List.of(Conversions.convert(b.left(), d), Conversions.convert(b.right(), d)), null);
        return Conversions.convert(call, b.type());
    }
}

package ostooc.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import net.jqwik.api.Shrinkable;
import net.jqwik.api.ShrinkingDistance;

/**
 * Shrinks an expression while keeping it well-typed: a node gives way to one of its sub-expressions of the
 * same kind (int-like, long or boolean), a literal to 0 or 1, a condition to {@code true} or {@code false}, and
 * each child shrinks in place.
 */
public record ExprShrinkable(Expr value) implements Shrinkable<Expr> {
    @Override
    public Stream<Shrinkable<Expr>> shrink() {
        return candidates(value).stream().map(ExprShrinkable::new);
    }

    @Override
    public ShrinkingDistance distance() {
        return ShrinkingDistance.of(size(value), literalBits(value));
    }

    static List<Expr> candidates(Expr e) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof Expr.NonZero n) {   // the guard stays: only the divisor inside it shrinks
            for (Expr d : candidates(n.divisor())) out.add(new Expr.NonZero(d));
            return out;
        }
        for (Expr sub : children(e)) collectSameKind(sub, kind(e), out);
        if (e instanceof Expr.Lit l) {
            if (l.value() != 0) out.add(new Expr.Lit(l.type(), 0));
            if (l.value() != 1 && l.value() != 0) out.add(new Expr.Lit(l.type(), 1));
        }
        if (e instanceof Expr.Opaque o) out.add(o.operand());
        if (e.type() == NumType.BOOLEAN && !(e instanceof Expr.BoolLit)) { out.add(new Expr.BoolLit(true)); out.add(new Expr.BoolLit(false)); }
        List<Expr> kids = children(e);
        for (int i = 0; i < kids.size(); i++) {
            final int index = i;
            for (Expr smaller : candidates(kids.get(i))) out.add(withChild(e, index, smaller));
        }
        return out;
    }

    /** Sub-expressions of {@code e} (itself included) that may replace a node of {@code kind}. */
    private static void collectSameKind(Expr e, String kind, List<Expr> out) {
        if (kind(e).equals(kind) && !(e instanceof Expr.NonZero)) out.add(e);
        for (Expr c : children(e)) collectSameKind(c, kind, out);
    }

    static String kind(Expr e) {
        return e.type() == NumType.BOOLEAN ? "boolean" : e.type().promoted().keyword();
    }

    static List<Expr> children(Expr e) {
        if (e instanceof Expr.Unary u) return List.of(u.operand());
        if (e instanceof Expr.Binary b) return List.of(b.left(), b.right());
        if (e instanceof Expr.NonZero n) return List.of(n.divisor());
        if (e instanceof Expr.Cast c) return List.of(c.operand());
        if (e instanceof Expr.Cond c) return List.of(c.condition(), c.whenTrue(), c.whenFalse());
        if (e instanceof Expr.Cmp c) return List.of(c.left(), c.right());
        if (e instanceof Expr.Not n) return List.of(n.operand());
        if (e instanceof Expr.Logic l) return List.of(l.left(), l.right());
        if (e instanceof Expr.Opaque o) return List.of(o.operand());
        return List.of();
    }

    /** {@code e} with child {@code i} replaced (the replacement has the same kind, so types still work out). */
    static Expr withChild(Expr e, int i, Expr c) {
        Function<Integer, Expr> k = j -> j == i ? c : children(e).get(j);
        if (e instanceof Expr.Unary u) return new Expr.Unary(u.op(), c);
        if (e instanceof Expr.Binary b) return new Expr.Binary(b.op(), k.apply(0), k.apply(1));
        if (e instanceof Expr.NonZero) return new Expr.NonZero(c);
        if (e instanceof Expr.Cast x) return new Expr.Cast(x.type(), c);
        if (e instanceof Expr.Cond x) return new Expr.Cond(k.apply(0), k.apply(1), k.apply(2));
        if (e instanceof Expr.Cmp x) return new Expr.Cmp(x.op(), k.apply(0), k.apply(1));
        if (e instanceof Expr.Not) return new Expr.Not(c);
        if (e instanceof Expr.Logic x) return new Expr.Logic(x.op(), k.apply(0), k.apply(1));
        if (e instanceof Expr.Opaque) return new Expr.Opaque(c);
        throw new IllegalArgumentException("no children: " + e);
    }

    static long size(Expr e) {
        long n = 1;
        for (Expr c : children(e)) n += size(c);
        return n;
    }

    static long literalBits(Expr e) {
        long n = e instanceof Expr.Lit l ? 64 - Long.numberOfLeadingZeros(Math.abs(l.value())) + (l.value() < 0 ? 1 : 0) : 0;
        for (Expr c : children(e)) n += literalBits(c);
        return n;
    }
}

package ostooc.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Shrinkable;
import net.jqwik.api.ShrinkingDistance;

/**
 * Shrinks a statement: a compound statement gives way to one of the statements inside it or loses one of
 * them, a loop runs fewer times, and expressions shrink as {@link ExprShrinkable} does.
 */
public record StmtShrinkable(Stmt value) implements Shrinkable<Stmt> {
    @Override
    public Stream<Shrinkable<Stmt>> shrink() {
        return candidates(value).stream().map(StmtShrinkable::new);
    }

    @Override
    public ShrinkingDistance distance() {
        return ShrinkingDistance.of(size(value));
    }

    static List<Stmt> candidates(Stmt s) {
        List<Stmt> out = new ArrayList<>();
        if (s instanceof Stmt.If x) {
            out.addAll(x.then());
            out.addAll(x.otherwise());
            for (List<Stmt> t : without(x.then())) out.add(new Stmt.If(x.condition(), t, x.otherwise()));
            for (List<Stmt> o : without(x.otherwise())) out.add(new Stmt.If(x.condition(), x.then(), o));
            for (Expr c : ExprShrinkable.candidates(x.condition())) out.add(new Stmt.If(c, x.then(), x.otherwise()));
        } else if (s instanceof Stmt.Loop x) {
            out.addAll(x.body());
            if (x.times() > 1) out.add(new Stmt.Loop(x.kind(), 1, x.body()));
            for (List<Stmt> b : without(x.body())) out.add(new Stmt.Loop(x.kind(), x.times(), b));
        } else if (s instanceof Stmt.Switch x) {
            for (Stmt.Group g : x.groups()) out.addAll(g.body());
            for (int i = 0; i < x.groups().size(); i++) {
                List<Stmt.Group> fewer = new ArrayList<>(x.groups());
                fewer.remove(i);
                out.add(new Stmt.Switch(x.selector(), fewer));
            }
            for (Expr c : ExprShrinkable.candidates(x.selector())) out.add(new Stmt.Switch(c, x.groups()));
        } else if (s instanceof Stmt.Assign x) {
            for (Expr c : ExprShrinkable.candidates(x.value())) out.add(new Stmt.Assign(x.target(), c));
        } else if (s instanceof Stmt.Compound x) {
            for (Expr c : ExprShrinkable.candidates(x.value())) out.add(new Stmt.Compound(x.target(), x.op(), c));
        }
        return out;
    }

    private static List<List<Stmt>> without(List<Stmt> body) {
        List<List<Stmt>> out = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            List<Stmt> fewer = new ArrayList<>(body);
            fewer.remove(i);
            out.add(fewer);
        }
        return out;
    }

    static long size(Stmt s) {
        long n = 1;
        if (s instanceof Stmt.If x) n += x.then().stream().mapToLong(StmtShrinkable::size).sum()
                + x.otherwise().stream().mapToLong(StmtShrinkable::size).sum() + ExprShrinkable.size(x.condition());
        else if (s instanceof Stmt.Loop x) n += x.times() + x.body().stream().mapToLong(StmtShrinkable::size).sum();
        else if (s instanceof Stmt.Switch x) n += ExprShrinkable.size(x.selector())
                + x.groups().stream().flatMap(g -> g.body().stream()).mapToLong(StmtShrinkable::size).sum() + x.groups().size();
        else if (s instanceof Stmt.Assign x) n += ExprShrinkable.size(x.value());
        else if (s instanceof Stmt.Compound x) n += ExprShrinkable.size(x.value());
        return n;
    }
}

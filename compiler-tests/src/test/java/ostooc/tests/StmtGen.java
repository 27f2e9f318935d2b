package ostooc.tests;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Random statements over {@link StmtProgram#LOCALS}, nested at most {@code maxDepth} deep. */
public final class StmtGen {
    static final List<String> COMPOUND = List.of("+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", ">>>");

    private final ExprGen exprs = new ExprGen(StmtProgram.LOCALS, 2);
    private final List<Arbitrary<Stmt>> byDepth = new ArrayList<>();

    public StmtGen(int maxDepth) {
        Arbitrary<Expr.Var> var = Arbitraries.of(StmtProgram.LOCALS);
        Arbitrary<Expr> value = Arbitraries.oneOf(exprs.ints(), exprs.longs());
        Arbitrary<Stmt> simple = Arbitraries.frequencyOf(
                Tuple.of(3, Combinators.combine(var, value).as(Stmt.Assign::new)),
                Tuple.of(5, Combinators.combine(var, Arbitraries.of(COMPOUND), value).as(StmtGen::compound)),
                Tuple.of(2, Combinators.combine(var, Arbitraries.of("++", "--"), Arbitraries.of(true, false)).as(Stmt.IncDec::new)),
                Tuple.of(2, Combinators.combine(var, Arbitraries.of("+", "-", "^", "*"), var, Arbitraries.of("++", "--"),
                        Arbitraries.of(true, false)).as(Stmt.CompoundIncDec::new)));
        byDepth.add(simple);
        for (int d = 1; d <= maxDepth; d++) {
            Arbitrary<List<Stmt>> body = byDepth.get(d - 1).list().ofMinSize(0).ofMaxSize(3);
            byDepth.add(Arbitraries.frequencyOf(
                    Tuple.of(6, simple),
                    Tuple.of(2, Combinators.combine(exprs.bools(), body, body).as(Stmt.If::new)),
                    Tuple.of(2, Combinators.combine(Arbitraries.of("for", "while", "do"), Arbitraries.integers().between(0, 5), body)
                            .as(Stmt.Loop::new)),
                    Tuple.of(2, Combinators.combine(exprs.ints(), groups(body)).as(Stmt.Switch::new))));
        }
    }

    public Arbitrary<Stmt> statements() { return byDepth.get(byDepth.size() - 1); }

    private static Stmt compound(Expr.Var target, String op, Expr value) {
        return new Stmt.Compound(target, op, op.equals("/") || op.equals("%") ? new Expr.NonZero(value) : value);
    }

    /**
     * One to four groups: the labels 0..7 dealt out in order (a group may get none but default), default in a
     * random group, each group breaking or falling through.
     */
    private static Arbitrary<List<Stmt.Group>> groups(Arbitrary<List<Stmt>> body) {
        Arbitrary<Stmt.Group> group = Combinators.combine(Arbitraries.integers().between(0, 2), body, Arbitraries.of(true, false))
                .as((n, b, brk) -> new Stmt.Group(List.of(n), b, brk));   // labels filled in below
        return Combinators.combine(group.list().ofMinSize(1).ofMaxSize(4), Arbitraries.integers().between(0, 3))
                .as(StmtGen::assignLabels);
    }

    private static List<Stmt.Group> assignLabels(List<Stmt.Group> raw, Integer defaultAt) {
        List<Stmt.Group> out = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < raw.size(); i++) {
            List<Integer> labels = new ArrayList<>();
            for (int k = 0; k < raw.get(i).labels().get(0) && next < 8; k++) labels.add(next++);
            if (i == defaultAt % raw.size()) labels.add(labels.size() / 2, -1);
            if (labels.isEmpty()) labels.add(next < 8 ? next++ : -1);
            if (labels.contains(-1) && i != defaultAt % raw.size()) continue;   // default already taken: drop the group
            out.add(new Stmt.Group(labels, raw.get(i).body(), raw.get(i).breaks()));
        }
        return out;
    }
}

package ostooc.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Random statements over {@link StmtProgram#LOCALS}, nested at most {@code maxDepth} deep; see {@link StmtShrinkable}. */
public final class StmtGen {
    static final String[] COMPOUND = {"+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", ">>>"};
    static final String[] LOOPS = {"for", "while", "do"};

    private final ExprGen exprs = new ExprGen(StmtProgram.LOCALS, 2);
    private final int maxDepth;

    public StmtGen(int maxDepth) { this.maxDepth = maxDepth; }

    public Arbitrary<Stmt> statements() {
        return Arbitraries.fromGenerator(r -> new StmtShrinkable(statement(r, maxDepth)));
    }

    public Stmt statement(Random r, int depth) {
        switch (depth == 0 ? 0 : ExprGen.pick(r, 6, 2, 2, 2)) {
            case 0: return simple(r);
            case 1: return new Stmt.If(exprs.boolExpr(r, 2), body(r, depth - 1), body(r, depth - 1));
            case 2: return new Stmt.Loop(ExprGen.one(r, LOOPS), r.nextInt(6), body(r, depth - 1));
            default: return new Stmt.Switch(exprs.intExpr(r, 2), groups(r, depth - 1));
        }
    }

    private Stmt simple(Random r) {
        Expr.Var target = var(r);
        switch (ExprGen.pick(r, 3, 5, 2, 2)) {
            case 0: return new Stmt.Assign(target, exprs.numExpr(r, 2));
            case 1: {
                String op = ExprGen.one(r, COMPOUND);
                Expr v = exprs.numExpr(r, 2);
                return new Stmt.Compound(target, op, op.equals("/") || op.equals("%") ? new Expr.NonZero(v) : v);
            }
            case 2: return new Stmt.IncDec(target, r.nextBoolean() ? "++" : "--", r.nextBoolean());
            default: return new Stmt.CompoundIncDec(target, ExprGen.one(r, new String[] {"+", "-", "^", "*"}), var(r),
                    r.nextBoolean() ? "++" : "--", r.nextBoolean());
        }
    }

    private Expr.Var var(Random r) { return StmtProgram.LOCALS.get(r.nextInt(StmtProgram.LOCALS.size())); }

    private List<Stmt> body(Random r, int depth) {
        List<Stmt> out = new ArrayList<>();
        for (int n = r.nextInt(4); n > 0; n--) out.add(statement(r, depth));
        return out;
    }

    /**
     * One to four groups: the labels 0..7 dealt out in order, up to two per group, default added to one
     * group (possibly alone), each group breaking or falling through.
     */
    private List<Stmt.Group> groups(Random r, int depth) {
        int count = 1 + r.nextInt(4), defaultAt = r.nextInt(count + 1), next = 0;   // defaultAt == count: no default
        List<Stmt.Group> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Integer> labels = new ArrayList<>();
            for (int k = r.nextInt(3); k > 0; k--) labels.add(next++);
            if (i == defaultAt) labels.add(r.nextInt(labels.size() + 1), -1);
            if (labels.isEmpty()) labels.add(next++);
            out.add(new Stmt.Group(labels, body(r, depth), r.nextBoolean()));
        }
        return out;
    }
}

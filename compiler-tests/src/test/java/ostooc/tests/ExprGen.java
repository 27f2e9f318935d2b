package ostooc.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random well-typed int, long and boolean expressions over a fixed set of variables, drawn directly from a
 * {@link Random} (jqwik's combinators are far too slow for thousands of trees) and shrunk by
 * {@link ExprShrinkable}. Literals lean to edge values and are sometimes hidden behind {@code id()};
 * division and remainder always get a {@link Expr.NonZero} divisor, and a dedicated case produces
 * {@code MIN / -1} and {@code MIN % -1}. Conditions are sometimes the literal {@code true} or {@code false}, so
 * {@code &&}, {@code ||}, {@code ?:} and {@code if} meet constant operands (and arms never taken).
 */
public final class ExprGen {
    static final String[] ARITH = {"+", "-", "*", "&", "|", "^"};
    static final String[] SHIFTS = {"<<", ">>", ">>>"};
    static final String[] DIVS = {"/", "%"};
    static final String[] CMPS = {"<", "<=", ">", ">=", "==", "!="};
    static final String[] UNARY = {"-", "~", "+"};
    static final NumType[] SMALL = {NumType.BYTE, NumType.SHORT, NumType.CHAR};

    static final int[] INT_EDGES = {Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1, 1};
    static final int[] INT_SPECIAL = {31, 32, 33, 63, 64, 65, -31, -32, -33, 127, 128, 255, 256, -128, -129, 32767, 32768, 65535, 65536};
    static final long[] LONG_EDGES = {Long.MIN_VALUE, Long.MAX_VALUE, 0, -1, 1};
    static final long[] LONG_SPECIAL = {Integer.MIN_VALUE, Integer.MAX_VALUE, 0xffffffffL, 1L << 32, -(1L << 32), 1L << 31, 63, 64, 65};

    private final List<Expr.Var> intVars = new ArrayList<>();
    private final List<Expr.Var> longVars = new ArrayList<>();
    private final int maxDepth;

    /** @param vars the variables expressions may read (any numeric types); @param maxDepth operator nesting */
    public ExprGen(List<Expr.Var> vars, int maxDepth) {
        for (Expr.Var v : vars) (v.type() == NumType.LONG ? longVars : intVars).add(v);
        this.maxDepth = maxDepth;
    }

    /** Mostly int and long values, sometimes a condition (printed as true/false). */
    public Arbitrary<Expr> any() {
        return Arbitraries.fromGenerator(r -> new ExprShrinkable(any(r)));
    }

    public Arbitrary<Expr> ints() { return Arbitraries.fromGenerator(r -> new ExprShrinkable(intExpr(r, maxDepth))); }
    public Arbitrary<Expr> longs() { return Arbitraries.fromGenerator(r -> new ExprShrinkable(longExpr(r, maxDepth))); }
    public Arbitrary<Expr> bools() { return Arbitraries.fromGenerator(r -> new ExprShrinkable(boolExpr(r, maxDepth))); }

    public Expr any(Random r) {
        int k = r.nextInt(11);
        return k < 5 ? intExpr(r, maxDepth) : k < 10 ? longExpr(r, maxDepth) : boolExpr(r, maxDepth);
    }

    public Expr intExpr(Random r, int depth) {
        if (depth == 0) return intLeaf(r);
        int d = depth - 1;
        switch (pick(r, 3, 6, 2, 2, 1, 2, 2, 1, 2)) {
            case 0: return intLeaf(r);
            case 1: return new Expr.Binary(one(r, ARITH), intExpr(r, d), intExpr(r, d));
            case 2: return new Expr.Binary(one(r, SHIFTS), intExpr(r, d), numExpr(r, d));
            case 3: return new Expr.Binary(one(r, DIVS), intExpr(r, d), new Expr.NonZero(intExpr(r, d)));
            case 4: return minDivMinusOne(r, NumType.INT);
            case 5: return new Expr.Unary(one(r, UNARY), intExpr(r, d));
            case 6: return new Expr.Cast(SMALL[r.nextInt(SMALL.length)], numExpr(r, d));
            case 7: return new Expr.Cast(NumType.INT, longExpr(r, d));
            default: return new Expr.Cond(boolExpr(r, d), intExpr(r, d), intExpr(r, d));
        }
    }

    public Expr longExpr(Random r, int depth) {
        if (depth == 0) return longLeaf(r);
        int d = depth - 1;
        switch (pick(r, 3, 4, 2, 2, 2, 2, 1, 1, 2, 1, 2)) {
            case 0: return longLeaf(r);
            case 1: return new Expr.Binary(one(r, ARITH), longExpr(r, d), longExpr(r, d));
            case 2: return new Expr.Binary(one(r, ARITH), intExpr(r, d), longExpr(r, d));
            case 3: return new Expr.Binary(one(r, ARITH), longExpr(r, d), intExpr(r, d));
            case 4: return new Expr.Binary(one(r, SHIFTS), longExpr(r, d), numExpr(r, d));
            case 5: return new Expr.Binary(one(r, DIVS), longExpr(r, d), new Expr.NonZero(numExpr(r, d)));
            case 6: return new Expr.Binary(one(r, DIVS), intExpr(r, d), new Expr.NonZero(longExpr(r, d)));
            case 7: return minDivMinusOne(r, NumType.LONG);
            case 8: return new Expr.Unary(one(r, UNARY), longExpr(r, d));
            case 9: return new Expr.Cast(NumType.LONG, intExpr(r, d));
            default: return new Expr.Cond(boolExpr(r, d), longExpr(r, d), numExpr(r, d));
        }
    }

    public Expr boolExpr(Random r, int depth) {
        int d = Math.max(depth - 1, 0);
        switch (depth == 0 ? (r.nextInt(8) == 0 ? 3 : 0) : pick(r, 5, 1, 1, 1)) {
            case 0: return new Expr.Cmp(one(r, CMPS), numExpr(r, d), numExpr(r, d));
            case 1: return new Expr.Not(boolExpr(r, d));
            case 3: return new Expr.BoolLit(r.nextBoolean());
            default: return new Expr.Logic(r.nextBoolean() ? "&&" : "||", boolExpr(r, d), boolExpr(r, d));
        }
    }

    Expr numExpr(Random r, int depth) { return r.nextBoolean() ? intExpr(r, depth) : longExpr(r, depth); }

    private Expr intLeaf(Random r) {
        if (!intVars.isEmpty() && r.nextBoolean()) return intVars.get(r.nextInt(intVars.size()));
        return opaqueSometimes(r, new Expr.Lit(NumType.INT, intValue(r)));
    }

    private Expr longLeaf(Random r) {
        if (!longVars.isEmpty() && r.nextBoolean()) return longVars.get(r.nextInt(longVars.size()));
        return opaqueSometimes(r, new Expr.Lit(NumType.LONG, longValue(r)));
    }

    private static Expr opaqueSometimes(Random r, Expr lit) { return r.nextInt(4) == 0 ? new Expr.Opaque(lit) : lit; }

    /** {@code MIN / -1} or {@code MIN % -1}, the one quotient that overflows (x86 idiv would trap). */
    static Expr minDivMinusOne(Random r, NumType t) {
        Expr min = new Expr.Lit(t, t == NumType.LONG ? Long.MIN_VALUE : Integer.MIN_VALUE);
        Expr minusOne = new Expr.Lit(t, -1);
        return new Expr.Binary(one(r, DIVS), r.nextBoolean() ? new Expr.Opaque(min) : min,
                new Expr.NonZero(r.nextBoolean() ? new Expr.Opaque(minusOne) : minusOne));
    }

    /** int values: the edges first, then small numbers and shift counts, then anything. */
    public static int intValue(Random r) {
        switch (pick(r, 4, 3, 1, 2)) {
            case 0: return INT_EDGES[r.nextInt(INT_EDGES.length)];
            case 1: return r.nextInt(41) - 20;
            case 2: return INT_SPECIAL[r.nextInt(INT_SPECIAL.length)];
            default: return r.nextInt();
        }
    }

    public static long longValue(Random r) {
        switch (pick(r, 4, 2, 3, 2)) {
            case 0: return LONG_EDGES[r.nextInt(LONG_EDGES.length)];
            case 1: return LONG_SPECIAL[r.nextInt(LONG_SPECIAL.length)];
            case 2: return r.nextInt(41) - 20;
            default: return r.nextLong();
        }
    }

    public static Arbitrary<Integer> intValue() { return Arbitraries.randomValue(ExprGen::intValue); }
    public static Arbitrary<Long> longValue() { return Arbitraries.randomValue(ExprGen::longValue); }

    /** An index drawn with the given weights. */
    static int pick(Random r, int... weights) {
        int total = 0;
        for (int w : weights) total += w;
        int x = r.nextInt(total);
        for (int i = 0; ; i++) {
            x -= weights[i];
            if (x < 0) return i;
        }
    }

    static <T> T one(Random r, T[] choices) { return choices[r.nextInt(choices.length)]; }

}

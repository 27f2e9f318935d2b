package ostooc.frontend.attr;

import ostooc.frontend.model.ClassSym;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.MethodSym;
import ostooc.frontend.tree.Expr;
import ostooc.frontend.tree.Pos;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * javac's error when no candidate of a call is applicable in any of JLS 15.12.2's phases (Resolve's
 * InapplicableSymbol(s)Error with its default compact diagnostics). Each candidate gets the reason of the last
 * phase that tried it (a fixed-arity method: phase 2, loose; a varargs one: phase 3): the arity, or the first
 * argument that does not convert ({@code argument mismatch}, or {@code varargs mismatch} for one of the trailing
 * arguments). The candidates whose arity fits are kept (all of them when none does); then
 * <ul>
 * <li>one left, an argument mismatch: {@code incompatible types: long cannot be converted to Integer} at that argument;
 * <li>one left, otherwise: {@code method m in class C cannot be applied to given types;} with its required and found
 *     types and the reason;
 * <li>more: {@code no suitable method found for m(long)} and each candidate with its reason, in declaration order.
 * </ul>
 * Classes are named by their simple names, as javac does ({@code method C1.m(Byte)}, {@code in class C1}).
 * Assumes {@code candidates} are in declaration order and that none is applicable. Reports exactly one error.
 */
final class Inapplicable {
    private Inapplicable() { }

    /** Why {@code m} does not apply: null for an arity mismatch, else the argument's index and javac's text. */
    private record Reason(int arg, String text) { }

    static void report(AttrContext ctx, Pos p, String name, ClassSym cls, List<MethodSym> candidates, List<Expr> args) {
        boolean ctor = name.equals("<init>");
        List<MethodSym> kept = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        for (MethodSym m : candidates) if (reason(ctx, m, args) != null) kept.add(m);
        if (kept.isEmpty()) kept.addAll(candidates);
        for (MethodSym m : kept) reasons.add(reason(ctx, m, args));
        if (kept.size() == 1) {
            MethodSym m = kept.get(0);
            Reason r = reasons.get(0);
            if (r != null && r.text.startsWith("argument mismatch; ")) {
                ctx.error(args.get(r.arg).pos(), "incompatible types: " + r.text.substring("argument mismatch; ".length()));
                return;
            }
            ctx.error(p, (ctor ? "constructor " + cls.simpleName : "method " + name) + " in class " + cls.simpleName + " cannot be applied to given types;\n  required: "
                    + (m.params.isEmpty() ? "no arguments" : m.params.stream().map(JType::javaName).collect(Collectors.joining(","))) + "\n  found:    "
                    + argNames(args) + "\n  reason: " + text(r));
            return;
        }
        StringBuilder sb = new StringBuilder("no suitable " + (ctor ? "constructor" : "method") + " found for " + (ctor ? cls.simpleName : name) + "(" + argNames(args) + ")");
        for (int k = 0; k < kept.size(); k++) {
            MethodSym m = kept.get(k);
            sb.append("\n    ").append(ctor ? "constructor " : "method ").append(cls.simpleName).append('.').append(ctor ? cls.simpleName : name)
                    .append('(').append(m.javaParams()).append(") is not applicable\n      (").append(text(reasons.get(k))).append(')');
        }
        ctx.error(p, sb.toString());
    }

    private static String text(Reason r) { return r == null ? "actual and formal argument lists differ in length" : r.text; }

    /**
     * The reason of the last phase that tried {@code m}: phase 3 for a varargs method, else phase 2. In javac's order
     * (Resolve.argumentsAcceptable): a fixed-arity method's arity first; a varargs method's fixed arguments first, then
     * its arity, then the trailing arguments.
     */
    private static Reason reason(AttrContext ctx, MethodSym m, List<Expr> args) {
        int n = args.size(), last = m.params.size() - 1;
        if (!m.isVarargs && n != m.params.size()) return null;
        for (int i = 0; i < n; i++) {
            boolean trailing = m.isVarargs && i >= last;
            JType to = trailing ? ((JType.Array) m.params.get(last)).element() : m.params.get(i), from = args.get(i).type();
            if (!ctx.boxing.isLoose(from, to)) return new Reason(i, (trailing ? "varargs mismatch; " : "argument mismatch; ") + detail(from, to));
        }
        if (n < last) return null;
        throw new IllegalStateException(m + " is applicable");
    }

    private static String detail(JType from, JType to) {
        return JType.isNumeric(from) && JType.isNumeric(to) ? "possible lossy conversion from " + from.javaName() + " to " + to.javaName()
                : from.javaName() + " cannot be converted to " + to.javaName();
    }

    static String argNames(List<Expr> args) {
        return args.isEmpty() ? "no arguments" : args.stream().map(a -> a.type().javaName()).collect(Collectors.joining(","));
    }
}

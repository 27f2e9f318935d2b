package ostooc.frontend.attr;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import ostooc.frontend.model.ClassSym;
import ostooc.frontend.model.ConstValue;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.MethodSym;
import ostooc.frontend.tree.Expr;
import ostooc.frontend.tree.Pos;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Method invocations (JLS 15.12): finds the candidates, picks the most specific applicable one (phase 1:
 * no boxing, no varargs) and converts the arguments. Java built-ins map to shim methods here:
 * {@code System.out.println(x)} is {@code Console.println(1, x)}, {@code System.exit(n)} is
 * {@code Console.exit(n)}, {@code s.length()} is {@code Strings.length(s)}; array library calls see
 * {@link ArrayLibraryCalls}.
 */
final class CallAttributor {
    private final ExprAttributor exprs;
    private final AttrContext ctx;

    CallAttributor(ExprAttributor exprs) { this.exprs = exprs; this.ctx = exprs.ctx; }

    // MethodInvocation: [TypeName .] Identifier ( [ArgumentList] )
    Expr call(MethodCallExpr m, MethodEnv env) {
        Pos p = exprs.pos(env, m);
        String name = m.getNameAsString();
        if (m.getTypeArguments().isPresent()) { ctx.error(p, "unsupported: generics"); return null; }
        List<Expr> args = new ArrayList<>();
        boolean failed = false;
        for (Expression a : m.getArguments()) {
            Expr x = exprs.attribute(a, env);
            failed |= x == null;
            args.add(x);
        }
        if (failed) return null;
        Expression scope = m.getScope().orElse(null);
        if (scope == null) {
            for (ClassSym c = env.cls(); c != null; c = c.outer)
                if (!c.methodsNamed(name).isEmpty()) return resolve(p, name, c, args, env);
            return notFound(p, name, args, env.cls());
        }
        int fd = systemStream(scope, env);
        if (fd != 0 && (name.equals("print") || name.equals("println"))) {
            if (args.size() == 1 && args.get(0).type() instanceof JType.Array) { ctx.error(p, "unsupported: printing an array"); return null; }
            args.add(0, new Expr.Const(p, JType.Prim.INT, new ConstValue.Int(fd)));
            return shimCall(p, AttrContext.CONSOLE, name, args, env);
        }
        if (isSystem(scope, env) && name.equals("exit")) return shimCall(p, AttrContext.CONSOLE, "exit", args, env);
        if (isSystem(scope, env) && name.equals("arraycopy")) return shimCall(p, ArrayLibraryCalls.ARRAY_COPY, name, args, env);
        if (ArrayLibraryCalls.isJavaUtilArrays(scope, exprs, env)) return shimCall(p, ArrayLibraryCalls.ARRAYS, name, args, env);
        ClassSym cls = exprs.classNamed(scope, env);
        if (cls != null) return resolve(p, name, cls, args, env);
        Expr receiver = exprs.attribute(scope, env);
        if (receiver == null) return null;
        if (receiver.type() instanceof JType.Array && name.equals("clone") && args.isEmpty()) return exprs.arrays.cloneOf(p, receiver);
        if (JType.isString(receiver.type()) && (name.equals("length") || name.equals("charAt") || name.equals("toCharArray"))) {
            args.add(0, receiver);
            return shimCall(p, AttrContext.STRINGS, name, args, env);
        }
        ctx.error(p, "unsupported: instance methods");
        return null;
    }

    /** 1 for {@code System.out}, 2 for {@code System.err}, else 0. */
    private int systemStream(Expression scope, MethodEnv env) {
        if (!(scope instanceof FieldAccessExpr f) || !isSystem(f.getScope(), env)) return 0;
        return switch (f.getNameAsString()) { case "out" -> 1; case "err" -> 2; default -> 0; };
    }

    private boolean isSystem(Expression e, MethodEnv env) {
        String s = e.toString();
        return (s.equals("System") && exprs.classNamed(e, env) == null) || s.equals("java.lang.System");
    }

    private Expr shimCall(Pos p, String clsName, String name, List<Expr> args, MethodEnv env) {
        ClassSym cls = ctx.shim(clsName);
        if (cls == null) return notFound(p, name, args, null);
        return resolve(p, name, cls, args, env);
    }

    /** Overload resolution among {@code cls}'s methods named {@code name}. */
    private Expr resolve(Pos p, String name, ClassSym cls, List<Expr> args, MethodEnv env) {
        List<MethodSym> candidates = cls.methodsNamed(name);
        if (candidates.isEmpty()) return notFound(p, name, args, cls);
        List<MethodSym> applicable = new ArrayList<>();
        for (MethodSym m : candidates) if (applicable(m, args)) applicable.add(m);
        if (applicable.isEmpty()) {
            if (candidates.size() == 1) {
                MethodSym m = candidates.get(0);
                ctx.error(p, "method " + name + " in class " + cls.javaName() + " cannot be applied to given types;\n  required: "
                        + (m.params.isEmpty() ? "no arguments" : names(m.params)) + "\n  found:    " + argNames(args));
            } else {
                ctx.error(p, "no suitable method found for " + name + "(" + argNames(args) + ")");
            }
            return null;
        }
        MethodSym best = mostSpecific(applicable);
        if (best == null) {
            ctx.error(p, "reference to " + name + " is ambiguous");
            return null;
        }
        if (best.owner.binaryName.equals("ostoo.rt.asm.Asm") && (env.method() == null || !env.method().annotations.naked())) {
            ctx.error(p, "Asm instructions are only allowed in @Naked methods");
            return null;
        }
        List<Expr> converted = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) converted.add(Conversions.convert(args.get(i), best.params.get(i)));
        return new Expr.Call(p, best.result, best, converted);
    }

    private static boolean applicable(MethodSym m, List<Expr> args) {
        if (m.params.size() != args.size()) return false;
        for (int i = 0; i < args.size(); i++)
            if (!Conversions.isInvocationConvertible(args.get(i).type(), m.params.get(i))) return false;
        return true;
    }

    /** JLS 15.12.2.5: the one whose parameters all widen to every other's; null when ambiguous. */
    private static MethodSym mostSpecific(List<MethodSym> ms) {
        for (MethodSym m : ms) {
            boolean best = true;
            for (MethodSym o : ms) {
                if (o == m) continue;
                for (int i = 0; i < m.params.size() && best; i++)
                    if (!Conversions.isInvocationConvertible(m.params.get(i), o.params.get(i))) best = false;
            }
            if (best) return m;
        }
        return null;
    }

    private Expr notFound(Pos p, String name, List<Expr> args, ClassSym cls) {
        ctx.error(p, "cannot find symbol\n  symbol:   method " + name + "(" + argNames(args) + ")"
                + (cls == null ? "" : "\n  location: class " + cls.javaName()));
        return null;
    }

    private static String names(List<JType> ts) { return ts.stream().map(JType::javaName).collect(Collectors.joining(",")); }

    private static String argNames(List<Expr> args) { return names(args.stream().map(Expr::type).toList()); }
}

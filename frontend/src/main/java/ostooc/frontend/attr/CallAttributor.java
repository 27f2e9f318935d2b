package ostooc.frontend.attr;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import ostooc.frontend.model.ClassLookup;
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
 * strict, phase 2: loose, with boxing and unboxing, phase 3: variable arity), reporting javac's errors when none
 * applies ({@link Inapplicable}) or several are equally specific, and converts the arguments. Every JDK class is a
 * class of the model (the registry, {@code ostoo.rt.annotation.JdkClass}) except String, whose methods follow the
 * table of {@link LibraryCalls}; {@code System.out.println(x)} is a direct {@code Console.println(1, x)} (see
 * {@link #systemStream}).
 */
final class CallAttributor {
    private final ExprAttributor exprs;
    private final AttrContext ctx;

    CallAttributor(ExprAttributor exprs) { this.exprs = exprs; this.ctx = exprs.ctx; }

    // MethodInvocation: [TypeName .] Identifier ( [ArgumentList] ), marked at its '(' (see Expr.InstanceCall)
    Expr call(MethodCallExpr m, MethodEnv env) {
        Expr call = unmarked(m, env);
        Pos mark = exprs.mark(env, m);
        if (call instanceof Expr.Call c) return new Expr.Call(c.pos(), c.type(), c.method(), c.args(), mark);
        if (call instanceof Expr.InstanceCall c) return new Expr.InstanceCall(c.pos(), c.type(), c.method(), c.receiver(), c.args(), c.virtual(), mark);
        if (call instanceof Expr.ArrayClone c) return new Expr.ArrayClone(mark, c.type(), c.array());   // its only check is the invoke's
        return call;
    }

    private Expr unmarked(MethodCallExpr m, MethodEnv env) {
        Pos p = exprs.pos(env, m);
        String name = m.getNameAsString();
        if (m.getTypeArguments().isPresent()) { ctx.error(p, "unsupported: generics"); return null; }
        List<Expr> args = ObjectAttributor.attributeAll(exprs, m.getArguments(), env);
        if (args == null) return null;
        Expression scope = m.getScope().orElse(null);
        if (scope == null) {
            for (ClassSym c = env.cls(); c != null; c = c.outer) {
                List<MethodSym> candidates = ObjectAttributor.methods(c, name);
                if (!candidates.isEmpty()) {
                    if (c == env.cls()) return invoke(p, name, c, candidates, null, false, args, env);
                    return enclosingInvoke(p, name, c, candidates, args, env);
                }
            }
            return notFound(p, name, args, env.cls());
        }
        if (scope instanceof SuperExpr sup && sup.getTypeName().isPresent()) return interfaceSuperCall(p, sup, name, args, env);
        if (scope instanceof SuperExpr) return superCall(p, name, args, env);
        int fd = systemStream(scope, env);
        if (fd != 0 && (name.equals("print") || name.equals("println"))) {
            args.add(0, new Expr.Const(p, JType.Prim.INT, new ConstValue.Int(fd)));
            return shimCall(p, AttrContext.CONSOLE, name, args, env);
        }
        if (isLibraryClass(scope, env)) return library(p, scope.toString(), false, name, args, env);
        ClassSym cls = exprs.classNamed(scope, env);
        if (cls != null) return invoke(p, name, cls, ObjectAttributor.methods(cls, name), null, true, args, env);
        Expr receiver = exprs.attribute(scope, env);
        if (receiver == null) return null;
        if (receiver.type() instanceof JType.Array && name.equals("clone") && args.isEmpty()) return exprs.arrays.cloneOf(p, receiver);
        if (receiver.type() instanceof JType.Array) {   // an array's other members are Object's (JLS 10.7)
            ClassSym object = ctx.model.byBinaryName(JType.OBJECT_NAME);
            return invoke(p, name, object, ObjectAttributor.methods(object, name), receiver, false, args, env);
        }
        if (JType.isString(receiver.type()) && LibraryCalls.candidates(ctx, "String", true, name).isEmpty()
                && !ObjectAttributor.methods(ctx.model.byBinaryName(JType.OBJECT_NAME), name).isEmpty()) {   // s.getClass(): Object's
            ClassSym object = ctx.model.byBinaryName(JType.OBJECT_NAME);
            return invoke(p, name, object, ObjectAttributor.methods(object, name), receiver, false, args, env);
        }
        if (JType.isString(receiver.type())) {
            args.add(0, receiver);
            return library(p, "String", true, name, args, env);
        }
        if (receiver.type() instanceof JType.Ref r && r.cls() != null)
            return invoke(p, name, r.cls(), ObjectAttributor.methods(r.cls(), name), receiver, false, args, env);
        if (receiver.type() instanceof JType.Intersection it) return intersectionCall(p, name, it, receiver, args, env);
        ctx.error(p, receiver.type() instanceof JType.Prim ? receiver.type().javaName() + " cannot be dereferenced"
                : "unsupported: method " + name + " of " + receiver.type().javaName());
        return null;
    }

    /**
     * {@code x.m(args)} on a value of an intersection type (a lub, JLS 4.9): its members are those of its
     * components, the class's first (so a concrete method beats an interface's of the same signature, JLS
     * 15.12.2.5). The receiver is converted to the component that has the chosen method (javac's checkcast;
     * a no-op here, the value being one), and the call is made as through that type.
     */
    private Expr intersectionCall(Pos p, String name, JType.Intersection it, Expr receiver, List<Expr> args, MethodEnv env) {
        List<MethodSym> candidates = new ArrayList<>();
        for (JType.Ref c : it.components())
            for (MethodSym m : ObjectAttributor.methods(c.cls(), name))
                if (candidates.stream().noneMatch(k -> k.params.equals(m.params))) candidates.add(m);
        ClassSym first = it.components().get(0).cls();
        if (candidates.isEmpty()) return notFound(p, name, args, first);
        MethodSym m = select(p, name, first, candidates, args, env);
        if (m == null) return null;
        for (JType.Ref c : it.components())
            if (ObjectAttributor.methods(c.cls(), name).contains(m))
                return invoke(p, name, c.cls(), List.of(m), m.isStatic ? receiver : Conversions.convert(receiver, c), false, args, env);
        throw new IllegalStateException(m + " is in no component of " + it);
    }

    /**
     * A call of a member of {@code cls}: static (an {@link Expr.Call}) or instance (an
     * {@link Expr.InstanceCall} on {@code receiver}, or on {@code this} when it is null), virtual unless
     * the method is private, final, or of a final class. {@code staticContext}: named through a type.
     */
    private Expr invoke(Pos p, String name, ClassSym cls, List<MethodSym> candidates, Expr receiver, boolean staticContext,
                        List<Expr> args, MethodEnv env) {
        if (candidates.isEmpty()) return notFound(p, name, args, cls);
        MethodSym m = select(p, name, cls, candidates, args, env);
        if (m == null) return null;
        List<Expr> converted = convertArgs(p, args, m);
        if (m.isStatic) {
            if (receiver != null && !(receiver instanceof Expr.Local)) { ctx.error(p, "unsupported: a static method through an instance expression"); return null; }
            return new Expr.Call(p, m.result, m, converted, null);
        }
        if (receiver == null) {
            if (staticContext) { ctx.error(p, "non-static method " + m.javaSignature() + " cannot be referenced from a static context"); return null; }
            receiver = exprs.objects.thisRef(p, env, "method " + m.javaSignature());
            if (receiver == null) return null;
        }
        return new Expr.InstanceCall(p, m.result, m, receiver, converted, m.isVirtual(), null);
    }

    // m(args) naming a method of an enclosing class `c`: static, or an instance method on this.this$0...
    private Expr enclosingInvoke(Pos p, String name, ClassSym c, List<MethodSym> candidates, List<Expr> args, MethodEnv env) {
        MethodSym m = select(p, name, c, candidates, args, env);
        if (m == null) return null;
        if (m.isStatic) return new Expr.Call(p, m.result, m, convertArgs(p, args, m), null);
        Expr receiver = exprs.objects.enclosing(c, p, env, "method " + m.javaSignature());
        if (receiver == null) return null;
        return new Expr.InstanceCall(p, m.result, m, receiver, convertArgs(p, args, m), m.isVirtual(), null);
    }

    // super.m(args): the superclass's method, called directly (never through the vtable)
    private Expr superCall(Pos p, String name, List<Expr> args, MethodEnv env) {
        Expr self = exprs.objects.thisRef(p, env, "variable super");
        if (self == null) return null;
        ClassSym sup = env.cls().superclass;
        List<MethodSym> candidates = sup == null ? List.of() : ObjectAttributor.methods(sup, name);
        if (candidates.isEmpty()) return notFound(p, name, args, sup);
        MethodSym m = select(p, name, sup, candidates, args, env);
        if (m == null) return null;
        if (m.isAbstract) { ctx.error(p, "abstract method " + m.javaSignature() + " in class " + m.owner.javaName() + " cannot be accessed directly"); return null; }
        if (m.isStatic) return new Expr.Call(p, m.result, m, convertArgs(p, args, m), null);
        return new Expr.InstanceCall(p, m.result, m, self, convertArgs(p, args, m), false, null);
    }

    // I.super.m(args) (JLS 15.12.1): the default method of direct superinterface I, called directly
    private Expr interfaceSuperCall(Pos p, SuperExpr sup, String name, List<Expr> args, MethodEnv env) {
        ClassSym i = exprs.classNamed(new NameExpr(sup.getTypeName().get().toString()), env);
        if (i == null || !i.isInterface || !env.cls().interfaces.contains(i)) { ctx.error(p, "unsupported: " + sup + " other than a direct superinterface"); return null; }
        Expr self = exprs.objects.thisRef(p, env, "variable super");
        if (self == null) return null;
        List<MethodSym> candidates = ObjectAttributor.methods(i, name);
        if (candidates.isEmpty()) return notFound(p, name, args, i);
        MethodSym m = select(p, name, i, candidates, args, env);
        if (m == null) return null;
        if (m.isAbstract) { ctx.error(p, "abstract method " + m.javaSignature() + " in " + m.owner.javaName() + " cannot be accessed directly"); return null; }
        return new Expr.InstanceCall(p, m.result, m, self, convertArgs(p, args, m), false, null);
    }

    /**
     * Arguments converted to the parameter types of {@code m}. A variable arity invocation (JLS 15.12.4.2: {@code m} is
     * variable arity and not applicable by fixed arity) passes its trailing arguments as a new array.
     */
    List<Expr> convertArgs(Pos p, List<Expr> args, MethodSym m) {
        int last = m.params.size() - 1;
        boolean fixedArity = !m.isVarargs || args.size() == m.params.size() && ctx.boxing.isLoose(args.get(last).type(), m.params.get(last));
        List<Expr> converted = new ArrayList<>();
        for (int i = 0; i < (fixedArity ? args.size() : last); i++) converted.add(ctx.boxing.convertLoose(args.get(i), m.params.get(i)));
        if (fixedArity) return converted;
        JType.Array array = (JType.Array) m.params.get(last);
        List<Expr> elements = new ArrayList<>();
        for (Expr a : args.subList(last, args.size())) elements.add(ctx.boxing.convertLoose(a, array.element()));
        converted.add(new Expr.ArrayLiteral(p, array, elements));
        return converted;
    }

    /**
     * 1 for {@code System.out}, 2 for {@code System.err}, else 0: {@code System.out.println(x)} is a direct print on the
     * file descriptor, which is what the registry's {@code PrintStream} does, without initialising {@code System} (and
     * creating its two streams) in every program that prints.
     */
    private int systemStream(Expression scope, MethodEnv env) {
        if (!(scope instanceof FieldAccessExpr f) || !isSystem(f.getScope(), env)) return 0;
        return switch (f.getNameAsString()) { case "out" -> 1; case "err" -> 2; default -> 0; };
    }

    /** Whether {@code e} names java.lang.System (the registry's class, not a class of the program of that name). */
    private boolean isSystem(Expression e, MethodEnv env) {
        ClassSym c = exprs.classNamed(e, env);
        return c != null ? "java.lang.System".equals(c.jdkName) : e.toString().equals("System") || e.toString().equals("java.lang.System");
    }

    /** {@code Integer.parseInt(...)} and friends: a java.lang class of {@link LibraryCalls}' table, not hidden by a variable or a class of the program. */
    private boolean isLibraryClass(Expression scope, MethodEnv env) {
        if (!(scope instanceof NameExpr) && !(scope instanceof FieldAccessExpr)) return false;
        if (!LibraryCalls.hasStatic(scope.toString(), "")) return false;
        return exprs.classNamed(scope, env) == null && !(scope instanceof NameExpr n && env.scope().lookup(n.getNameAsString()) != null);
    }

    /** A call mapped by {@link LibraryCalls} (the receiver of an instance call is {@code args}' first); unsupported when the table lacks it. */
    private Expr library(Pos p, String cls, boolean instance, String name, List<Expr> args, MethodEnv env) {
        List<MethodSym> candidates = LibraryCalls.candidates(ctx, cls, instance, name);
        if (candidates.isEmpty()) {
            String owner = instance ? "String" : cls;
            if (!JdkMembers.hasMethod(owner, name)) {   // javac's message: no such method in the JDK either
                List<Expr> params = instance ? args.subList(1, args.size()) : args;
                ctx.error(p, "cannot find symbol\n  symbol:   method " + name + "(" + argNames(params) + ")\n  location: class " + owner);
                return null;
            }
            ctx.error(p, "unsupported: " + (instance ? "method " + name + " of String" : cls + "." + name));
            return null;
        }
        MethodSym best = select(p, name, candidates.get(0).owner, candidates, args, env);
        if (best == null) return null;
        List<Expr> converted = convertArgs(p, args, best);
        if (instance && !(converted.get(0) instanceof Expr.Const)) {   // s.m(...) on null: NullPointerException, as on the JVM
            List<Expr> checked = new ArrayList<>(converted);
            checked.set(0, new Expr.NonNull(p, converted.get(0).type(), converted.get(0)));
            converted = checked;
        }
        return new Expr.Call(p, best.result, best, converted, null);
    }

    private Expr shimCall(Pos p, String clsName, String name, List<Expr> args, MethodEnv env) {
        ClassSym cls = ctx.shim(clsName);
        if (cls == null) return notFound(p, name, args, null);
        return resolve(p, name, cls, args, env);
    }

    /** Overload resolution among {@code cls}'s static methods named {@code name} (the shim's). */
    private Expr resolve(Pos p, String name, ClassSym cls, List<Expr> args, MethodEnv env) {
        if (cls.methodsNamed(name).isEmpty()) return notFound(p, name, args, cls);
        MethodSym best = select(p, name, cls, cls.methodsNamed(name), args, env);
        return best == null ? null : new Expr.Call(p, best.result, best, convertArgs(p, args, best), null);
    }

    /** JLS 15.12.2 among {@code candidates} (methods, or constructors when {@code name} is {@code <init>}); null after an error. */
    MethodSym select(Pos p, String name, ClassSym cls, List<MethodSym> candidates, List<Expr> args, MethodEnv env) {
        boolean ctor = name.equals("<init>");
        List<MethodSym> applicable = new ArrayList<>();
        for (MethodSym m : candidates) if (applicable(m, args, false)) applicable.add(m);   // phase 1: strict (JLS 15.12.2.2)
        if (applicable.isEmpty())
            for (MethodSym m : candidates) if (applicable(m, args, true)) applicable.add(m);   // phase 2: loose, with boxing (15.12.2.3)
        boolean variableArity = applicable.isEmpty();
        if (variableArity)
            for (MethodSym m : candidates) if (m.isVarargs && variableArityApplicable(m, args)) applicable.add(m);   // phase 3 (15.12.2.4)
        if (applicable.isEmpty()) {
            if (cls.jdkName != null && JdkMembers.hasMethod(cls.jdkName, name, args.size())) {   // the JDK has an overload the library lacks
                ctx.error(p, ClassLookup.notInLibrary((ctor ? "new " + cls.javaName() : cls.javaName() + "." + name) + "(" + argNames(args) + ")"));
                return null;
            }
            if (cls.jdkName == null && cls.isLibrary() && !cls.isObject()) {   // the shim routines behind String methods, println, ...: internal parameters
                ctx.error(p, "no suitable " + (ctor ? "constructor" : "method") + " found for " + name + "(" + argNames(args) + ")");
                return null;
            }
            Inapplicable.report(ctx, p, name, cls, candidates, args);
            return null;
        }
        List<MethodSym> best = mostSpecific(applicable, variableArity ? args.size() : -1);
        if (best.size() > 1) {   // javac names the first two methods it found ambiguous, in this order
            String what = ctor ? "constructor " + cls.simpleName : "method " + name;
            ctx.error(p, "reference to " + (ctor ? cls.simpleName : name) + " is ambiguous\n  both " + what + "(" + best.get(0).javaParams() + ") in " + best.get(0).owner.simpleName
                    + " and " + what + "(" + best.get(1).javaParams() + ") in " + best.get(1).owner.simpleName + " match");
            return null;
        }
        return checked(p, best.get(0), env);
    }

    private MethodSym checked(Pos p, MethodSym best, MethodEnv env) {
        if (best.owner.binaryName.equals("ostoo.rt.asm.Asm") && (env.method() == null || !env.method().annotations.naked())) {
            ctx.error(p, "Asm instructions are only allowed in @Naked methods");
            return null;
        }
        return best;
    }

    private boolean applicable(MethodSym m, List<Expr> args, boolean loose) {
        if (m.params.size() != args.size()) return false;
        for (int i = 0; i < args.size(); i++) {
            JType from = args.get(i).type(), to = m.params.get(i);
            if (!(loose ? ctx.boxing.isLoose(from, to) : Conversions.isInvocationConvertible(from, to))) return false;
        }
        return true;
    }

    /** Phase 3: the first n-1 arguments convert loosely to the fixed parameters, every other one to the element type of the last. */
    private boolean variableArityApplicable(MethodSym m, List<Expr> args) {
        int fixed = m.params.size() - 1;
        if (args.size() < fixed) return false;
        for (int i = 0; i < args.size(); i++)
            if (!ctx.boxing.isLoose(args.get(i).type(), parameter(m, i, args.size()))) return false;
        return true;
    }

    /** The type the {@code i}-th of {@code n} arguments converts to: with {@code n >= 0} a variable arity call's expansion (JLS 15.12.2.4). */
    private static JType parameter(MethodSym m, int i, int n) {
        int last = m.params.size() - 1;
        return n >= 0 && i >= last ? ((JType.Array) m.params.get(last)).element() : m.params.get(i);
    }

    /**
     * JLS 15.12.2.5 as javac's Resolve.mostSpecific computes it: the one whose parameter types are each more specific
     * than every other's, else the ambiguous ones, the pair javac names first. javac meets the candidates in reverse
     * declaration order (its scopes list the newest entry first), keeps the best so far or a set of ambiguous ones
     * (a new method joins it unless it is more specific than all of them, which makes it the best, or they are all
     * more specific than it), and names the set's last two entries, newest first.
     * {@code arity}: in phase 3, the number of arguments, each variable arity method's parameters expanded to it.
     * Parameter types compare by subtyping only, in every phase (javac's MostSpecificCheckContext is strict): no boxing,
     * so {@code m(Byte, int...)} and {@code m(double, Integer...)} are ambiguous for {@code m(aByte, 1, 2)}.
     */
    private static List<MethodSym> mostSpecific(List<MethodSym> ms, int arity) {
        List<MethodSym> ambiguous = new ArrayList<>();   // javac's AmbiguityError.ambiguousSyms, in its order
        MethodSym best = null;
        for (int k = ms.size() - 1; k >= 0; k--) {
            MethodSym m = ms.get(k);
            if (best == null && ambiguous.isEmpty()) { best = m; continue; }
            if (best != null) {
                boolean mMore = moreSpecific(m, best, arity), bestMore = moreSpecific(best, m, arity);
                if (mMore && !bestMore) best = m;
                else if (!bestMore || mMore) { ambiguous.add(best); ambiguous.add(m); best = null; }
                continue;
            }
            boolean mMoreThanAll = true, allMoreThanM = true;
            for (MethodSym s : ambiguous) {
                boolean mMore = moreSpecific(m, s, arity), sMore = moreSpecific(s, m, arity);
                mMoreThanAll &= mMore && !sMore;
                allMoreThanM &= sMore && !mMore;
            }
            if (mMoreThanAll) { best = m; ambiguous.clear(); }
            else if (!allMoreThanM) ambiguous.add(0, m);
        }
        if (best != null) return List.of(best);
        return List.of(ambiguous.get(ambiguous.size() - 1), ambiguous.get(ambiguous.size() - 2));
    }

    /** {@code m}'s parameter types are each more specific than {@code o}'s for the call (JLS 15.12.2.5; javac's MostSpecificCheck). */
    private static boolean moreSpecific(MethodSym m, MethodSym o, int arity) {
        int n = arity >= 0 ? Math.max(arity, Math.max(m.params.size(), o.params.size())) : m.params.size();
        for (int i = 0; i < n; i++) {
            JType s = parameter(m, i, arity), t = parameter(o, i, arity);
            if (!Conversions.isInvocationConvertible(s, t)) return false;
        }
        return true;
    }

    private Expr notFound(Pos p, String name, List<Expr> args, ClassSym cls) {
        if (cls != null && cls.jdkName != null && JdkMembers.hasMethod(cls.jdkName, name, args.size())) {
            ctx.error(p, ClassLookup.notInLibrary(cls.javaName() + "." + name + "(" + argNames(args) + ")"));
            return null;
        }
        ctx.error(p, "cannot find symbol\n  symbol:   method " + name + "(" + argNames(args) + ")"
                + (cls == null ? "" : "\n  location: class " + cls.javaName()));
        return null;
    }

    private static String names(List<JType> ts) { return ts.stream().map(JType::javaName).collect(Collectors.joining(",")); }

    private static String argNames(List<Expr> args) { return names(args.stream().map(Expr::type).toList()); }
}

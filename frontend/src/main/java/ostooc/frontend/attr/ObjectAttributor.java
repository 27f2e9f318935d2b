package ostooc.frontend.attr;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import ostooc.frontend.model.ClassLayout;
import ostooc.frontend.model.ClassSym;
import ostooc.frontend.model.InterfaceModel;
import ostooc.frontend.model.FieldSym;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.MethodSym;
import ostooc.frontend.model.TypeResolver;
import ostooc.frontend.parse.Positions;
import ostooc.frontend.tree.Expr;
import ostooc.frontend.tree.LocalVar;
import ostooc.frontend.tree.Pos;

import java.util.ArrayList;
import java.util.List;

/**
 * Issue 3's expressions: {@code this}, instance fields ({@code o.f}, {@code this.f}, plain {@code f}),
 * {@code new}, {@code instanceof} (with a pattern variable), and member lookup through the superclass
 * chain. Calls are in {@link CallAttributor}, casts and {@code ==} in {@link OperatorAttributor}.
 */
final class ObjectAttributor {
    private final ExprAttributor exprs;
    private final AttrContext ctx;

    ObjectAttributor(ExprAttributor exprs) { this.exprs = exprs; this.ctx = exprs.ctx; }

    /** The field {@code name} of {@code c} or its nearest superclass that declares one (JLS 8.3: hiding). */
    static FieldSym findField(ClassSym c, String name) {
        for (ClassSym k = c; k != null; k = k.superclass) {
            FieldSym f = k.fields.get(name);
            if (f != null) return f;
        }
        for (ClassSym i : c.allInterfaces()) {   // interface constants (JLS 9.3)
            FieldSym f = i.fields.get(name);
            if (f != null) return f;
        }
        return null;
    }

    /** Methods named {@code name} that are members of {@code c}: its own, then inherited ones it does not override. */
    static List<MethodSym> methods(ClassSym c, String name) {
        List<MethodSym> all = new ArrayList<>();
        for (ClassSym k = c; k != null; k = k.superclass) addAll(all, k.methodsNamed(name));
        if (c.isInterface) {   // an interface's members: its own and Object's (its model superclass, JLS 9.2), its superinterfaces'
            addAll(all, InterfaceModel.itable(c).stream().filter(m -> m.name.equals(name)).toList());
        } else if (!c.allInterfaces().isEmpty()) {   // inherited defaults and abstract methods: the vtable holds the most specific
            addAll(all, ClassLayout.of(c).vtable.stream().filter(m -> m.name.equals(name) && m.owner.isInterface).toList());
        }
        return all;
    }

    private static void addAll(List<MethodSym> all, List<MethodSym> ms) {
        next:
        for (MethodSym m : ms) {
            for (MethodSym seen : all) if (seen.params.equals(m.params)) continue next;
            all.add(m);
        }
    }


    /** {@code this} as an expression; null after reporting that the context is static. */
    Expr thisRef(Pos p, MethodEnv env, String what) {
        LocalVar self = env.scope().lookup("this");
        if (self == null) {
            ctx.error(p, "non-static " + what + " cannot be referenced from a static context");
            return null;
        }
        return new Expr.Local(p, self.type, self);
    }

    /**
     * The innermost instance of {@code want} (or a subclass) reachable from {@code this}: {@code this},
     * then {@code this.this$0}, {@code this.this$0.this$0}, ... through enclosing inner classes (JLS 15.8.4).
     * Null after reporting that there is none ("non-static {@code what} cannot be referenced from a static context").
     */
    Expr enclosing(ClassSym want, Pos p, MethodEnv env, String what) {
        ClassSym c = env.cls();
        if (!c.isSubclassOf(want) && !hasEnclosing(c, want)) {
            ctx.error(p, "non-static " + what + " cannot be referenced from a static context");
            return null;
        }
        Expr e = thisRef(p, env, what);
        while (e != null && !c.isSubclassOf(want)) {
            FieldSym outer = c.outerThis();
            e = new Expr.InstanceField(p, outer.type, e, outer);
            c = c.outer;
        }
        return e;
    }

    private static boolean hasEnclosing(ClassSym c, ClassSym want) {
        for (; c.isInner; c = c.outer) if (c.outer.isSubclassOf(want)) return true;
        return false;
    }

    // this | TypeName . this
    Expr thisExpr(ThisExpr t, MethodEnv env) {
        Pos p = exprs.pos(env, t);
        if (t.getTypeName().isPresent()) {
            ClassSym c = ctx.lookup.resolve(t.getTypeName().get().asString(), env.cls());
            boolean lexical = false;
            for (ClassSym k = env.cls(); k != null; k = k.outer) lexical |= k == c;
            if (c == null || !lexical) { ctx.error(p, "not an enclosing class: " + t.getTypeName().get().asString()); return null; }
            return enclosing(c, p, env, "variable this");
        }
        return thisRef(p, env, "variable this");
    }

    // a plain name that is an instance field of class `where` (this class or an enclosing one): this.f, this.this$0.f, ...
    Expr implicitField(FieldSym f, ClassSym where, Pos p, MethodEnv env) {
        if (where != env.cls()) return receiverFor(f, enclosing(where, p, env, "variable " + f.name), p);
        if (!env.cls().isSubtypeOf(f.owner)) {
            ctx.error(p, "non-static variable " + f.name + " cannot be referenced from a static context");
            return null;
        }
        Expr self = thisRef(p, env, "variable " + f.name);
        return self == null ? null : new Expr.InstanceField(p, f.type, self, f);
    }

    private static Expr receiverFor(FieldSym f, Expr receiver, Pos p) {
        return receiver == null ? null : new Expr.InstanceField(p, f.type, receiver, f);
    }

    // Primary . Identifier
    Expr fieldOf(Expr receiver, String name, Pos p) {
        if (receiver.type() instanceof JType.Intersection it) {   // a lub's fields: its components', the class's first
            for (JType.Ref c : it.components()) {
                FieldSym f = findField(c.cls(), name);
                if (f != null && f.isStatic && receiver instanceof Expr.Local) return exprs.fieldUse(f, p);
                if (f != null) return fieldOf(Conversions.convert(receiver, c), name, p);
            }
            receiver = Conversions.convert(receiver, it.components().get(0));   // (reports cannot find symbol)
        }
        if (!(receiver.type() instanceof JType.Ref r) || r.cls() == null) {
            ctx.error(p, receiver.type() instanceof JType.Prim ? receiver.type().javaName() + " cannot be dereferenced"
                    : "unsupported: fields of " + receiver.type().javaName());
            return null;
        }
        FieldSym f = findField(r.cls(), name);
        if (f == null) {
            ctx.error(p, "cannot find symbol\n  symbol:   variable " + name + "\n  location: class " + r.cls().javaName());
            return null;
        }
        if (f.isStatic) {
            if (receiver instanceof Expr.Local) return exprs.fieldUse(f, p);   // no side effect to keep
            ctx.error(p, "unsupported: a static field through an instance expression");
            return null;
        }
        return new Expr.InstanceField(p, f.type, receiver, f);
    }

    /** A final instance field may be assigned only in its class's constructors and initializers. */
    static Expr assignableField(AttrContext ctx, Expr.InstanceField f, Pos p, MethodEnv env) {
        boolean inInit = env.cls() == f.field().owner && (env.method() == null || env.method().isConstructor);
        if (f.field().isFinal && !inInit) {
            ctx.error(p, "cannot assign a value to final variable " + f.field().name);
            return null;
        }
        return f;
    }

    // ClassLiteral: TypeName {[ ]} . class  =>  ClassOf.literal(<descriptor>); primitive types' and void's Class are not modelled
    Expr classLiteral(com.github.javaparser.ast.expr.ClassExpr c, MethodEnv env) {
        Pos p = exprs.pos(env, c);
        TypeResolver.Result t = ctx.types.resolve(c.getType(), env.cls(), false);
        if (t.error() != null) { ctx.error(Positions.start(env.file(), c.getType()), t.error()); return null; }
        ClassSym classOf = ctx.model.byBinaryName(ostooc.frontend.model.ProgramModel.CLASS_OF);
        boolean modelled = t.type() instanceof JType.Array || t.type() instanceof JType.Ref r && (r.cls() != null || JType.isString(r));
        if (classOf == null || !modelled || t.type() instanceof JType.Ref r2 && r2.cls() != null && r2.cls().isEnum) {
            ctx.error(p, "unsupported: the class literal " + t.type().javaName() + ".class");
            return null;
        }
        MethodSym literal = classOf.methodsNamed("literal").get(0);
        return new Expr.Call(p, literal.result, literal, List.of(new Expr.ClassDescriptor(p, JType.Prim.LONG, t.type())), null);
    }

    // ClassInstanceCreationExpression: [Primary .] new ClassType ( [ArgumentList] )   (anonymous bodies: parse.InnerClassDesugar)
    Expr newObject(ObjectCreationExpr n, MethodEnv env) {
        Pos p = exprs.pos(env, n);
        if (n.getAnonymousClassBody().isPresent()) { ctx.error(p, "unsupported: anonymous classes"); return null; }
        Expr qualifier = null;
        ClassSym resolveIn = env.cls();
        if (n.getScope().isPresent()) {   // outer.new Inner(args): Inner is a member of outer's class
            qualifier = exprs.attribute(n.getScope().get(), env);
            if (qualifier == null) return null;
            if (!(qualifier.type() instanceof JType.Ref qr) || qr.cls() == null) {
                ctx.error(p, "unexpected type\n  required: class\n  found:    " + qualifier.type().javaName());
                return null;
            }
            resolveIn = qr.cls();
        }
        TypeResolver.Result t = ctx.types.resolve(n.getType(), resolveIn, false);
        if (t.error() != null) { ctx.error(Positions.start(env.file(), n.getType()), t.error()); return null; }
        if (JType.isString(t.type())) {   // new String(char[] [, offset, count]): a shim factory
            List<Expr> args = attributeAll(exprs, n.getArguments(), env);
            return args == null ? null : LibraryCalls.newString(exprs.calls, ctx, p, args, env);
        }
        if (!(t.type() instanceof JType.Ref r) || r.cls() == null || r.cls().isEnum
                || r.cls().isLibrary() && r.cls().jdkName == null) {   // of the library, only the JDK's classes are for programs
            ctx.error(p, "unsupported: new " + t.type().javaName());
            return null;
        }
        ClassSym c = r.cls();
        if (c.enumConstants != null) { ctx.error(p, "enum types may not be instantiated"); return null; }
        if (qualifier != null && !c.isInner) { ctx.error(p, "qualified new of static class"); return null; }
        Expr outer = null;
        if (c.isInner) {   // the enclosing instance is the constructor's first argument
            outer = qualifier != null ? new Expr.NonNull(p, qualifier.type(), qualifier)   // (javac: Objects.requireNonNull(outer), before the arguments)
                    : enclosing(c.outer, p, env, "variable this");
            if (outer == null) return null;
        }
        List<Expr> args = attributeAll(exprs, n.getArguments(), env);
        if (args == null) return null;
        if (outer != null) args.add(0, outer);
        if (c.isAbstract) { ctx.error(p, c.javaName() + " is abstract; cannot be instantiated"); return null; }
        MethodSym ctor = exprs.calls.select(p, "<init>", c, c.constructors, args, env);
        if (ctor == null) return null;
        return new Expr.New(p, r, ctor, exprs.calls.convertArgs(p, args, ctor));
    }

    // RelationalExpression instanceof ReferenceType | Pattern   (Java 16)
    Expr instanceOf(InstanceOfExpr i, MethodEnv env) {
        Pos p = exprs.pos(env, i);
        Expr x = exprs.attribute(i.getExpression(), env);
        TypeResolver.Result t = ctx.types.resolve(i.getType(), env.cls(), false);
        if (t.error() != null) { ctx.error(Positions.start(env.file(), i.getType()), t.error()); return null; }
        if (x == null) return null;
        JType target = t.type();
        if (!JType.isNullable(target)) {
            ctx.error(Positions.start(env.file(), i.getType()), "unexpected type\n  required: class or array\n  found:    " + target.javaName());
            return null;
        }
        Pos operand = exprs.pos(env, i.getExpression());   // javac: the operand for both checks of its type
        if (!JType.isReference(x.type())) {
            ctx.error(operand, "unexpected type\n  required: reference\n  found:    " + x.type().javaName());
            return null;
        }
        if (!Conversions.isCastable(x.type(), target)) {   // JLS 15.20.2: a compile-time error if a cast would be
            ctx.error(operand, TypeNames.cannotConvert(x.type(), target));
            return null;
        }
        LocalVar binding = null;
        if (i.getPattern().isPresent()) {
            if (!(i.getPattern().get() instanceof TypePatternExpr pe)) { ctx.error(p, "unsupported: record patterns"); return null; }
            if (x.type() == JType.Null.NULL || Conversions.isSubtype(x.type(), target)) {   // Java 17 (JLS 15.20.2): a pattern that always matches is an error
                TypeNames n = new TypeNames();
                ctx.error(p, n.where("expression type " + n.of(x.type()) + " is a subtype of pattern type " + n.of(target)));
                return null;
            }
            binding = new LocalVar(pe.getNameAsString(), target, Positions.start(env.file(), pe.getName()), false);
            binding.isPattern = true;
            if (!env.scope().declarePattern(binding))
                ctx.error(binding.pos, "variable " + binding.name + " is already defined in " + env.ownerDescription());
        }
        return new Expr.InstanceOf(p, JType.Prim.BOOLEAN, x, target, binding);
    }

    /** The arguments of a call or {@code new}, attributed; null when one had an error. */
    static List<Expr> attributeAll(ExprAttributor exprs, List<Expression> args, MethodEnv env) {
        List<Expr> out = new ArrayList<>();
        boolean failed = false;
        for (Expression a : args) {
            Expr x = exprs.attribute(a, env);
            failed |= x == null;
            out.add(x);
        }
        return failed ? null : out;
    }
}

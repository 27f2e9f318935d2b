package ostooc.frontend.attr;

import com.github.javaparser.ast.expr.*;
import ostooc.frontend.model.ClassLookup;
import ostooc.frontend.model.ClassSym;
import ostooc.frontend.model.ConstValue;
import ostooc.frontend.model.FieldSym;
import ostooc.frontend.model.JType;
import ostooc.frontend.parse.Positions;
import ostooc.frontend.tree.Expr;
import ostooc.frontend.tree.LocalVar;
import ostooc.frontend.tree.Pos;

/**
 * Attributes expressions: resolves names, computes types, makes conversions explicit, folds constants.
 * Operators live in {@link OperatorAttributor}, calls in {@link CallAttributor}. Every method returns null
 * after reporting an error, and callers pass null on silently, so one mistake gives one diagnostic.
 */
public final class ExprAttributor {
    final AttrContext ctx;
    final FieldInitializers fields;
    private final OperatorAttributor operators;
    final CallAttributor calls;
    final ObjectAttributor objects;
    final ArrayAttributor arrays;
    private final ConditionalAttributor conditionals;
    /** Set by {@link StmtAttributor}: switch expressions contain statements. */
    SwitchAttributor switches;

    public ExprAttributor(AttrContext ctx, FieldInitializers fields) {
        this.ctx = ctx;
        this.fields = fields;
        this.operators = new OperatorAttributor(this);
        this.calls = new CallAttributor(this);
        this.objects = new ObjectAttributor(this);
        this.arrays = new ArrayAttributor(this);
        this.conditionals = new ConditionalAttributor(this);
    }

    Pos pos(MethodEnv env, Expression e) { return Positions.preferred(env.file(), e); }

    /** javac's own position of {@code e}, where its line entry starts when javac marks one there ({@link Positions#javac}). */
    Pos mark(MethodEnv env, Expression e) { return Positions.javac(env.file(), e); }

    /** Expression: dispatches on the JavaParser node. */
    public Expr attribute(Expression e, MethodEnv env) {
        if (e instanceof EnclosedExpr p) return attribute(p.getInner(), env);
        if (e instanceof IntegerLiteralExpr || e instanceof LongLiteralExpr) return integerLiteral((LiteralStringValueExpr) e, env, false);
        if (e instanceof DoubleLiteralExpr d) return floatingLiteral(d, env);
        if (e instanceof CharLiteralExpr c) return charLiteral(c, env);
        if (e instanceof StringLiteralExpr s) return stringLiteral(s, env);
        if (e instanceof TextBlockLiteralExpr t) return textBlock(t, env);
        if (e instanceof BooleanLiteralExpr b) return new Expr.Const(pos(env, e), JType.Prim.BOOLEAN, new ConstValue.Int(b.getValue() ? 1 : 0));
        if (e instanceof NullLiteralExpr) return new Expr.Const(pos(env, e), JType.Null.NULL, null);
        if (e instanceof NameExpr n) return name(n, env);
        if (e instanceof FieldAccessExpr f) return fieldAccess(f, env);
        if (e instanceof MethodCallExpr m) return calls.call(m, env);
        if (e instanceof UnaryExpr u) return operators.unary(u, env);
        if (e instanceof BinaryExpr b) return operators.binary(b, env);
        if (e instanceof AssignExpr a) return operators.assign(a, env);
        if (e instanceof ConditionalExpr c) return conditionals.standalone(c, env);
        if (e instanceof CastExpr c) return operators.cast(c, env);
        if (e instanceof ClassExpr c) return objects.classLiteral(c, env);
        if (e instanceof ThisExpr t) return objects.thisExpr(t, env);
        if (e instanceof ObjectCreationExpr o) return objects.newObject(o, env);
        if (e instanceof InstanceOfExpr i) return objects.instanceOf(i, env);
        if (e instanceof ArrayCreationExpr a) return arrays.creation(a, env);
        if (e instanceof ArrayAccessExpr a) return arrays.access(a, env);
        if (e instanceof SwitchExpr s) return switches.switchExpr(s, null, env);
        return unsupported(e, env);
    }

    /** An expression that must be boolean (conditions of if/while/for/?:, operands of ! && ||). */
    public Expr condition(Expression e, MethodEnv env) {
        Expr x = Boxing.unboxed(attribute(e, env));   // if (flag) on a Boolean: unboxed (JLS 5.1.8)
        if (x == null) return null;
        if (x.type() != JType.Prim.BOOLEAN) {
            ctx.error(pos(env, e), "incompatible types: " + x.type().javaName() + " cannot be converted to boolean");
            return null;
        }
        return x;
    }

    /** An expression converted to {@code to} by assignment conversion (initializers, assignments, returns). */
    public Expr assignable(Expression e, JType to, MethodEnv env) {
        if (e instanceof ArrayInitializerExpr init) return arrays.initializer(init, to, env);   // int[] a = {1, 2};
        Expression inner = e;
        while (inner instanceof EnclosedExpr p) inner = p.getInner();
        if (inner instanceof ConditionalExpr c) return conditionals.assignable(c, to, env);   // a poly expression (JLS 15.25)
        if (inner instanceof SwitchExpr s && to != JType.Prim.VOID) return switches.switchExpr(s, to, env);   // likewise (JLS 15.28.1)
        Expr x = attribute(e, env);
        if (x == null) return null;
        if (x.type() == JType.Prim.VOID) { ctx.error(pos(env, e), "incompatible types: void cannot be converted to " + to.javaName()); return null; }
        Expr c = ctx.boxing.assign(x, to);
        if (c == null) ctx.error(pos(env, e), Conversions.assignError(x.type(), to));
        return c;
    }

    // FloatingPointLiteral: 1.5  .5  1e10  1.5f  0x1.8p3  (float if suffixed f/F)
    private Expr floatingLiteral(DoubleLiteralExpr lit, MethodEnv env) {
        String text = lit.getValue();
        JType t = text.endsWith("f") || text.endsWith("F") ? JType.Prim.FLOAT : JType.Prim.DOUBLE;
        try {
            return new Expr.Const(pos(env, lit), t, new ConstValue.Real(Literals.floating(text)));
        } catch (Literals.BadLiteral ex) {
            ctx.error(pos(env, lit), ex.getMessage());
            return null;
        }
    }

    // IntegerLiteral | LongLiteral  (negated: operand of unary minus, which allows 2147483648)
    Expr integerLiteral(LiteralStringValueExpr lit, MethodEnv env, boolean negated) {
        boolean isLong = lit instanceof LongLiteralExpr;
        try {
            long v = Literals.integer(lit.getValue(), isLong, negated);
            return new Expr.Const(pos(env, lit), isLong ? JType.Prim.LONG : JType.Prim.INT, new ConstValue.Int(v));
        } catch (Literals.BadLiteral ex) {
            ctx.error(pos(env, lit), ex.getMessage());
            return null;
        }
    }

    // CharacterLiteral: 'c' | EscapeSequence
    private Expr charLiteral(CharLiteralExpr c, MethodEnv env) {
        try {
            return new Expr.Const(pos(env, c), JType.Prim.CHAR, new ConstValue.Int(Literals.character(c.getValue())));
        } catch (Literals.BadLiteral ex) {
            ctx.error(pos(env, c), ex.getMessage());
            return null;
        }
    }

    // StringLiteral: "..." with escapes
    private Expr stringLiteral(StringLiteralExpr s, MethodEnv env) {
        try {
            return new Expr.Const(pos(env, s), JType.STRING, new ConstValue.Str(Literals.unescape(s.getValue())));
        } catch (Literals.BadLiteral ex) {
            ctx.error(pos(env, s), ex.getMessage());
            return null;
        }
    }

    // TextBlock: """ ... """ — JavaParser strips the incidental indentation and translates escapes (JLS 3.10.6)
    private Expr textBlock(TextBlockLiteralExpr t, MethodEnv env) {
        return new Expr.Const(pos(env, t), JType.STRING, new ConstValue.Str(t.asString()));
    }

    // ExpressionName: a local, then a static field of this class or an enclosing one (JLS 6.5.6.1)
    private Expr name(NameExpr n, MethodEnv env) {
        String id = n.getNameAsString();
        Pos p = pos(env, n);
        LocalVar v = env.scope().lookup(id);
        if (v != null) {
            if (v.erroneous) return null;
            if (v.constant != null) return new Expr.Const(p, v.type, v.constant);
            return new Expr.Local(p, v.type, v);
        }
        for (ClassSym c = env.cls(); c != null; c = c.outer) {
            FieldSym f = ObjectAttributor.findField(c, id);
            if (f != null) return f.isStatic ? fieldUse(f, p) : objects.implicitField(f, c, p, env);
        }
        String jdk = ctx.lookup.jdkName(id, env.cls());   // Objects.equals(a, b): a JDK class the library lacks
        ctx.error(p, jdk != null ? ClassLookup.notInLibrary(jdk) : "cannot find symbol\n  symbol:   variable " + id + "\n  location: class " + env.cls().javaName());
        return null;
    }

    /** A use of a static field: constant variables are inlined (and so never initialise their class). */
    Expr fieldUse(FieldSym f, Pos p) {
        fields.resolveConstant(f);
        if (f.constantVariable) return new Expr.Const(p, f.type, f.constant);
        return new Expr.StaticField(p, f.type, f);
    }

    // FieldAccess: TypeName . Identifier (static fields; a few java.lang constants)
    private Expr fieldAccess(FieldAccessExpr f, MethodEnv env) {
        Pos p = pos(env, f);
        String field = f.getNameAsString();
        ClassSym cls = classNamed(f.getScope(), env);
        if (cls != null) {
            FieldSym sym = ObjectAttributor.findField(cls, field);
            if (sym != null && !sym.isStatic) {
                ctx.error(p, "non-static variable " + field + " cannot be referenced from a static context");
                return null;
            }
            if (sym != null) return fieldUse(sym, p);
            ctx.error(p, cls.jdkName != null && JdkMembers.hasField(cls.jdkName, field)
                    ? ClassLookup.notInLibrary(cls.javaName() + "." + field)
                    : "cannot find symbol\n  symbol:   variable " + field + "\n  location: class " + cls.javaName());
            return null;
        }
        String jdk = f.getScope() instanceof FieldAccessExpr q && classNamed(q.getScope(), env) == null
                ? ctx.lookup.jdkName(f.getScope().toString(), env.cls()) : null;
        if (jdk != null) { ctx.error(p, ClassLookup.notInLibrary(jdk)); return null; }   // java.util.Objects.x
        Expr scope = attribute(f.getScope(), env);
        if (scope == null) return null;
        if (scope.type() instanceof JType.Array && field.equals("length")) return arrays.length(p, scope);
        return objects.fieldOf(scope, field, p);
    }

    /** The class a scope expression names ({@code Mem}, {@code ostoo.rt.Mem}), or null if it is not a class name. */
    ClassSym classNamed(Expression scope, MethodEnv env) {
        if (!(scope instanceof NameExpr) && !(scope instanceof FieldAccessExpr)) return null;
        if (scope instanceof NameExpr n && env.scope().lookup(n.getNameAsString()) != null) return null;
        return ctx.lookup.resolve(scope.toString(), env.cls());
    }

    private Expr unsupported(Expression e, MethodEnv env) {
        String what;
        if (e instanceof ObjectCreationExpr) what = "'new'";
        else if (e instanceof ArrayInitializerExpr) what = "array initializers outside declarations and 'new T[]'";
        else if (e instanceof DoubleLiteralExpr) what = "floating point";
        else if (e instanceof LambdaExpr) what = "lambdas";
        else if (e instanceof MethodReferenceExpr) what = "method references";
        else if (e instanceof ThisExpr) what = "'this'";
        else if (e instanceof SuperExpr) what = "'super'";
        else if (e instanceof InstanceOfExpr) what = "instanceof";
        else if (e instanceof SwitchExpr) what = "switch expressions";
        else if (e instanceof ClassExpr) what = "class literals";
        else if (e instanceof VariableDeclarationExpr) what = "declarations in this position";
        else what = e.getClass().getSimpleName();
        ctx.error(Positions.start(env.file(), e), "unsupported: " + what);
        return null;
    }
}

package ostooc.frontend.attr;

import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.Statement;
import ostooc.frontend.model.ClassSym;
import ostooc.frontend.model.FieldSym;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.MethodSym;
import ostooc.frontend.parse.InnerClassDesugar;
import ostooc.frontend.parse.Positions;
import ostooc.frontend.tree.AttributedMethod;
import ostooc.frontend.tree.Expr;
import ostooc.frontend.tree.LocalVar;
import ostooc.frontend.tree.Pos;
import ostooc.frontend.tree.Stmt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Constructors (JLS 8.8, 12.5) in the JVM's order: the synthetic stores of captured locals and of the enclosing
 * instance (as javac places them), then the explicit or implicit {@code super(...)} call
 * (omitted for java.lang.Object, whose constructor does nothing), then the instance initializers —
 * field initializers as {@code this.f = e} and {@code {}} blocks, in source order — then the body. A
 * constructor that starts with {@code this(...)} runs no initializers itself. A class's initializers are
 * attributed once and shared by its constructors (so each error is reported once); every method of a
 * class shares one {@code this} variable (each function has its own SSA state, keyed on it).
 */
final class ConstructorAttributor {
    private final AttrContext ctx;
    private final ExprAttributor exprs;
    private final StmtAttributor stmts;
    private final Map<ClassSym, LocalVar> thisVars = new HashMap<>();
    private final Map<ClassSym, List<Stmt>> initializers = new HashMap<>();

    ConstructorAttributor(AttrContext ctx, ExprAttributor exprs, StmtAttributor stmts) {
        this.ctx = ctx; this.exprs = exprs; this.stmts = stmts;
    }

    /** The {@code this} of {@code c}'s instance methods and constructors: IR parameter 0. */
    LocalVar thisVar(ClassSym c) {
        return thisVars.computeIfAbsent(c, k -> new LocalVar("this", k.type(), null, true));
    }

    // ConstructorBody: { [ExplicitConstructorInvocation] [BlockStatements] }
    AttributedMethod constructor(MethodSym m, List<LocalVar> params, MethodEnv env) {
        ClassSym c = m.owner;
        LocalVar self = thisVar(c);
        Pos at = m.ctorDecl != null ? Positions.start(env.file(), m.ctorDecl.getName())
                : Positions.start(env.file(), ((com.github.javaparser.ast.body.TypeDeclaration<?>) c.decl).getName());
        List<Statement> source = m.ctorDecl == null ? List.of() : m.ctorDecl.getBody().getStatements();
        List<Stmt> body = new ArrayList<>();
        env.scope().push();
        LocalVar outerParam = c.isInner ? params.get(1) : null;   // (params.get(0) is this)
        int first = 0;
        while (first < source.size() && source.get(first).containsData(InnerClassDesugar.BEFORE_SUPER))   // this.val$x = val$x, before super(...)
            stmts.statement(source.get(first++), env, body);
        if (outerParam != null && !delegatesToThis(source.subList(first, source.size()))) {   // javac: this.this$0 = this$0, before super(...)
            FieldSym f = c.outerThis();
            Expr target = new Expr.InstanceField(at, f.type, new Expr.Local(at, self.type, self), f);
            body.add(new Stmt.ExprStmt(at, new Expr.Assign(at, f.type, target, new Expr.Local(at, outerParam.type, outerParam))));
        }
        boolean delegates = false;
        if (first < source.size() && source.get(first) instanceof ExplicitConstructorInvocationStmt eci) {
            first++;
            delegates = eci.isThis();
            Pos p = Positions.start(env.file(), eci);
            if (eci.getExpression().isPresent() || eci.getTypeArguments().isPresent()) ctx.error(p, "unsupported: qualified or generic constructor call");
            else if (!delegates && c.enumConstants != null) ctx.error(p, "call to super not allowed in enum constructor");
            else {
                List<Expr> args = ObjectAttributor.attributeAll(exprs, eci.getArguments(), env);
                if (args != null) body.add(constructorCall(p, delegates ? c : c.superclass, self, withOuter(p, delegates ? c : c.superclass, outerParam, args, env), env));
            }
        } else if (c.superclass != null && !c.superclass.isObject() && c.enumConstants == null) {   // (Enum's fields are set by NewEnumConstant)
            body.add(constructorCall(at, c.superclass, self, withOuter(at, c.superclass, outerParam, new ArrayList<>(), env), env));   // implicit super()
        }
        if (!delegates) body.addAll(initializers(c));
        for (int i = first; i < source.size(); i++) {
            Statement s = source.get(i);
            if (s instanceof ExplicitConstructorInvocationStmt) ctx.error(Positions.start(env.file(), s), "call to " + (((ExplicitConstructorInvocationStmt) s).isThis() ? "this" : "super") + " must be first statement in constructor");
            else stmts.statement(s, env, body);
        }
        env.scope().pop();
        Pos end = m.ctorDecl != null ? Positions.end(env.file(), m.ctorDecl.getBody()) : at;
        return new AttributedMethod(m, params, new Stmt.Block(at, body, end));
    }

    private static boolean delegatesToThis(List<Statement> source) {
        return !source.isEmpty() && source.get(0) instanceof ExplicitConstructorInvocationStmt eci && eci.isThis();
    }

    /** this(...) of an inner class passes its enclosing instance on; super(...) of an inner superclass gets the enclosing instance of the superclass's outer class. */
    private List<Expr> withOuter(Pos p, ClassSym target, LocalVar outerParam, List<Expr> args, MethodEnv env) {
        if (target == null || !target.isInner) return args;
        Expr outer;
        if (target == env.cls()) outer = new Expr.Local(p, outerParam.type, outerParam);
        else if (outerParam != null && outerParam.type instanceof JType.Ref r && r.cls().isSubclassOf(target.outer)) outer = new Expr.Local(p, outerParam.type, outerParam);
        else outer = exprs.objects.enclosing(target.outer, p, env, "variable this");
        if (outer == null) return args;
        List<Expr> out = new ArrayList<>(args);
        out.add(0, outer);
        return out;
    }

    // super(args) / this(args)  =>  InstanceCall(<init>, this, args), direct
    private Stmt constructorCall(Pos p, ClassSym target, LocalVar self, List<Expr> args, MethodEnv env) {
        if (target.isObject()) {
            if (!args.isEmpty()) ctx.error(p, "constructor Object in class Object cannot be applied to given types;");
            return new Stmt.Block(p, List.of(), p);
        }
        MethodSym ctor = exprs.calls.select(p, "<init>", target, target.constructors, args, env);
        if (ctor == null) return new Stmt.ExprStmt(p, null);
        Expr call = new Expr.InstanceCall(p, JType.Prim.VOID, ctor, new Expr.Local(p, self.type, self), exprs.calls.convertArgs(p, args, ctor), false, null);
        return new Stmt.ExprStmt(p, call);
    }

    /** ClassBody's instance parts in source order: {@code this.f = init;} and instance initializer blocks. */
    private List<Stmt> initializers(ClassSym c) {
        List<Stmt> done = initializers.get(c);
        if (done != null) return done;
        LocalVar self = thisVar(c);
        List<Stmt> out = new ArrayList<>();
        for (BodyDeclaration<?> member : c.decl.getMembers()) {
            MethodEnv env = new MethodEnv(c, null, JType.Prim.VOID, new Scope());
            env.scope().declare(self);
            if (member instanceof FieldDeclaration fd && !fd.isStatic()) {
                for (VariableDeclarator v : fd.getVariables()) {
                    FieldSym f = c.fields.get(v.getNameAsString());
                    if (f == null || f.decl != v || v.getInitializer().isEmpty()) continue;
                    Pos p = Positions.start(env.file(), v.getName());
                    Expr value = exprs.assignable(v.getInitializer().get(), f.type, env);
                    Expr target = new Expr.InstanceField(p, f.type, new Expr.Local(p, self.type, self), f);
                    // javac's line entry of an initializer is at its declaration's start (modifiers or type): TreeMaker.at(vdef)
                    out.add(new Stmt.ExprStmt(Positions.start(env.file(), fd), value == null ? null : new Expr.Assign(p, f.type, target, value)));
                }
            } else if (member instanceof InitializerDeclaration init && !init.isStatic()) {
                out.add(stmts.block(init.getBody(), env));
            }
        }
        initializers.put(c, out);
        return out;
    }
}

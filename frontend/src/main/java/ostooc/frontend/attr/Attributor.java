package ostooc.frontend.attr;

import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import ostooc.frontend.model.ClassSym;
import ostooc.frontend.model.FieldSym;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.MethodSym;
import ostooc.frontend.parse.Positions;
import ostooc.frontend.tree.AttributedMethod;
import ostooc.frontend.tree.ClassInit;
import ostooc.frontend.tree.Expr;
import ostooc.frontend.tree.LocalVar;
import ostooc.frontend.tree.Stmt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stage 2b: attribution of method bodies and class initialisation, on demand and cached. User code is
 * attributed completely (every error is reported, reachable or not); library code only when lowering
 * reaches it.
 */
public final class Attributor {
    private final AttrContext ctx;
    private final FieldInitializers fields = new FieldInitializers();
    private final ExprAttributor exprs;
    private final StmtAttributor stmts;
    private final ConstructorAttributor constructors;
    private final EnumAttributor enums;
    private final Map<MethodSym, AttributedMethod> methods = new HashMap<>();
    private final Map<ClassSym, Optional<ClassInit>> inits = new HashMap<>();

    public Attributor(AttrContext ctx) {
        this.ctx = ctx;
        this.exprs = new ExprAttributor(ctx, fields);
        fields.bind(exprs);
        this.stmts = new StmtAttributor(ctx, exprs);
        this.constructors = new ConstructorAttributor(ctx, exprs, stmts);
        this.enums = new EnumAttributor(ctx, exprs);
    }

    /** The attributed initializer of a static field (folded when constant); null when absent or erroneous. */
    public Expr fieldInitializer(FieldSym f) {
        fields.resolveConstant(f);
        return fields.initializer(f);
    }

    /** The enums whose initialization an enum switch in {@code topLevel} starts with (javac's switch map, see EnumSwitchMaps). */
    public List<ClassSym> enumSwitchMap(ClassSym topLevel) { return ctx.enumSwitches.enums(topLevel); }

    /** Attributes every method and static initializer of the user's classes. */
    public void attributeUserCode() {
        for (ClassSym c : ctx.model.classes()) {
            if (c.isLibrary()) continue;
            for (MethodSym m : c.allMethods()) method(m);
            for (MethodSym m : c.constructors) method(m);
            classInit(c);
        }
    }

    // MethodDeclaration body: parameters in scope, then the Block; checked for reachability
    public AttributedMethod method(MethodSym m) {
        AttributedMethod done = methods.get(m);
        if (done != null) return done;
        if (m.decl == null && !m.isConstructor && m.owner.enumConstants != null) {   // values(), valueOf(String)
            AttributedMethod am = enums.synthetic(m);
            methods.put(m, am);
            return am;
        }
        Scope scope = new Scope();
        MethodEnv env = new MethodEnv(m.owner, m, m.result, scope);
        List<LocalVar> params = new ArrayList<>();
        if (!m.isStatic) {   // instance methods and constructors: `this` is IR parameter 0
            params.add(constructors.thisVar(m.owner));
            scope.declare(params.get(0));
        }
        for (int i = 0; i < m.params.size(); i++) {
            int shift = m.isConstructor && m.owner.isInner ? 1 : 0;   // an inner class's constructors: the enclosing instance first
            ostooc.frontend.tree.Pos at = i < shift || m.callable() == null ? Positions.start(env.file(), ((com.github.javaparser.ast.body.TypeDeclaration<?>) m.owner.decl).getName())
                    : Positions.start(env.file(), m.callable().getParameter(i - shift).getName());
            LocalVar v = new LocalVar(m.paramNames.get(i), m.params.get(i), at, false);
            if (!scope.declare(v)) ctx.error(v.pos, "variable " + v.name + " is already defined in " + env.ownerDescription());
            params.add(v);
        }
        Stmt.Block body = null;
        if (m.isConstructor) {
            AttributedMethod am = m.owner.isObject() ? new AttributedMethod(m, params, null) : constructors.constructor(m, params, env);
            methods.put(m, am);
            return am;
        }
        if (m.decl == null) {   // java.lang.Object's methods: implemented by the shim (MethodSym.implementation)
            AttributedMethod am = new AttributedMethod(m, params, null);
            methods.put(m, am);
            return am;
        }
        if (m.decl.getBody().isPresent()) {
            int errorsBefore = ctx.errorCount();
            body = stmts.block(m.decl.getBody().get(), env);
            if (ctx.errorCount() == errorsBefore) new Reachability(ctx).check(body, m.result != JType.Prim.VOID);
        }
        AttributedMethod am = new AttributedMethod(m, params, body);
        methods.put(m, am);
        return am;
    }

    /**
     * ClassBody's static parts in source order: constant variables need no code; a field with a
     * constant initial value is placed in DATA unless earlier initialisation code could observe it
     * before its assignment; everything else becomes an assignment or a static block of {@code <clinit>}.
     * Returns null when the class needs no initialisation.
     */
    public ClassInit classInit(ClassSym c) {
        Optional<ClassInit> done = inits.get(c);
        if (done != null) return done.orElse(null);
        if (c.decl == null) return null;   // java.lang.Object
        inits.put(c, Optional.empty());
        List<Stmt> body = new ArrayList<>();
        boolean dynamicCodeSeen = c.enumConstants != null;
        if (c.enumConstants != null) body.addAll(enums.constants(c));   // the constants first, as javac orders them
        for (BodyDeclaration<?> m : c.decl.getMembers()) {
            if (m instanceof FieldDeclaration fd && fd.isStatic()) {
                for (VariableDeclarator v : fd.getVariables()) {
                    FieldSym f = c.fields.get(v.getNameAsString());
                    if (f == null || f.decl != v || v.getInitializer().isEmpty()) continue;
                    fields.resolveConstant(f);
                    if (f.constantVariable) continue;
                    Expr init = fields.initializer(f);
                    if (init instanceof Expr.Const k && k.value() != null && !dynamicCodeSeen) { f.constant = k.value(); continue; }
                    dynamicCodeSeen = true;
                    Expr.StaticField target = new Expr.StaticField(Positions.start(c.file.source(), v.getName()), f.type, f);
                    // javac's line entry of an initializer is at its declaration's start (modifiers or type): TreeMaker.at(vdef)
                    body.add(new Stmt.ExprStmt(Positions.start(c.file.source(), fd), init == null ? null : new Expr.Assign(target.pos(), f.type, target, init)));
                }
            } else if (m instanceof InitializerDeclaration init && init.isStatic()) {
                dynamicCodeSeen = true;
                body.add(stmts.block(init.getBody(), new MethodEnv(c, null, JType.Prim.VOID, new Scope())));
            }
        }
        ClassInit ci = body.isEmpty() ? null : new ClassInit(c, body);
        inits.put(c, Optional.ofNullable(ci));
        return ci;
    }
}

package ostooc.frontend.parse;

import com.github.javaparser.Range;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import ostooc.frontend.Diagnostics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Stage 1c: local and anonymous classes become member classes of their enclosing class, as javac
 * compiles them (JLS 14.3, 15.9.5):
 * <pre>
 *   void m(int k) { class Local { int f() { return k; } }  ... new Local() ... }
 *   =>  class 1Local { final int val$k; 1Local(int val$k) { this.val$k = val$k; } int f() { return val$k; } }   // binary Outer$1Local
 *       void m(int k) { ; ... new 1Local(k) ... }
 *   new Shape(a) { double area() { return k; } }
 *   =>  class 1 extends Shape { final int val$k; 1(double a, int val$k) { this.val$k = val$k; super(a); } ... }      // binary Outer$1
 *       new 1(a, k)
 * </pre>
 * The hoisted class is an inner class (it gets {@code this$0}, see {@code model.ClassSym#isInner}) unless it
 * is declared in a static context. Captured locals and parameters — names visible at the declaration
 * and used in the body — become synthetic {@code val$x} fields passed to every constructor; each must be
 * final or effectively final (checked syntactically: never assigned after its declaration). The member's
 * simple name is javac's binary-name suffix ({@code 1}, {@code 1Local}), so {@code getClass} names and
 * default {@code toString} match the JVM. Runs in pre-order, so nested local classes nest in the hoisted one.
 */
public final class InnerClassDesugar {
    /**
     * Marks the synthetic {@code this.val$x = val$x;} statements at the start of a hoisted class's constructors: they
     * run before the {@code super(...)} call (explicit or implicit), as javac compiles them, so a superclass
     * constructor that calls an overridden method reading a captured local sees its value (see attr.ConstructorAttributor).
     */
    public static final DataKey<Boolean> BEFORE_SUPER = new DataKey<>() { };
    /**
     * Marks a hoisted anonymous class whose {@code new T() { … }} names a type not declared as an interface in this
     * file: it {@code extends T}, unless the model finds T to be an interface (another file's, or Runnable).
     */
    public static final DataKey<Boolean> ANONYMOUS_EXTENDS = new DataKey<>() { };
    private final Diagnostics diags;
    private ParsedFile file;
    /** Hoisted local classes that capture variables (their subclasses would have to pass them on: unsupported). */
    private final Set<String> capturing = new TreeSet<>();

    public InnerClassDesugar(Diagnostics diags) { this.diags = diags; }

    public void desugar(ParsedFile f) {
        file = f;
        while (true) {   // one at a time, outermost first: each hoist changes the tree
            Node next = f.unit().findFirst(Node.class, n -> n instanceof LocalClassDeclarationStmt
                    || n instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent()).orElse(null);
            if (next == null) return;
            if (next instanceof LocalClassDeclarationStmt s) local(s);
            else anonymous((ObjectCreationExpr) next);
        }
    }

    private void local(LocalClassDeclarationStmt s) {
        ClassOrInterfaceDeclaration c = s.getClassDeclaration();
        TypeDeclaration<?> outer = s.findAncestor(TypeDeclaration.class).orElseThrow();
        String name = c.getNameAsString();
        String hoisted = freshName(outer, name);
        Map<String, Type> captured = captures(s, c, "an inner class");
        for (ClassOrInterfaceType e : List.copyOf(c.getExtendedTypes()))
            if (capturing.contains(e.getNameAsString())) {
                error(e, "unsupported: a local class extending a local class that captures variables");
                c.getExtendedTypes().remove(e);   // (no follow-on errors about its constructors)
            }
        if (!captured.isEmpty()) capturing.add(hoisted);
        Node scopeBlock = s.getParentNode().orElseThrow();
        // uses of the name: types and `new Local(...)` in the rest of the block (and in the class itself)
        for (ClassOrInterfaceType t : scopeBlock.findAll(ClassOrInterfaceType.class))
            if (t.getScope().isEmpty() && t.getNameAsString().equals(name)) {
                if (t.getParentNode().orElse(null) instanceof ObjectCreationExpr o && o.getType() == t && o.getScope().isEmpty())
                    for (String v : captured.keySet()) o.addArgument(new NameExpr(v));
                t.setName(hoisted);
            }
        if (captured.isEmpty() && c.getConstructors().isEmpty()) { /* nothing to add */ }
        else addCaptures(c, captured, List.of(), List.of());
        rename(c, captured);
        c.setName(hoisted);
        hoist(s, outer, c, staticContext(s));
        EmptyStmt empty = new EmptyStmt();
        s.getRange().ifPresent(empty::setRange);
        s.replace(empty);
    }

    private void anonymous(ObjectCreationExpr n) {
        TypeDeclaration<?> outer = n.findAncestor(TypeDeclaration.class).orElseThrow();
        if (n.getScope().isPresent()) { error(n, "unsupported: a qualified anonymous class"); n.setAnonymousClassBody(null); return; }
        ClassOrInterfaceDeclaration c = new ClassOrInterfaceDeclaration();
        n.getRange().ifPresent(c::setRange);
        String hoisted = freshName(outer, "");
        c.setName(hoisted);
        n.getType().getRange().ifPresent(c.getName()::setRange);
        ClassOrInterfaceType sup = n.getType().clone();
        boolean isInterface = n.findCompilationUnit().orElseThrow().findAll(ClassOrInterfaceDeclaration.class).stream()
                .anyMatch(d -> d.getNameAsString().equals(sup.getNameAsString()) && d.isInterface());
        if (isInterface) {
            if (!n.getArguments().isEmpty()) { error(n, "anonymous class implements interface; cannot have arguments"); n.setAnonymousClassBody(null); return; }
            c.addImplementedType(sup);
        } else {
            c.addExtendedType(sup);
            c.setData(ANONYMOUS_EXTENDS, Boolean.TRUE);   // (the model turns it into `implements` if sup is an interface declared elsewhere)
        }
        List<BodyDeclaration<?>> members = new ArrayList<>(n.getAnonymousClassBody().get());
        n.setAnonymousClassBody(null);   // (detaches the members first: the NodeList's parent is reset with them)
        for (BodyDeclaration<?> m : members) c.addMember(m);
        Map<String, Type> captured = captures(n, c, "an inner class");   // (javac: the same wording for anonymous classes since Java 8)
        List<Type> superParams = new ArrayList<>();
        if (!n.getArguments().isEmpty()) {   // the superclass constructor's parameter types, from its declaration in this file
            List<ConstructorDeclaration> ctors = n.findCompilationUnit().orElseThrow().findAll(ClassOrInterfaceDeclaration.class).stream()
                    .filter(d -> d.getNameAsString().equals(sup.getNameAsString()))
                    .flatMap(d -> d.getConstructors().stream()).filter(k -> k.getParameters().size() == n.getArguments().size()).toList();
            if (ctors.size() != 1) { error(n, "unsupported: an anonymous class whose superclass constructor is overloaded or not in this file"); return; }
            for (Parameter p : ctors.get(0).getParameters()) superParams.add(p.getType().clone());
        }
        List<String> superArgs = new ArrayList<>();
        for (int i = 0; i < superParams.size(); i++) superArgs.add("arg$" + i);
        if (!captured.isEmpty() || !superParams.isEmpty()) addCaptures(c, captured, superParams, superArgs);
        rename(c, captured);
        for (String v : captured.keySet()) n.addArgument(new NameExpr(v));
        hoist(n, outer, c, staticContext(n));
        ClassOrInterfaceType t = new ClassOrInterfaceType(null, hoisted);
        n.getType().getRange().ifPresent(t::setRange);
        n.setType(t);
    }

    /** javac's name: the first free {@code <i><name>} among the enclosing class's members. */
    private static String freshName(TypeDeclaration<?> outer, String name) {
        for (int i = 1; ; i++) {
            String candidate = i + name;
            if (outer.getMembers().stream().noneMatch(m -> m instanceof TypeDeclaration<?> t && t.getNameAsString().equals(candidate))) return candidate;
        }
    }

    /** Whether the class is declared in a static method, static initializer or static field initializer (no enclosing instance). */
    private static boolean staticContext(Node at) {
        for (Node n = at.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof MethodDeclaration m) return m.isStatic();
            if (n instanceof ConstructorDeclaration) return false;
            if (n instanceof InitializerDeclaration i) return i.isStatic();
            if (n instanceof FieldDeclaration f) return f.isStatic();
            if (n instanceof TypeDeclaration<?> t) return t instanceof ClassOrInterfaceDeclaration d && d.isInterface();
        }
        return true;
    }

    private static void hoist(Node origin, TypeDeclaration<?> outer, ClassOrInterfaceDeclaration c, boolean isStatic) {
        if (isStatic || outer instanceof ClassOrInterfaceDeclaration d && d.isInterface()) c.addModifier(Modifier.Keyword.STATIC);
        outer.addMember(c);
    }

    /**
     * The locals and parameters visible at {@code at} (declared before it in enclosing blocks, up to the enclosing
     * member) that {@code body} uses by simple name, with their declared types; each checked to be effectively final.
     */
    private Map<String, Type> captures(Node at, ClassOrInterfaceDeclaration body, String what) {
        Map<String, Node> visible = new LinkedHashMap<>();   // name -> declarator or parameter
        Node member = null;
        Node child = at;
        for (Node n = at.getParentNode().orElse(null); n != null; child = n, n = n.getParentNode().orElse(null)) {
            if (n instanceof BlockStmt b) {
                for (Statement st : b.getStatements()) {
                    if (st == child) break;
                    if (st instanceof ExpressionStmt es && es.getExpression() instanceof VariableDeclarationExpr v)
                        for (VariableDeclarator d : v.getVariables()) visible.putIfAbsent(d.getNameAsString(), d);
                }
            } else if (n instanceof ForStmt f) {
                for (Expression e : f.getInitialization())
                    if (e instanceof VariableDeclarationExpr v) for (VariableDeclarator d : v.getVariables()) visible.putIfAbsent(d.getNameAsString(), d);
            } else if (n instanceof ForEachStmt f && child != f.getIterable()) {
                for (VariableDeclarator d : f.getVariable().getVariables()) visible.putIfAbsent(d.getNameAsString(), d);
            } else if (n instanceof CallableDeclaration<?> cd) {
                for (Parameter p : cd.getParameters()) visible.putIfAbsent(p.getNameAsString(), p);
                member = n;
                break;
            } else if (n instanceof BodyDeclaration<?>) { member = n; break; }
        }
        Set<String> declaredInside = new TreeSet<>();
        for (VariableDeclarator d : body.findAll(VariableDeclarator.class)) declaredInside.add(d.getNameAsString());
        for (Parameter p : body.findAll(Parameter.class)) declaredInside.add(p.getNameAsString());
        Node enclosingMember = member;
        Map<String, Type> out = new LinkedHashMap<>();
        Map<String, Boolean> effectivelyFinal = new HashMap<>();
        for (NameExpr use : body.findAll(NameExpr.class)) {
            String x = use.getNameAsString();
            Node decl = visible.get(x);
            if (decl == null || declaredInside.contains(x)) continue;
            boolean ok = effectivelyFinal.computeIfAbsent(x, k -> isEffectivelyFinal(decl, k, enclosingMember));
            if (!ok) { error(use, "local variables referenced from " + what + " must be final or effectively final"); continue; }
            Type t = decl instanceof Parameter p ? p.getType() : ((VariableDeclarator) decl).getType();
            if (t.isVarType()) { error(use, "unsupported: capturing a 'var' local"); continue; }
            out.putIfAbsent(x, t.clone());
        }
        return out;
    }

    /** JLS 4.12.4, syntactically: declared final, or never the target of an assignment, ++ or -- after its declaration (a blank local: assigned once). */
    private static boolean isEffectivelyFinal(Node decl, String name, Node member) {
        boolean isFinal = decl instanceof Parameter p ? p.isFinal()
                : decl.getParentNode().orElse(null) instanceof VariableDeclarationExpr v && v.isFinal();
        if (isFinal || member == null) return true;
        boolean initialized = decl instanceof Parameter || ((VariableDeclarator) decl).getInitializer().isPresent();
        int assignments = 0;
        for (AssignExpr a : member.findAll(AssignExpr.class))
            if (a.getTarget() instanceof NameExpr t && t.getNameAsString().equals(name)) assignments++;
        for (UnaryExpr u : member.findAll(UnaryExpr.class))
            if (u.getExpression() instanceof NameExpr t && t.getNameAsString().equals(name)
                    && (u.isPrefix() || u.isPostfix()) && u.getOperator() != UnaryExpr.Operator.MINUS && u.getOperator() != UnaryExpr.Operator.PLUS
                    && u.getOperator() != UnaryExpr.Operator.LOGICAL_COMPLEMENT && u.getOperator() != UnaryExpr.Operator.BITWISE_COMPLEMENT) assignments += 2;
        return initialized ? assignments == 0 : assignments <= 1;
    }

    /** Adds {@code final T val$x;} fields and, to every constructor (a new one if none), the captured values as trailing parameters. */
    private static void addCaptures(ClassOrInterfaceDeclaration c, Map<String, Type> captured, List<Type> superParams, List<String> superArgs) {
        Range at = c.getName().getRange().orElse(null);
        for (Map.Entry<String, Type> e : captured.entrySet()) {
            FieldDeclaration f = new FieldDeclaration(new NodeList<>(Modifier.finalModifier()), e.getValue().clone(), "val$" + e.getKey());
            f.walk(n -> n.setRange(at));
            c.getMembers().add(0, f);
        }
        List<ConstructorDeclaration> ctors = c.getConstructors();
        if (ctors.isEmpty()) {
            ConstructorDeclaration k = new ConstructorDeclaration(c.getNameAsString());
            for (int i = 0; i < superParams.size(); i++) k.addParameter(superParams.get(i).clone(), superArgs.get(i));
            NodeList<Expression> args = new NodeList<>();
            for (String a : superArgs) args.add(new NameExpr(a));
            k.getBody().addStatement(new ExplicitConstructorInvocationStmt(false, null, args));
            c.addMember(k);
            ctors = List.of(k);
        }
        for (ConstructorDeclaration k : ctors) {
            NodeList<Statement> body = k.getBody().getStatements();
            boolean delegates = !body.isEmpty() && body.get(0) instanceof ExplicitConstructorInvocationStmt eci && eci.isThis();
            int insertAt = 0;
            for (Map.Entry<String, Type> e : captured.entrySet()) {
                String v = "val$" + e.getKey();
                k.addParameter(e.getValue().clone(), v);
                if (delegates) { ((ExplicitConstructorInvocationStmt) body.get(0)).addArgument(new NameExpr(v)); continue; }
                Statement store = new ExpressionStmt(new AssignExpr(new FieldAccessExpr(new ThisExpr(), v), new NameExpr(v), AssignExpr.Operator.ASSIGN));
                store.setData(BEFORE_SUPER, Boolean.TRUE);
                body.add(insertAt++, store);
            }
            Range r = k.getRange().orElse(at);
            k.walk(n -> { if (n.getRange().isEmpty()) n.setRange(r); });
        }
    }

    /** Inside the class, a captured {@code x} is the field {@code val$x}. */
    private static void rename(ClassOrInterfaceDeclaration c, Map<String, Type> captured) {
        for (NameExpr use : c.findAll(NameExpr.class))
            if (captured.containsKey(use.getNameAsString()))
                use.setName("val$" + use.getNameAsString());
    }

    private void error(Node at, String message) {
        var p = Positions.start(file.source(), at);
        diags.error(file.source(), p.line(), p.column(), message);
    }
}

package ostooc.frontend.parse;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Range;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import ostooc.frontend.Diagnostics;
import ostooc.frontend.tree.Pos;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 1b: records (JLS 8.10) become the final classes javac would generate, before the model sees them:
 * <pre>
 *   record P(int x, String s) { P { x = Math.abs(x); } ... }
 *   =>  static final class P {
 *         private final int x; private final String s;
 *         P(int x, String s) { x = Math.abs(x); this.x = x; this.s = s; }   // compact body first, then the fields
 *         ...the record's own members...
 *         public int x() { return this.x; }  public String s() { return this.s; }                  // unless declared
 *         public boolean equals(Object o) / public int hashCode() / public String toString()     // unless declared
 *       }
 * </pre>
 * The generated members are ordinary Java, so they are type-checked and lowered like user code; their
 * bodies (see {@link RecordMembers}) reproduce the JDK's {@code ObjectMethods} bootstrap exactly. Generated
 * nodes carry the record's (or the component's) source range so any error points into the user's file.
 * Local records are implicitly static, so they are hoisted into their enclosing class as static members.
 * javac's record-specific errors are reported here; {@code java.lang.Record} itself is not modelled.
 */
public final class RecordDesugar {
    /** Marks the class a record became (its supertype java.lang.Record matters to casts and lub; see ClassSym.isRecord). */
    public static final com.github.javaparser.ast.DataKey<Boolean> RECORD = new com.github.javaparser.ast.DataKey<>() { };

    // One parser per desugaring: a JavaParser instance is not thread-safe, and compilations may run
    // concurrently (the test suite does; so could a build tool). A shared static one failed at random.
    private final JavaParser generator = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17).setStoreTokens(false));

    private final Diagnostics diags;
    private ParsedFile file;

    public RecordDesugar(Diagnostics diags) { this.diags = diags; }

    /** Rewrites every record of a user file in place (outer ones first: they are found in pre-order). */
    public void desugar(ParsedFile f) {
        file = f;
        for (RecordDeclaration r : f.unit().findAll(RecordDeclaration.class)) rewrite(r);
    }

    private void rewrite(RecordDeclaration r) {
        String name = r.getNameAsString();
        List<Parameter> components = new ArrayList<>(r.getParameters());
        for (Parameter p : components) {
            if (!p.isVarArgs()) continue;
            error(p, "unsupported: varargs");
            (r.getParentNode().orElse(null) instanceof LocalRecordDeclarationStmt s ? s : r).remove();   // uses of it: cannot find symbol
            return;
        }
        ClassOrInterfaceDeclaration c = new ClassOrInterfaceDeclaration();
        c.setModifiers(r.getModifiers());
        c.addModifier(Modifier.Keyword.FINAL);
        c.setData(RECORD, Boolean.TRUE);
        if (!(r.getParentNode().orElse(null) instanceof com.github.javaparser.ast.CompilationUnit)) c.addModifier(Modifier.Keyword.STATIC);   // JLS 8.10: nested records are static
        c.setName(r.getName().clone());
        c.getName().setRange(r.getName().getRange().orElse(null));
        c.setTypeParameters(r.getTypeParameters());
        c.setImplementedTypes(r.getImplementedTypes());
        r.getRange().ifPresent(c::setRange);
        RecordMembers gen = new RecordMembers(name, components);

        for (Parameter p : components) c.addMember(at(parse(gen.field(p)), p));
        boolean canonical = false;
        for (BodyDeclaration<?> m : new ArrayList<>(r.getMembers())) {
            if (m instanceof InitializerDeclaration init && !init.isStatic()) { error(init, "instance initializers not allowed in records"); continue; }
            if (m instanceof CompactConstructorDeclaration cc) {
                checkCompact(cc, components);
                ConstructorDeclaration ctor = canonical(gen, r, components);
                NodeList<com.github.javaparser.ast.stmt.Statement> body = new NodeList<>(cc.getBody().getStatements());
                body.addAll(ctor.getBody().getStatements());   // the field assignments run after the compact body
                ctor.getBody().setStatements(body);
                cc.getRange().ifPresent(ctor::setRange);
                ctor.getBody().setRange(cc.getBody().getRange().orElse(null));
                c.addMember(ctor);
                canonical = true;
                continue;
            }
            if (m instanceof ConstructorDeclaration cd) {
                if (gen.isCanonical(cd)) { canonical = true; checkCanonical(cd, components); }
                else if (!RecordMembers.delegates(cd)) error(cd.getName(), "constructor is not canonical, so its first statement must invoke another constructor of class " + name);
            }
            c.addMember(m);
        }
        if (!canonical) c.addMember(canonical(gen, r, components));
        for (Parameter p : components)
            if (c.getMethodsBySignature(p.getNameAsString()).isEmpty()) c.addMember(at(parse(gen.accessor(p)), p));
        if (c.getMethodsBySignature("equals", "Object").isEmpty() && c.getMethodsBySignature("equals", "java.lang.Object").isEmpty())
            c.addMember(generated(gen.equalsMethod(), r, components));
        if (c.getMethodsBySignature("hashCode").isEmpty()) c.addMember(generated(gen.hashCodeMethod(), r, components));
        if (c.getMethodsBySignature("toString").isEmpty()) c.addMember(generated(gen.toStringMethod(), r, components));

        if (r.getParentNode().orElse(null) instanceof LocalRecordDeclarationStmt local) hoist(local, c);
        else r.replace(c);
    }

    /** JavaParser's validator rejects instance fields in records; javac's wording, at each such field. */
    static boolean instanceFields(ostooc.frontend.SourceFile file, com.github.javaparser.ast.CompilationUnit unit,
                                  com.github.javaparser.Problem problem, Diagnostics diags) {
        if (!problem.getMessage().startsWith("Record Declarations must have zero non-static fields")) return false;
        for (RecordDeclaration r : unit.findAll(RecordDeclaration.class))
            for (FieldDeclaration fd : r.getFields()) {
                if (fd.isStatic()) continue;
                Pos p = Positions.start(file, fd.getVariable(0).getName());
                diags.error(file, p.line(), p.column(), "field declaration must be static\n  (consider replacing field with record component)");
            }
        return true;
    }

    /** A local record is static (JLS 14.3): it becomes a static member of the enclosing class, and its statement an empty one. */
    private void hoist(LocalRecordDeclarationStmt local, ClassOrInterfaceDeclaration c) {
        TypeDeclaration<?> outer = local.findAncestor(TypeDeclaration.class).orElse(null);
        boolean clash = outer == null || outer.getMembers().stream()
                .anyMatch(m -> m instanceof TypeDeclaration<?> t && t.getNameAsString().equals(c.getNameAsString()));
        if (clash) { error(c.getName(), "unsupported: a local record whose name is also a member class"); return; }
        c.addModifier(Modifier.Keyword.STATIC);
        outer.addMember(c);
        EmptyStmt empty = new EmptyStmt();
        local.getRange().ifPresent(empty::setRange);
        local.replace(empty);
    }

    /** JLS 8.10.4.2: a compact constructor may not assign the fields itself (they are assigned after its body). */
    private void checkCompact(CompactConstructorDeclaration cc, List<Parameter> components) {
        for (Node target : RecordMembers.fieldAssignments(cc.getBody(), components))
            error(file, Positions.preferred(file.source(), target), "cannot assign a value to final variable " + RecordMembers.fieldName(target));
    }

    /** A canonical constructor must assign every field (javac's definite-assignment error, checked syntactically). */
    private void checkCanonical(ConstructorDeclaration cd, List<Parameter> components) {
        List<Node> assigned = RecordMembers.fieldAssignments(cd.getBody(), components);
        for (Parameter p : components) {
            if (assigned.stream().noneMatch(t -> RecordMembers.fieldName(t).equals(p.getNameAsString()))) {
                error(file, Positions.end(file.source(), cd.getBody()), "variable " + p.getNameAsString() + " might not have been initialized");
                return;
            }
        }
    }

    /** The generated canonical constructor, each parameter and field assignment at its component's position. */
    private ConstructorDeclaration canonical(RecordMembers gen, RecordDeclaration r, List<Parameter> components) {
        ConstructorDeclaration ctor = at(parse(gen.canonical()), r.getName()).asConstructorDeclaration();
        for (int i = 0; i < components.size(); i++) {
            at(ctor.getParameter(i), components.get(i));
            at(ctor.getBody().getStatement(i), components.get(i));
        }
        return ctor;
    }

    /** A generated method at the record's name; each use of a component's field at the component (one error there, not many). */
    private BodyDeclaration<?> generated(String member, RecordDeclaration r, List<Parameter> components) {
        BodyDeclaration<?> m = at(parse(member), r.getName());
        for (com.github.javaparser.ast.expr.FieldAccessExpr f : m.findAll(com.github.javaparser.ast.expr.FieldAccessExpr.class))
            for (Parameter p : components) if (p.getNameAsString().equals(f.getNameAsString())) at(f, p);
        return m;
    }

    private BodyDeclaration<?> parse(String member) {
        return generator.parseBodyDeclaration(member).getResult().orElseThrow(() -> new IllegalStateException("bad generated member: " + member));
    }

    /** Gives every node of generated code {@code origin}'s range, so positions point at the record. */
    private static <N extends Node> N at(N generated, Node origin) {
        Range range = origin.getRange().orElse(null);
        generated.walk(n -> { n.setTokenRange(null); n.setRange(range); });
        return generated;
    }

    private void error(Node at, String message) { error(file, Positions.start(file.source(), at), message); }

    private void error(ParsedFile f, Pos p, String message) { diags.error(f.source(), p.line(), p.column(), message); }
}

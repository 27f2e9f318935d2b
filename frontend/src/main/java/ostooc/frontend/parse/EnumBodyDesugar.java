package ostooc.frontend.parse;

import com.github.javaparser.Range;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 1b': an enum constant with a class body declares an anonymous subclass of its enum (JLS 8.9.1); like
 * javac, it becomes a static final member class named by the next free number ({@code E$1}, {@code E$2}, …):
 * <pre>
 *   enum E { A(5) { int f() { return 1; } }, B(6); E(int k) { … } int f() { return 0; } }
 *   =>  enum E { A(5), B(6); E(int k) { … } int f() { return 0; }
 *               static final class 1 extends E { 1(int arg$0) { super(arg$0); } int f() { return 1; } } }
 * </pre>
 * The member gets one constructor per constructor of the enum, with its parameter types, each passing its
 * arguments to that {@code super(...)}, so overload resolution of the constant's arguments picks the same one
 * as javac's anonymous constructor would (JLS 15.9.5.1). The constant keeps its arguments and records its
 * class in {@link #BODY_CLASS}; {@code attr.EnumAttributor} creates it as an instance of that class, with the
 * enum's name and ordinal. The member is marked {@link #CONSTANT_BODY}: only such a class may extend an enum.
 * Runs before parse.InnerClassDesugar, so anonymous classes inside a body are numbered within it ({@code E$1$1}).
 */
public final class EnumBodyDesugar {
    /** On an enum constant with a body: the simple name of the member class its body became. */
    public static final DataKey<String> BODY_CLASS = new DataKey<>() { };
    /** On the member class a constant body became. */
    public static final DataKey<Boolean> CONSTANT_BODY = new DataKey<>() { };

    private EnumBodyDesugar() { }

    /** Rewrites every enum of a user file in place. */
    public static void desugar(ParsedFile f) {
        for (EnumDeclaration e : f.unit().findAll(EnumDeclaration.class))
            for (EnumConstantDeclaration k : e.getEntries())
                if (hasBody(k)) hoist(e, k);
    }

    /** {@code A { }} has a body too (an empty one: still a class of its own); JavaParser's empty list does not say, the last token does. */
    private static boolean hasBody(EnumConstantDeclaration k) {
        return !k.getClassBody().isEmpty() || k.getTokenRange().map(r -> r.getEnd().getText().equals("}")).orElse(false);
    }

    private static void hoist(EnumDeclaration e, EnumConstantDeclaration k) {
        String name = freshName(e);
        ClassOrInterfaceDeclaration c = new ClassOrInterfaceDeclaration(
                new NodeList<>(Modifier.staticModifier(), Modifier.finalModifier()), false, name);
        Range at = k.getName().getRange().orElse(null);
        c.setRange(k.getRange().orElse(at));
        c.getName().setRange(at);
        c.addExtendedType(e.getNameAsString());
        c.getExtendedTypes(0).walk(n -> n.setRange(at));
        for (ConstructorDeclaration ctor : e.getConstructors()) c.addMember(forwarding(name, ctor, at));
        List<BodyDeclaration<?>> members = new ArrayList<>(k.getClassBody());
        k.getClassBody().clear();
        for (BodyDeclaration<?> m : members) c.addMember(m);
        c.setData(CONSTANT_BODY, Boolean.TRUE);
        k.setData(BODY_CLASS, name);
        e.addMember(c);
    }

    /** {@code name(T0 arg$0, …) { super(arg$0, …); }} for the enum's constructor {@code ctor}. */
    private static ConstructorDeclaration forwarding(String name, ConstructorDeclaration ctor, Range at) {
        ConstructorDeclaration k = new ConstructorDeclaration(name);
        NodeList<Expression> args = new NodeList<>();
        List<Parameter> params = ctor.getParameters();
        for (int i = 0; i < params.size(); i++) {
            k.addParameter(params.get(i).getType().clone(), "arg$" + i);
            args.add(new NameExpr("arg$" + i));
        }
        k.getBody().addStatement(new ExplicitConstructorInvocationStmt(false, null, args));
        k.walk(n -> { if (n.getRange().isEmpty()) n.setRange(at); });
        return k;
    }

    /** javac's numbering: the first free {@code <i>} among the enum's member types. */
    private static String freshName(TypeDeclaration<?> e) {
        for (int i = 1; ; i++) {
            String candidate = Integer.toString(i);
            if (e.getMembers().stream().noneMatch(m -> m instanceof TypeDeclaration<?> t && t.getNameAsString().equals(candidate))) return candidate;
        }
    }
}

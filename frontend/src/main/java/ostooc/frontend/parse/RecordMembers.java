package ostooc.frontend.parse;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The source text of a record's implicit members, as the JDK defines them (java.lang.Record and the
 * {@code java.lang.runtime.ObjectMethods} bootstrap that javac's records call):
 * <pre>
 *   equals:   o is an R and, per component, primitives by ==  (float/double: Float/Double.compare == 0),
 *             references by Objects.equals (null-safe equals)
 *   hashCode: h = 0; per component h = h * 31 + hash(c)   (Integer/Long/Boolean/... .hashCode, Objects.hashCode)
 *   toString: R[x=1, s=null]   (the simple name; components with String conversion)
 * </pre>
 * The names {@code $o}/{@code $r} cannot clash with a component's use (user code never sees these bodies).
 */
final class RecordMembers {
    private final String name;
    private final List<Parameter> components;

    RecordMembers(String name, List<Parameter> components) { this.name = name; this.components = components; }

    String field(Parameter p) { return "private final " + type(p) + " " + p.getNameAsString() + ";"; }

    String accessor(Parameter p) { return "public " + type(p) + " " + p.getNameAsString() + "() { return this." + p.getNameAsString() + "; }"; }

    /** {@code R(T1 a, T2 b) { this.a = a; this.b = b; }}; a compact constructor's body goes in front. */
    String canonical() {
        String params = components.stream().map(p -> type(p) + " " + p.getNameAsString()).collect(Collectors.joining(", "));
        String body = components.stream().map(p -> "this." + p.getNameAsString() + " = " + p.getNameAsString() + ";").collect(Collectors.joining(" "));
        return name + "(" + params + ") { " + body + " }";
    }

    String equalsMethod() {
        StringBuilder s = new StringBuilder("public boolean equals(Object $o) { if (this == $o) return true; if (!($o instanceof ")
                .append(name).append(")) return false; ").append(name).append(" $r = (").append(name).append(") $o; return true");
        for (Parameter p : components) s.append(" && ").append(same(p.getType(), "this." + p.getNameAsString(), "$r." + p.getNameAsString()));
        return s.append("; }").toString();
    }

    String hashCodeMethod() {
        StringBuilder s = new StringBuilder("public int hashCode() { int $h = 0; ");
        for (Parameter p : components) s.append("$h = $h * 31 + ").append(hash(p.getType(), "this." + p.getNameAsString())).append("; ");
        return s.append("return $h; }").toString();
    }

    String toStringMethod() {
        StringBuilder s = new StringBuilder("public String toString() { return \"").append(name).append("[");
        for (int i = 0; i < components.size(); i++) {
            String c = components.get(i).getNameAsString();
            s.append(i == 0 ? "" : ", ").append(c).append("=\" + this.").append(c).append(" + \"");
        }
        return s.append("]\"; }").toString();
    }

    private static String same(Type t, String a, String b) {
        if (!(t instanceof PrimitiveType p)) return "(" + a + " == " + b + " || " + a + " != null && " + a + ".equals(" + b + "))";
        return switch (p.getType()) {
            case FLOAT -> "Float.compare(" + a + ", " + b + ") == 0";
            case DOUBLE -> "Double.compare(" + a + ", " + b + ") == 0";
            default -> a + " == " + b;
        };
    }

    private static String hash(Type t, String a) {
        if (!(t instanceof PrimitiveType p)) return "(" + a + " == null ? 0 : " + a + ".hashCode())";
        return switch (p.getType()) {
            case INT -> a;
            case LONG -> "(int) (" + a + " ^ (" + a + " >>> 32))";    // Long.hashCode
            case BOOLEAN -> "(" + a + " ? 1231 : 1237)";             // Boolean.hashCode
            case CHAR, SHORT, BYTE -> "(int) " + a;                  // Character/Short/Byte.hashCode
            case FLOAT -> "Float.hashCode(" + a + ")";
            case DOUBLE -> "Double.hashCode(" + a + ")";
        };
    }

    private static String type(Parameter p) { return p.getType().asString(); }

    /** Whether {@code cd} has exactly the components' types (JLS 8.10.4: the canonical constructor). */
    boolean isCanonical(ConstructorDeclaration cd) {
        if (cd.getParameters().size() != components.size()) return false;
        for (int i = 0; i < components.size(); i++)
            if (!cd.getParameter(i).getType().asString().equals(type(components.get(i)))) return false;
        return true;
    }

    /** Whether a constructor starts with {@code this(...)}. */
    static boolean delegates(ConstructorDeclaration cd) {
        return !cd.getBody().getStatements().isEmpty()
                && cd.getBody().getStatement(0) instanceof ExplicitConstructorInvocationStmt e && e.isThis();
    }

    /** Assignments ({@code =}, compound, {@code ++}/{@code --}) to {@code this.c} for a component c, as their target nodes. */
    static List<Node> fieldAssignments(Node body, List<Parameter> components) {
        List<Node> out = new ArrayList<>();
        List<String> names = components.stream().map(Parameter::getNameAsString).toList();
        body.walk(n -> {
            Expression target = n instanceof AssignExpr a ? a.getTarget()
                    : n instanceof UnaryExpr u && (u.getOperator().name().contains("CREMENT")) ? u.getExpression() : null;
            if (target instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr t && t.getTypeName().isEmpty()
                    && names.contains(f.getNameAsString())) out.add(target);
        });
        return out;
    }

    static String fieldName(Node target) { return ((FieldAccessExpr) target).getNameAsString(); }
}

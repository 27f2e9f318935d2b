package ostooc.tests;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated program of statement methods. Each method declares the same locals (initial values passed
 * through {@code id()}), runs its statements, and prints all locals after every top-level statement, so
 * each output line belongs to one statement.
 */
public final class StmtProgram {
    public static final String CLASS = "GenStmt";

    public static final List<Expr.Var> LOCALS = List.of(
            new Expr.Var("a", NumType.INT), new Expr.Var("b", NumType.INT), new Expr.Var("c", NumType.LONG),
            new Expr.Var("d", NumType.LONG), new Expr.Var("e", NumType.BYTE), new Expr.Var("f", NumType.SHORT),
            new Expr.Var("g", NumType.CHAR));

    /** One method: the initial value of each local (narrowed to its type) and the statements. */
    public record Method(List<Long> initial, List<Stmt> body) { }

    private StmtProgram() { }

    public static String render(List<Method> methods) {
        StringBuilder sb = new StringBuilder("public class " + CLASS + " {\n");
        sb.append("    static int id(int x) { return x; }\n    static long idl(long x) { return x; }\n\n");
        sb.append("    public static void main(String[] args) {\n");
        for (int m = 0; m < methods.size(); m++) sb.append("        s").append(m).append("();\n");
        sb.append("    }\n");
        for (int m = 0; m < methods.size(); m++) renderMethod(sb, m, methods.get(m));
        return sb.append("}\n").toString();
    }

    /** What printed each line: "s<method>: <statement>". */
    public static List<String> labels(List<Method> methods) {
        List<String> out = new ArrayList<>();
        for (int m = 0; m < methods.size(); m++)
            for (Stmt s : methods.get(m).body()) out.add("s" + m + ": " + Stmt.render(s));
        return out;
    }

    private static void renderMethod(StringBuilder sb, int m, Method method) {
        sb.append("\n    static void s").append(m).append("() {\n");
        for (int i = 0; i < LOCALS.size(); i++) {
            Expr.Var v = LOCALS.get(i);
            long init = method.initial().get(i);
            String value = v.type() == NumType.LONG ? "idl(" + init + "L)" : "(" + v.type().keyword() + ") id(" + (int) init + ")";
            sb.append("        ").append(v.type().keyword()).append(' ').append(v.name()).append(" = ").append(value).append(";\n");
        }
        Stmt.Names names = new Stmt.Names();
        int n = 0;
        for (Stmt s : method.body()) {
            s.render(sb, "        ", names);
            sb.append("        System.out.println(\"s").append(m).append('.').append(n++).append(":\"");
            for (Expr.Var v : LOCALS) sb.append(" + \" \" + ").append(v.type() == NumType.CHAR ? "(int) " + v.name() : v.name());
            sb.append(");\n");
        }
        sb.append("    }\n");
    }
}

package ostooc.tests;

import java.util.List;

/**
 * A generated program that prints one line per expression: static fields and parameters hold the
 * {@link Env} values (set at run time through {@code id()}), and the expressions are split into methods
 * of {@value #PER_METHOD} so no method nears the JVM's 64 KiB code limit.
 */
public final class ExprProgram {
    public static final String CLASS = "GenExpr";
    static final int PER_METHOD = 10;

    /** The variables an expression may read: three static fields and one parameter of each type. */
    public static final List<Expr.Var> VARS = List.of(
            new Expr.Var("i0", NumType.INT), new Expr.Var("i1", NumType.INT), new Expr.Var("i2", NumType.INT),
            new Expr.Var("p", NumType.INT),
            new Expr.Var("l0", NumType.LONG), new Expr.Var("l1", NumType.LONG), new Expr.Var("l2", NumType.LONG),
            new Expr.Var("q", NumType.LONG));

    /** The run-time values of {@link #VARS}. */
    public record Env(int i0, int i1, int i2, int p, long l0, long l1, long l2, long q) { }

    private ExprProgram() { }

    public static String render(Env env, List<Expr> exprs) {
        StringBuilder sb = new StringBuilder();
        sb.append("public class ").append(CLASS).append(" {\n");
        sb.append("    static int i0, i1, i2;\n    static long l0, l1, l2;\n\n");
        sb.append("    static int id(int x) { return x; }\n    static long idl(long x) { return x; }\n\n");
        sb.append("    public static void main(String[] args) {\n");
        sb.append("        i0 = id(").append(env.i0()).append(");\n");
        sb.append("        i1 = id(").append(env.i1()).append(");\n");
        sb.append("        i2 = id(").append(env.i2()).append(");\n");
        sb.append("        l0 = idl(").append(env.l0()).append("L);\n");
        sb.append("        l1 = idl(").append(env.l1()).append("L);\n");
        sb.append("        l2 = idl(").append(env.l2()).append("L);\n");
        int methods = (exprs.size() + PER_METHOD - 1) / PER_METHOD;
        for (int m = 0; m < methods; m++) {
            sb.append("        m").append(m).append("(id(").append(env.p()).append("), idl(").append(env.q()).append("L));\n");
        }
        sb.append("    }\n");
        for (int m = 0; m < methods; m++) {
            sb.append("\n    static void m").append(m).append("(int p, long q) {\n");
            for (int k = m * PER_METHOD; k < Math.min(exprs.size(), (m + 1) * PER_METHOD); k++) {
                sb.append("        System.out.println(").append(Expr.printable(exprs.get(k))).append(");\n");
            }
            sb.append("    }\n");
        }
        return sb.append("}\n").toString();
    }
}

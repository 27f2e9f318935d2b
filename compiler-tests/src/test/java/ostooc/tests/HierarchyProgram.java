package ostooc.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random class hierarchy as Java source: classes C0..Cn (C0 the root, each other class extending an
 * earlier one), some abstract; each has an int field set by its initializer and its constructor (which
 * calls {@code super(...)}; C0's also calls m0, which sees subclass fields still 0), and methods {@code int m0(int) .. m2(int)} that are declared, overridden,
 * left abstract or inherited at random. Bodies combine the argument, fields of the class and its
 * ancestors, {@code super.mK(x)} and calls of lower-numbered methods (so every call chain ends). main
 * creates each concrete class and calls every method through references typed as each of its ancestors.
 *
 * <p>Interfaces I0 and I1 (I1 extending I0 or not) declare some of the m methods abstract and a default
 * method {@code dJ} (I1 may override d0, calling {@code I0.super.d0}); classes implement them at random and
 * sometimes override a default; main also calls every interface method through references typed as each
 * interface the class implements.
 *
 * <p>main also creates anonymous subclasses of random classes (abstract ones too), overriding some methods (all
 * the abstract ones) with bodies that use a captured local, the class's field and {@code super.mK}, and calls them
 * through each ancestor type; and an enum with constant bodies ({@link EnumSection}).
 */
final class HierarchyProgram {
    static final String CLASS = "Hierarchy";
    private static final int METHODS = 3;

    final String source;
    final List<String> labels = new ArrayList<>();

    private final Random rnd;
    private final int n;
    private final int[] parent;
    private final boolean[] isAbstract;
    /** defined[c][k]: 0 inherited, 1 concrete, 2 abstract. */
    private final int[][] defined;
    private static final int IFACES = 2;
    private boolean i1ExtendsI0, i1OverridesD0;
    /** ifaceDeclares[j][k]: Ij declares m_k abstract; implementsI[c][j]: class c names Ij in its implements. */
    private final boolean[][] ifaceDeclares = new boolean[IFACES][METHODS];
    private boolean[][] implementsI;

    HierarchyProgram(long seed) {
        rnd = new Random(seed);
        n = 2 + rnd.nextInt(4);
        parent = new int[n];
        isAbstract = new boolean[n];
        defined = new int[n][METHODS];
        implementsI = new boolean[n][IFACES];
        StringBuilder sb = new StringBuilder();
        sb.append(interfaces());
        for (int c = 0; c < n; c++) sb.append(classDecl(c));
        sb.append(main());
        source = sb.toString();
    }

    /** Whether method k is concrete in class c (declared or inherited). */
    private boolean concrete(int c, int k) {
        for (int a = c; a >= 0; a = a == 0 ? -1 : parent[a]) if (defined[a][k] != 0) return defined[a][k] == 1;
        return false;
    }

    private List<Integer> ancestors(int c) {
        List<Integer> out = new ArrayList<>();
        for (int a = c; ; a = parent[a]) { out.add(a); if (a == 0) break; }
        return out;
    }

    private String interfaces() {
        i1ExtendsI0 = rnd.nextBoolean();
        i1OverridesD0 = i1ExtendsI0 && rnd.nextBoolean();
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < IFACES; j++) {
            sb.append("interface I").append(j).append(j == 1 && i1ExtendsI0 ? " extends I0" : "").append(" {\n");
            for (int k = 0; k < METHODS; k++) {
                if (!rnd.nextBoolean()) continue;
                ifaceDeclares[j][k] = true;
                sb.append("    int m").append(k).append("(int x);\n");
            }
            sb.append("    default int d").append(j).append("(int x) { return ").append(defaultBody(j, j == 1 && i1ExtendsI0 ? 0 : -1)).append("; }\n");
            if (j == 1 && i1OverridesD0) sb.append("    default int d0(int x) { return I0.super.d0(x) * 3 + ").append(rnd.nextInt(50)).append("; }\n");
            sb.append("}\n\n");
        }
        return sb.toString();
    }

    /** x combined with constants and calls of the m methods Ij declares (and d of a superinterface). */
    private String defaultBody(int j, int superDefault) {
        StringBuilder e = new StringBuilder("x");
        for (int t = 0; t < 1 + rnd.nextInt(3); t++) {
            e.append(rnd.nextBoolean() ? " + " : " * ");
            int k = rnd.nextInt(METHODS);
            if (ifaceDeclares[j][k] || (j == 1 && i1ExtendsI0 && ifaceDeclares[0][k])) e.append("m").append(k).append("(x - ").append(t).append(")");
            else if (superDefault >= 0 && rnd.nextBoolean()) e.append("d").append(superDefault).append("(x + ").append(t).append(")");
            else e.append(rnd.nextInt(100) - 50);
        }
        return e.toString();
    }

    /** Whether class c is a subtype of interface Ij (through its own or an ancestor's implements, or I1 extends I0). */
    private boolean isA(int c, int j) {
        for (int a : ancestors(c))
            if (implementsI[a][j] || (j == 0 && i1ExtendsI0 && implementsI[a][1])) return true;
        return false;
    }

    private String classDecl(int c) {
        parent[c] = c == 0 ? -1 : rnd.nextInt(c);
        isAbstract[c] = rnd.nextInt(3) == 0;
        StringBuilder impl = new StringBuilder();
        for (int j = 0; j < IFACES; j++) {
            implementsI[c][j] = rnd.nextInt(3) == 0;
            if (implementsI[c][j]) impl.append(impl.length() == 0 ? " implements I" : ", I").append(j);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(isAbstract[c] ? "abstract " : "").append("class C").append(c).append(c == 0 ? "" : " extends C" + parent[c]).append(impl).append(" {\n");
        sb.append("    int f").append(c).append(" = ").append(rnd.nextInt(100) - 50).append(";\n");
        sb.append("    C").append(c).append("(int a) {");
        if (c > 0) sb.append(" super(a + ").append(rnd.nextInt(7)).append(");");
        sb.append(" f").append(c).append(" += a * ").append(1 + rnd.nextInt(5)).append(";");
        if (c == 0) sb.append(" f0 += m0(a) % 7;");   // a virtual call before the subclasses' fields (and captured locals) are set
        sb.append(" }\n");
        for (int k = 0; k < METHODS; k++) {
            boolean inheritedConcrete = c > 0 && concrete(parent[c], k);
            boolean mustDeclare = c == 0 || (!isAbstract[c] && !inheritedConcrete);
            if (!mustDeclare && rnd.nextBoolean()) continue;
            if (isAbstract[c] && !inheritedConcrete && rnd.nextInt(3) == 0) {
                defined[c][k] = 2;
                sb.append("    public abstract int m").append(k).append("(int x);\n");
                continue;
            }
            defined[c][k] = 1;
            sb.append("    public int m").append(k).append("(int x) { return ").append(body(c, k, inheritedConcrete)).append("; }\n");
        }
        for (int j = 0; j < IFACES; j++)   // class wins over a default
            if (isA(c, j) && rnd.nextInt(4) == 0) sb.append("    public int d").append(j).append("(int x) { return x - ").append(rnd.nextInt(100)).append("; }\n");
        return sb.append("}\n\n").toString();
    }

    private String body(int c, int k, boolean canCallSuper) {
        List<Integer> visible = ancestors(c);
        StringBuilder e = new StringBuilder("x");
        int terms = 1 + rnd.nextInt(4);
        for (int t = 0; t < terms; t++) {
            e.append(switch (rnd.nextInt(3)) { case 0 -> " + "; case 1 -> " - "; default -> " * "; });
            int pick = rnd.nextInt(5);
            if (pick == 0 && canCallSuper) e.append("super.m").append(k).append("(x + ").append(t).append(")");
            else if (pick == 1 && k > 0) e.append("m").append(rnd.nextInt(k)).append("(x - ").append(t).append(")");
            else if (pick == 2) e.append(rnd.nextInt(2000) - 1000);
            else e.append("f").append(visible.get(rnd.nextInt(visible.size())));
        }
        return e.toString();
    }

    private String main() {
        StringBuilder sb = new StringBuilder("public class " + CLASS + " {\n    public static void main(String[] args) {\n");
        for (int c = 0; c < n; c++) {
            if (isAbstract[c]) continue;
            int arg = rnd.nextInt(200) - 100;
            for (int a : ancestors(c)) {
                String var = "o" + c + "_" + a;
                sb.append("        C").append(a).append(' ').append(var).append(" = new C").append(c).append('(').append(arg).append(");\n");
                for (int k = 0; k < METHODS; k++) {
                    int x = rnd.nextInt(2000) - 1000;
                    String label = "new C" + c + "(" + arg + ") as C" + a + ": m" + k + "(" + x + ")";
                    sb.append("        System.out.println(\"").append(label).append(" = \" + ").append(var).append(".m").append(k).append('(').append(x).append("));\n");
                    labels.add(label);
                }
            }
            for (int j = 0; j < IFACES; j++) {
                if (!isA(c, j)) continue;
                String var = "i" + c + "_" + j;
                sb.append("        I").append(j).append(' ').append(var).append(" = new C").append(c).append('(').append(arg).append(");\n");
                List<String> calls = new ArrayList<>(List.of("d" + j));
                if (j == 1 && i1ExtendsI0) calls.add("d0");
                for (int k = 0; k < METHODS; k++) if (ifaceDeclares[j][k] || (j == 1 && i1ExtendsI0 && ifaceDeclares[0][k])) calls.add("m" + k);
                for (String m : calls) {
                    int x = rnd.nextInt(2000) - 1000;
                    String label = "new C" + c + "(" + arg + ") as I" + j + ": " + m + "(" + x + ")";
                    sb.append("        System.out.println(\"").append(label).append(" = \" + ").append(var).append('.').append(m).append('(').append(x).append("));\n");
                    labels.add(label);
                }
            }
        }
        anonymousSubclasses(sb);
        EnumSection enums = new EnumSection(rnd);
        sb.append(enums.mainLines(labels));
        return sb.append("    }\n").append(enums.declaration()).append("}\n").toString();
    }

    // C{a} v = new C{c}(arg) { public int m{k}(int x) { return x + cap + f{c} [+ super.m{k}(x)]; } };  then v.m{k}(x) for each k
    private void anonymousSubclasses(StringBuilder sb) {
        for (int c = 0; c < n; c++) {
            if (rnd.nextBoolean()) continue;
            String cap = "cap" + c;
            sb.append("        int ").append(cap).append(" = ").append(rnd.nextInt(100) - 50).append(";\n");
            int arg = rnd.nextInt(200) - 100;
            StringBuilder body = new StringBuilder();
            for (int k = 0; k < METHODS; k++) {
                boolean inherited = concrete(c, k);
                if (inherited && rnd.nextBoolean()) continue;
                body.append(" public int m").append(k).append("(int x) { return x * ").append(1 + rnd.nextInt(4)).append(" + ").append(cap)
                        .append(" - f").append(c).append(inherited && rnd.nextBoolean() ? " + super.m" + k + "(x)" : "").append("; }");
            }
            for (int a : ancestors(c)) {
                String var = "anon" + c + "_" + a;
                sb.append("        C").append(a).append(' ').append(var).append(" = new C").append(c).append('(').append(arg).append(") {")
                        .append(body).append(" };\n");
                for (int k = 0; k < METHODS; k++) {
                    int x = rnd.nextInt(2000) - 1000;
                    String label = "anonymous C" + c + "(" + arg + ") as C" + a + ": m" + k + "(" + x + ")";
                    sb.append("        System.out.println(\"").append(label).append(" = \" + ").append(var).append(".m").append(k).append('(').append(x).append("));\n");
                    labels.add(label);
                }
            }
        }
    }
}

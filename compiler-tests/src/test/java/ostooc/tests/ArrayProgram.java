package ostooc.tests;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a generated array program: four arrays (int, long, byte, char) filled and transformed by a list
 * of operations, each operation being a few small numbers that pick its kind, arrays, indices and
 * constants. Indices are always in bounds (generated programs never throw); every printed line has a label.
 */
final class ArrayProgram {
    static final String CLASS = "ArrayProg";
    private static final String[] NAMES = {"ia", "la", "ba", "ca"};
    private static final String[] TYPES = {"int", "long", "byte", "char"};
    private static final int[] LENGTHS = {7, 5, 9, 4};
    private static final String[] COMPOUND = {"+=", "-=", "*=", "^=", "|=", "&=", "<<=", ">>=", ">>>="};


    private final StringBuilder out = new StringBuilder();
    private final List<String> labels = new ArrayList<>();

    static ArrayProgram render(List<Choices> ops) {
        ArrayProgram p = new ArrayProgram();
        p.line("import java.util.Arrays;");
        p.line("public class " + CLASS + " {");
        for (int t = 0; t < 4; t++) p.line("    static " + TYPES[t] + "[] " + NAMES[t] + " = new " + TYPES[t] + "[" + LENGTHS[t] + "];");
        p.line("    public static void main(String[] args) {");
        for (Choices op : ops) p.op(op);
        for (int t = 0; t < 4; t++) p.printSum(t);
        for (int t = 0; t < 3; t++) p.print("Arrays.toString(" + NAMES[t] + ")");
        p.line("    }");
        p.line("}");
        return p;
    }

    String source() { return out.toString(); }
    List<String> labels() { return labels; }

    private void op(Choices op) {
        int t = op.at(1) % 4, u = op.at(2) % 4;
        String a = NAMES[t], b = NAMES[u], type = TYPES[t];
        int len = LENGTHS[t], k = op.at(3) % len, j = op.at(4) % LENGTHS[u];
        switch (op.at(0) % 8) {
            case 0 -> stmt("for (int i = 0; i < " + a + ".length; i++) " + a + "[i] = (" + type + ") (i * " + (op.at(3) - 500)
                    + " - " + op.at(4) * 1000003L + "L);");
            case 1 -> stmt(a + "[" + k + "] " + COMPOUND[op.at(5) % COMPOUND.length] + " " + (op.at(5) % 2 == 0 ? b + "[" + j + "]" : String.valueOf(op.at(4) - 300)) + ";");
            case 2 -> stmt("for (int i = 0; i < " + a + ".length; i++) " + a + "[i] " + COMPOUND[op.at(5) % COMPOUND.length] + " "
                    + b + "[(i + " + op.at(3) + ") % " + b + ".length];");
            case 3 -> stmt(a + "[" + k + "] = (" + type + ") (" + a + "[" + (op.at(4) % len) + "]++ + --" + a + "[" + k + "] - " + b + "[" + j + "]--);");
            case 4 -> stmt("Arrays.sort(" + a + ");");
            case 5 -> printSum(t);
            case 6 -> print(t == 3 ? "(int) " + a + "[" + k + "]" : "Arrays.toString(" + a + ")");
            default -> {
                int n = op.at(3) % (len + 1), s = op.at(4) % (len - n + 1), d = op.at(5) % (len - n + 1);
                stmt("System.arraycopy(" + a + ", " + s + ", " + a + ", " + d + ", " + n + ");");
            }
        }
    }

    private void printSum(int t) {
        line("        { long s = 0; for (" + TYPES[t] + " v : " + NAMES[t] + ") s = s * 31 + v; System.out.println(s); }");
        labels.add("sum of " + NAMES[t]);
    }

    private void print(String expr) {
        line("        System.out.println(" + expr + ");");
        labels.add(expr);
    }

    private void stmt(String s) { line("        " + s); }

    private void line(String s) { out.append(s).append('\n'); }
}

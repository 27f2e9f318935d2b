package ostooc.tests;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a generated program on nested arrays for {@link DeepArrayProperties}: seven arrays v0..v6
 * (v0..v3 {@code Object[]}, v4 {@code String[]}, v5 {@code int[][]}, v6 {@code double[][]}) and their twins
 * w0..w6, filled by a list of operations. Each store puts the same element into v and w as fresh objects
 * (so the twins stay deeply equal) unless the operation perturbs w; elements are null, strings (Latin-1
 * and beyond), arrays of all eight primitive types with edge values (NaN, -0.0, MIN_VALUE, non-Latin-1
 * chars), empty arrays, and references to higher-numbered arrays (shared, but acyclic, so deepEquals and
 * deepHashCode terminate as on the JVM). The last operations add references back to any Object[] array,
 * itself included (cycles), after which only deepToString is printed (its {@code [...]}). Printed:
 * deepToString, deepEquals (twins and other pairs), deepHashCode, and Arrays.equals of Object[] (element
 * identity or equals, both deterministic); each line with a label.
 */
final class DeepArrayProgram {
    static final String CLASS = "DeepArrayProg";
    private static final String[] TYPES = {"Object[]", "Object[]", "Object[]", "Object[]", "String[]", "int[][]", "double[][]"};
    private static final int[] LENGTHS = {3, 2, 4, 1, 3, 2, 2};
    private static final int OBJECTS = 4;   // v0..v3 hold anything

    private static final String[] PRIMITIVES = {"int", "long", "short", "byte", "char", "boolean", "double", "float"};
    private static final String[][] VALUES = {
        {"0", "1", "-1", "42", "Integer.MIN_VALUE", "Integer.MAX_VALUE", "-7919"},
        {"0L", "-1L", "Long.MIN_VALUE", "Long.MAX_VALUE", "4294967296L", "123456789012L"},
        {"(short) 0", "(short) -1", "Short.MIN_VALUE", "(short) 300", "(short) 32767"},
        {"(byte) 0", "(byte) -128", "(byte) 127", "(byte) 200", "(byte) 5"},
        {"'a'", "'Z'", "'0'", "' '", "'\\u00e9'", "'\\u0101'", "'\\u4e2d'", "'\\u00ff'"},
        {"true", "false"},
        {"0.0", "-0.0", "1.5", "Double.NaN", "1e300", "Double.NEGATIVE_INFINITY", "0.1", "-2.5e-10", "Double.MIN_VALUE"},
        {"0.0f", "-0.0f", "1.5f", "Float.NaN", "3e38f", "Float.POSITIVE_INFINITY", "0.1f", "1e-40f"},
    };
    private static final String[] STRINGS = {"\"\"", "\"a\"", "\"hello\"", "\"\\u00e9t\\u00e9\"", "\"\\u0101\\u4e2d\"", "\"null\"", "\"[...]\"", "\"x, y\""};

    private final StringBuilder out = new StringBuilder();
    private final List<String> labels = new ArrayList<>();

    static DeepArrayProgram render(List<Choices> ops, int backEdges) {
        DeepArrayProgram p = new DeepArrayProgram();
        p.line("import java.util.Arrays;");
        p.line("public class " + CLASS + " {");
        p.line("    public static void main(String[] args) {");
        for (int v = 0; v < TYPES.length; v++) {
            String t = TYPES[v], alloc = "new " + t.substring(0, t.indexOf('[')) + "[" + LENGTHS[v] + "]" + t.substring(t.indexOf(']') + 1);
            p.line("        " + t + " v" + v + " = " + alloc + ", w" + v + " = " + alloc + ";");
        }
        int edges = Math.min(backEdges, ops.size());
        for (Choices op : ops.subList(0, ops.size() - edges)) p.op(op);
        for (int v = 0; v < TYPES.length; v++) {
            p.print("Arrays.deepToString(v" + v + ")");
            p.print("Arrays.deepEquals(v" + v + ", w" + v + ")");
            p.print("Arrays.deepHashCode(v" + v + ") == Arrays.deepHashCode(w" + v + ")");
        }
        for (Choices op : ops.subList(ops.size() - edges, ops.size())) {
            int v = op.at(0) % OBJECTS, i = op.at(1) % LENGTHS[v], k = op.at(2) % OBJECTS;
            p.stmt("v" + v + "[" + i + "] = v" + k + ";");
            p.stmt("w" + v + "[" + i + "] = " + (op.at(3) % 2 == 0 ? "w" : "v") + k + ";");
        }
        for (int v = 0; v < OBJECTS; v++) {
            p.print("Arrays.deepToString(v" + v + ")");
            p.print("Arrays.deepToString(w" + v + ")");
        }
        p.line("    }");
        p.line("}");
        return p;
    }

    String source() { return out.toString(); }
    List<String> labels() { return labels; }

    private void op(Choices op) {
        int v = op.at(1) % TYPES.length, u = op.at(2) % TYPES.length;
        switch (op.at(0) % 8) {
            case 0, 1, 2 -> store(v, op, false);
            case 3 -> store(v, op, true);
            case 4 -> print("Arrays.deepToString(v" + v + ")");
            case 5 -> print("Arrays.deepEquals(" + (op.at(3) % 2 == 0 ? "v" : "w") + v + ", " + (op.at(4) % 2 == 0 ? "v" : "w") + u + ")");
            case 6 -> print("Arrays.deepHashCode(v" + v + ")");
            default -> {
                if (v < OBJECTS && u < OBJECTS) print("Arrays.equals(v" + v + ", " + (op.at(3) % 2 == 0 ? "v" : "w") + u + ")");
                else print("Arrays.deepHashCode(w" + v + ")");
            }
        }
    }

    /** {@code v[i] = e; w[i] = e'}: e' is e again (fresh objects), or, when perturbing, another element. */
    private void store(int v, Choices op, boolean perturb) {
        int i = op.at(3) % LENGTHS[v];
        stmt("v" + v + "[" + i + "] = " + element(v, op.at(4), op.at(5), false) + ";");
        int a = perturb ? op.at(4) + 1 + op.at(2) : op.at(4), b = perturb ? op.at(5) * 7 + 3 : op.at(5);
        stmt("w" + v + "[" + i + "] = " + element(v, a, b, true) + ";");
    }

    /** An element that array v can hold, picked by {@code kind} and {@code seed}; in a twin ({@code twin}) references go to w or v. */
    private static String element(int v, int kind, int seed, boolean twin) {
        if (kind % 9 == 0) return "null";
        if (v == 4) return STRINGS[seed % STRINGS.length];
        if (v == 5) return primitiveArray(0, seed);
        if (v == 6) return primitiveArray(6, seed);
        switch (kind % 6) {
            case 0, 1 -> { return primitiveArray(seed % PRIMITIVES.length, seed / 8); }
            case 2 -> { return STRINGS[seed % STRINGS.length]; }
            case 3 -> {
                int k = v + 1 + seed % (TYPES.length - v - 1);   // a higher-numbered array: no cycle
                return (twin && seed % 3 == 0 ? "v" : twin ? "w" : "v") + k;
            }
            case 4 -> { return seed % 2 == 0 ? "new Object[0]" : "new String[] {" + STRINGS[seed % STRINGS.length] + ", null}"; }
            default -> { return "new Object[] {" + primitiveArray(seed % PRIMITIVES.length, seed / 3) + ", " + STRINGS[seed / 5 % STRINGS.length] + "}"; }
        }
    }

    /** {@code new T[] {…}} of 0 to 3 of type t's values. */
    private static String primitiveArray(int t, int seed) {
        String[] values = VALUES[t];
        StringBuilder b = new StringBuilder("new " + PRIMITIVES[t] + "[] {");
        for (int k = 0, n = seed % 4; k < n; k++) b.append(k > 0 ? ", " : "").append(values[(seed / 4 + 3 * k) % values.length]);
        return b.append("}").toString();
    }

    private void print(String expr) {
        labels.add(expr);
        line("        System.out.println(" + expr + ");");
    }

    private void stmt(String s) { line("        " + s); }

    private void line(String s) { out.append(s).append('\n'); }
}

package ostooc.tests;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates random overload sets and calls of them (JLS 15.12.2's three phases: strict, loose with boxing and
 * unboxing, variable arity): a few static methods {@code mK} per set whose parameter types are drawn from the
 * primitives, the boxes, Object, Number and String, the last one sometimes varargs ({@code int...},
 * {@code Object...}, {@code Integer...}, ...); each returns its own signature (and, when variable arity, the
 * length and first element of its array), so the output says which one was chosen and what it received. The
 * calls pass static fields of every type (a null Integer among them), literals, casts and arrays. Half of the sets
 * are also the constructors of a nested class {@code Ck}, called as {@code new Ck(...).s}.
 *
 * <p>Call k is alone in method {@code tK}, on line {@link #callLine}(k), so javac's and ostooc's errors
 * belong to one call each; {@link #source} with a set of rejected calls blanks them (their lines stay).
 */
final class OverloadProgram {
    static final String CLASS = "OvMain";
    private static final String[] PARAMS = {"int", "long", "short", "byte", "char", "double", "float", "boolean", "Integer", "Long", "Short", "Byte",
            "Character", "Boolean", "Double", "Float", "Object", "Number", "String", "int", "Integer", "Object", "long", "Long"};
    private static final String[] VARARGS = {"int...", "long...", "Object...", "Integer...", "Number...", "double...", "Object...", "Integer...", "int..."};
    private static final String[][] FIELDS = {{"int", "i", "3"}, {"long", "l", "4L"}, {"short", "s", "(short) 5"}, {"byte", "b", "(byte) 6"},
            {"char", "c", "'c'"}, {"boolean", "z", "true"}, {"double", "d", "1.5"}, {"float", "f", "2.5f"}, {"Integer", "I", "7"}, {"Long", "L", "8L"},
            {"Short", "S", "(short) 9"}, {"Byte", "B", "(byte) 10"}, {"Character", "C", "'C'"}, {"Boolean", "Z", "false"}, {"Double", "D", "3.5"},
            {"Float", "F", "4.5f"}, {"Object", "o", "11"}, {"Number", "n", "12.5"}, {"String", "str", "\"s\""}, {"Integer", "N", "null"},
            {"int[]", "ia", "{1, 2}"}, {"Integer[]", "Ia", "{3}"}, {"Object[]", "oa", "{\"x\", 4}"}};
    private static final String[] LITERALS = {"1", "1L", "'a'", "1.5", "2.5f", "true", "(short) 1", "(byte) 2", "null", "\"lit\"", "(Object) 1",
            "(Integer) 5", "(Object) null", "(int) 'x'", "128", "(long) I", "(Number) 3"};

    private final List<String> declarations = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    private final List<Boolean> ctors = new ArrayList<>();

    OverloadProgram(Random rnd, int sets, int callsPerSet) {
        List<List<List<String>>> overloads = new ArrayList<>();
        for (int k = 0; k < sets; k++) {
            Set<String> erased = new LinkedHashSet<>();
            List<List<String>> set = new ArrayList<>();
            int n = 2 + rnd.nextInt(3);
            for (int tries = 0; set.size() < n && tries < 20; tries++) {
                List<String> params = new ArrayList<>();
                int arity = rnd.nextInt(6) == 0 ? 0 : rnd.nextInt(5) == 0 ? 3 : 1 + rnd.nextInt(2);
                for (int i = 0; i < arity; i++) params.add(PARAMS[rnd.nextInt(PARAMS.length)]);
                if (rnd.nextInt(3) == 0) params.add(VARARGS[rnd.nextInt(VARARGS.length)]);
                if (!erased.add(String.join(",", params).replace("...", "[]"))) continue;   // one method per erased signature
                set.add(params);
                declarations.add(declaration("m" + k, params));
            }
            overloads.add(set);
            ctors.add(rnd.nextBoolean());
            if (ctors.get(k)) {   // the same overloads as constructors of a nested class Ck: new Ck(...).s
                declarations.add("    static class C" + k + " {");
                declarations.add("        final String s;");
                for (List<String> params : set)
                    declarations.add("    " + declaration("m" + k, params).replace("static String m" + k, "C" + k).replace("{ return ", "{ s = "));
                declarations.add("    }");
            }
        }
        for (int j = 0; j < sets * callsPerSet; j++) {
            int k = rnd.nextInt(sets);
            List<List<String>> set = overloads.get(k);
            int arity = rnd.nextInt(4) == 0 ? rnd.nextInt(4) : Math.max(0, set.get(rnd.nextInt(set.size())).size() + rnd.nextInt(3) - 1);
            List<String> args = new ArrayList<>();
            for (int i = 0; i < arity; i++) args.add(argument(rnd));
            boolean ctor = ctors.get(k) && rnd.nextInt(3) == 0;
            calls.add("System.out.println(" + (ctor ? "new C" + k : "m" + k) + "(" + String.join(", ", args) + ")" + (ctor ? ".s" : "") + ");");
        }
    }

    private static String argument(Random rnd) {
        int r = rnd.nextInt(10);
        if (r < 6) {
            String[] f = FIELDS[rnd.nextInt(FIELDS.length)];
            return f[1].equals("N") && rnd.nextInt(3) != 0 ? "I" : f[1];   // the null Integer: rarely (unboxing it ends the run)
        }
        return LITERALS[rnd.nextInt(LITERALS.length)];
    }

    /** {@code static String m0(int p0, Object... p1) { return "m0(int,Object...) " + (p1 == null ? "null" : p1.length + ...); }} */
    private static String declaration(String name, List<String> params) {
        StringBuilder sig = new StringBuilder(), decl = new StringBuilder();
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) { sig.append(','); decl.append(", "); }
            sig.append(params.get(i));
            decl.append(params.get(i)).append(" p").append(i);
        }
        String body = "\"" + name + "(" + sig + ")\"";
        if (!params.isEmpty() && params.get(params.size() - 1).endsWith("...")) {
            String a = "p" + (params.size() - 1);
            // an Object... element may be an array, whose toString has an identity hash: printed as its class name
            String first = params.get(params.size() - 1).equals("Object...")
                    ? "(" + a + "[0] instanceof Object[] || " + a + "[0] instanceof int[] ? " + a + "[0].getClass().getName() : " + a + "[0])" : a + "[0]";
            body += " + (" + a + " == null ? \" null\" : \" \" + " + a + ".length + (" + a + ".length > 0 ? \" \" + " + first + " : \"\"))";
        }
        return "    static String " + name + "(" + decl + ") { return " + body + "; }";
    }

    /** The line of call k. */
    int callLine(int k) { return 1 + FIELDS.length + declarations.size() + 2 + 3 * k; }

    /** The call whose line is {@code line}, or -1. */
    int callAt(int line) {
        int k = (line - callLine(0)) / 3;
        return line >= callLine(0) && (line - callLine(0)) % 3 == 0 && k < calls.size() ? k : -1;
    }

    /** The program with the calls in {@code dropped} blanked; main calls the others in order. */
    String source(Set<Integer> dropped) {
        StringBuilder sb = new StringBuilder("public class " + CLASS + " {\n");
        for (String[] f : FIELDS) sb.append("    static ").append(f[0]).append(' ').append(f[1]).append(" = ").append(f[2]).append(";\n");
        for (String d : declarations) sb.append(d).append('\n');
        for (int k = 0; k < calls.size(); k++)
            sb.append("    static void t").append(k).append("() {\n        ").append(dropped.contains(k) ? ";" : calls.get(k)).append("\n    }\n");
        sb.append("    public static void main(String[] args) {\n");
        for (int k = 0; k < calls.size(); k++) if (!dropped.contains(k)) sb.append("        t").append(k).append("();\n");
        sb.append("    }\n}\n");
        return sb.toString();
    }
}

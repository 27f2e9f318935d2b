package ostooc.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a program of random boxing and unboxing statements (JLS 5.1.7, 5.1.8 and the contexts that apply
 * them): a local pair and a static field of every primitive type, every box, Object and Number; assignments
 * between them, arithmetic, comparisons and {@code ==} (between boxes too, with values inside and outside
 * the valueOf caches), {@code ?:} mixing boxes, primitives, constants and null (JLS 15.25's table),
 * {@code ++}/{@code --} and compound assignment on boxes, casts ({@code (int) obj}, {@code (Integer) 5},
 * {@code (long) integerBox}), string concatenation, {@code equals}/{@code hashCode}/{@code compareTo}/
 * {@code toString}/{@code xxxValue()} on boxes; occasionally a null box, whose unboxing ends the run with a
 * NullPointerException, and rarely a ClassCastException or a division by zero.
 *
 * <p>The generator types its expressions only roughly (it knows each variable's type and the promotions, not
 * all of JLS 15.25 or 15.21): a statement is one line, every variable is declared and initialized before the
 * first, so the caller drops the lines javac rejects ({@link #without}) and keeps a valid program. Line
 * {@link #FIRST_LINE} + k is statement k.
 */
final class BoxingProgram {
    static final String CLASS = "BoxMain";
    static final String[] PRIMS = {"int", "long", "short", "byte", "char", "boolean", "double", "float"};
    static final String[] BOXES = {"Integer", "Long", "Short", "Byte", "Character", "Boolean", "Double", "Float"};
    static final String[] REFS = {"Object", "Number"};

    /** The line of statement 0. */
    static final int FIRST_LINE;

    private static final List<String> HEADER = new ArrayList<>();
    private static final List<String> VARS = new ArrayList<>(), VAR_TYPES = new ArrayList<>();

    static {
        HEADER.add("public class " + CLASS + " {");
        for (String t : allTypes()) {
            VARS.add("f" + letter(t)); VAR_TYPES.add(t);
            HEADER.add("    static " + t + " f" + letter(t) + " = " + initial(t, 0) + ";");
        }
        // boxing and unboxing at returns, parameters and varargs elements
        HEADER.add("    static Integer boxI(int x) { return x; }");
        HEADER.add("    static int unboxI(Integer x) { return x; }");
        HEADER.add("    static long unboxL(Long x) { return x + 1; }");
        HEADER.add("    static Object asObject(Object x) { return x; }");
        HEADER.add("    static double sum(Number a, Number b) { return a.doubleValue() + b.longValue(); }");
        HEADER.add("    static int total(Integer... xs) { int s = 0; for (int x : xs) s += x; return s; }");
        HEADER.add("    static Character next(Character c) { c++; return c; }");
        HEADER.add("    public static void main(String[] args) {");
        for (String t : allTypes()) {
            for (int k = 0; k < 2; k++) { VARS.add(letter(t) + k); VAR_TYPES.add(t); }
            HEADER.add("        " + t + " " + letter(t) + "0 = " + initial(t, 1) + ", " + letter(t) + "1 = " + initial(t, 2) + ";");
        }
        HEADER.add("        Integer[] aI = {1, 200, -5}; Character[] aC = {'a', '\\u00ff'}; Long[] aL = {127L, 128L}; Double[] aD = {0.5, -0.0};");
        FIRST_LINE = HEADER.size() + 1;
    }

    final List<String> statements = new ArrayList<>();
    private final Random rnd;
    private final boolean nulls;

    BoxingProgram(Random rnd, int count) {
        this.rnd = rnd;
        this.nulls = rnd.nextInt(3) == 0;   // a third of the programs may set boxes to null (and end at the first unboxing of one)
        for (int k = 0; k < count; k++) statements.add(statement(k, count));
    }

    private BoxingProgram(List<String> statements) { this.rnd = null; this.nulls = false; this.statements.addAll(statements); }

    String source() {
        StringBuilder sb = new StringBuilder();
        for (String h : HEADER) sb.append(h).append('\n');
        for (String s : statements) sb.append("        ").append(s).append('\n');
        sb.append("    }\n}\n");
        return sb.toString();
    }

    /** This program without the statements on {@code lines} (source lines). */
    BoxingProgram without(List<Long> lines) {
        List<String> kept = new ArrayList<>();
        for (int k = 0; k < statements.size(); k++) if (!lines.contains((long) (FIRST_LINE + k))) kept.add(statements.get(k));
        return new BoxingProgram(kept);
    }

    static int statementAt(int line) { return line - FIRST_LINE; }

    static List<String> allTypes() {
        List<String> all = new ArrayList<>(List.of(PRIMS));
        all.addAll(List.of(BOXES));
        all.addAll(List.of(REFS));
        return all;
    }

    /** The variable prefix of a type: int i, Integer I, Object o, Number n, ... */
    static String letter(String t) {
        return switch (t) {
            case "int" -> "i"; case "long" -> "l"; case "short" -> "s"; case "byte" -> "b"; case "char" -> "c"; case "boolean" -> "z";
            case "double" -> "d"; case "float" -> "f"; case "Integer" -> "I"; case "Long" -> "L"; case "Short" -> "S"; case "Byte" -> "B";
            case "Character" -> "C"; case "Boolean" -> "Z"; case "Double" -> "D"; case "Float" -> "F"; case "Object" -> "o"; default -> "n";
        };
    }

    static String prim(String t) {
        for (int k = 0; k < BOXES.length; k++) if (BOXES[k].equals(t)) return PRIMS[k];
        return isPrim(t) ? t : null;
    }

    static String box(String t) {
        for (int k = 0; k < PRIMS.length; k++) if (PRIMS[k].equals(t)) return BOXES[k];
        return t;
    }

    static boolean isPrim(String t) { return List.of(PRIMS).contains(t); }
    static boolean isBox(String t) { return List.of(BOXES).contains(t); }
    static boolean isNumeric(String t) { String p = prim(t); return p != null && !p.equals("boolean"); }

    private static String initial(String t, int k) {
        return switch (t) {
            case "int", "Integer" -> new String[] {"127", "-128", "1000"}[k];
            case "long", "Long" -> new String[] {"5L", "128L", "-1L"}[k];
            case "short", "Short" -> new String[] {"(short) 300", "(short) 1", "(short) -129"}[k];
            case "byte", "Byte" -> new String[] {"(byte) 7", "(byte) -128", "(byte) 127"}[k];
            case "char", "Character" -> new String[] {"'x'", "'\\u00e9'", "(char) 127"}[k];
            case "boolean", "Boolean" -> new String[] {"true", "false", "true"}[k];
            case "double", "Double" -> new String[] {"2.5", "-0.0", "1e10"}[k];
            case "float", "Float" -> new String[] {"0.1f", "3.5f", "-2f"}[k];
            case "Object" -> new String[] {"42", "\"text\"", "'q'"}[k];
            default -> new String[] {"1.5", "7", "9L"}[k];
        };
    }

    // ---- statements ----

    private String statement(int k, int count) {
        if (nulls && k > count / 3 && rnd.nextInt(25) == 0) return var(pick(rnd.nextBoolean() ? BOXES : REFS)) + " = null;";
        int r = rnd.nextInt(100);
        String label = "\"" + k + " \" + ";
        if (r < 35) return "System.out.println(" + label + "(" + expr(anyType(), 3) + "));";
        if (r < 45) { String e = expr(anyType(), 3); return "System.out.print(" + label + "\"\"); System.out.println(" + e + ");"; }
        if (r < 70) { String a = anyType(), t = a.equals("String") ? "Object" : a; return var(t) + " = " + expr(t, 3) + ";"; }
        if (r < 82 && rnd.nextInt(6) == 0) {   // &=, |=, ^= on Boolean and boolean
            String t = pick(new String[] {"Boolean", "boolean"});
            return var(t) + " " + pick(new String[] {"&=", "|=", "^="}) + " " + expr(pick(new String[] {"Boolean", "boolean"}), 2) + "; System.out.println(" + label + var(t) + ");";
        }
        if (r < 82) {
            String t = numericVarType();
            String op = pick(new String[] {"+=", "-=", "*=", "&=", "|=", "^=", "<<=", ">>=", ">>>=", "+=", "-=", "/=", "%="});
            return var(t) + " " + op + " " + expr(anyNumeric(), 2) + "; System.out.println(" + label + var(t) + ");";
        }
        if (r < 87) return switchOn(k);
        if (r < 92) return arrayElement(k);
        String t = numericVarType(), v = var(t);
        return switch (rnd.nextInt(4)) {
            case 0 -> "System.out.println(" + label + v + "++ + \" \" + " + v + ");";
            case 1 -> "System.out.println(" + label + "--" + v + " + \" \" + " + v + ");";
            case 2 -> v + "++; " + v + "--; ++" + v + "; System.out.println(" + label + v + ");";
            default -> "System.out.println(" + label + "(" + v + " += 1) + \" \" + (" + v + " == " + var(t) + "));";
        };
    }

    /** A switch on a box (unboxed, JLS 14.11; NullPointerException when null), on one line. */
    private String switchOn(int k) {
        String t = pick(new String[] {"Integer", "Short", "Byte", "Character", "Integer"});
        String sel = rnd.nextInt(4) == 0 ? "(" + conditional(t, 2) + ")" : var(t);
        String[] labels = t.equals("Character") ? new String[] {"'a'", "'x'", "'\\u00e9'", "(char) 127", "'b'"} : new String[] {"1", "127", "-128", "1000", "0", "-129", "(short) 300"};
        String a = pick(labels), b = pick(labels);
        if (a.equals(b)) b = t.equals("Character") ? "'z'" : "42";
        String out = "System.out.println(\"" + k + " ";
        return rnd.nextBoolean()
                ? "switch (" + sel + ") { case " + a + " -> " + out + "a\"); case " + b + " -> " + out + "b\"); default -> " + out + "d \" + " + var(t) + "); }"
                : "switch (" + sel + ") { case " + a + ": " + out + "a\"); case " + b + ": " + out + "b\"); break; default: " + out + "d\"); }";
    }

    /** Boxes in array elements: ++, compound assignment, unboxing reads. */
    private String arrayElement(int k) {
        String[][] arrays = {{"aI", "Integer", "3"}, {"aC", "Character", "2"}, {"aL", "Long", "2"}, {"aD", "Double", "2"}};
        String[] a = arrays[rnd.nextInt(arrays.length)];
        String e = a[0] + "[" + rnd.nextInt(Integer.parseInt(a[2])) + "]";
        String label = "\"" + k + " \" + ";
        return switch (rnd.nextInt(4)) {
            case 0 -> "System.out.println(" + label + e + "++ + \" \" + " + e + ");";
            case 1 -> e + " " + pick(new String[] {"+=", "-=", "*="}) + " " + expr(a[1].equals("Double") ? "double" : "int", 2) + "; System.out.println(" + label + e + ");";
            case 2 -> e + " = " + expr(a[1], 2) + "; System.out.println(" + label + "(" + e + " == " + expr(a[1], 1) + "));";
            default -> "System.out.println(" + label + "(" + e + " + " + expr(anyNumeric(), 2) + "));";
        };
    }

    private String numericVarType() {
        String[] numeric = {"int", "long", "short", "byte", "char", "double", "float", "Integer", "Long", "Short", "Byte", "Character", "Double", "Float"};
        return rnd.nextInt(3) == 0 ? pick(PRIMS) : pick(numeric);
    }

    private String anyType() {
        int r = rnd.nextInt(10);
        return r < 4 ? pick(BOXES) : r < 8 ? pick(PRIMS) : r < 9 ? "String" : pick(REFS);
    }

    private String anyNumeric() { return pick(new String[] {"int", "long", "short", "byte", "char", "double", "float", "Integer", "Long", "Short", "Byte", "Character", "Double", "Float"}); }

    private String var(String t) {
        List<String> vs = new ArrayList<>();
        for (int i = 0; i < VARS.size(); i++) if (VAR_TYPES.get(i).equals(t)) vs.add(VARS.get(i));
        return vs.get(rnd.nextInt(vs.size()));
    }

    // ---- expressions: roughly of type t (javac drops what is not) ----

    String expr(String t, int depth) {
        if (t.equals("String")) return stringExpr(depth);
        if (t.equals("Object") || t.equals("Number")) return refExpr(t, depth);
        if (depth <= 0 || rnd.nextInt(3) == 0) return leaf(t);
        String p = prim(t);
        int r = rnd.nextInt(12);
        if (r < 3) return conditional(t, depth);
        if (r < 4) return cast(t, depth);
        if (r < 6 && !isPrim(t)) return boxFactory(t, depth);
        if (r < 7 && !isPrim(t)) return "(" + t + ") " + leaf(p);
        if (p.equals("boolean")) return booleanExpr(depth);
        if (r < 9) return arith(t, depth);
        if (r < 10 && (p.equals("int") || p.equals("long"))) return methodValue(p, depth);
        if (r < 11) return call(t, depth);
        return leaf(t);
    }

    /** A variable or literal of type t, or of its box or primitive (an unboxing or boxing assignment). */
    private String leaf(String t) {
        if (t.equals("String")) return "\"s\"";
        int r = rnd.nextInt(10);
        String p = prim(t);
        if (r < 4) return var(t);
        if (r < 6 && p != null) return var(isPrim(t) ? box(t) : p);
        if (p != null) return literal(p);
        return var(t);
    }

    String literal(String p) {
        return switch (p) {
            case "int" -> pick(new String[] {"0", "1", "-1", "127", "128", "-128", "-129", "1000", "65", "2147483647", "-2147483648", "40000"});
            case "long" -> pick(new String[] {"0L", "1L", "-128L", "127L", "128L", "1099511627776L", "-9223372036854775808L", "3L"});
            case "short" -> pick(new String[] {"(short) 1", "(short) -129", "(short) 127", "(short) 32767", "(short) 128"});
            case "byte" -> pick(new String[] {"(byte) 0", "(byte) -1", "(byte) 127", "(byte) -128"});
            case "char" -> pick(new String[] {"'a'", "'Z'", "'0'", "'\\u00e9'", "(char) 127", "(char) 128", "'\\u4e2d'"});
            case "boolean" -> pick(new String[] {"true", "false"});
            case "double" -> pick(new String[] {"0.0", "-0.0", "0.5", "1.0", "1e10", "0.1", "100.0", "-2.5", "(0.0 / 0.0)"});
            default -> pick(new String[] {"0.0f", "-0.0f", "0.5f", "1.25f", "3.4e10f", "0.1f", "-7f"});
        };
    }

    /** {@code c ? a : b} with operands drawn across JLS 15.25's table: same type, box and primitive, two boxes, constants, null. */
    private String conditional(String t, int depth) {
        String cond = rnd.nextBoolean() ? var(pick(new String[] {"boolean", "Boolean"})) : "(" + leaf("int") + " > " + leaf("Integer") + ")";
        String a = operand(t, depth), b = operand(t, depth);
        return "(" + cond + " ? " + a + " : " + b + ")";
    }

    private String operand(String t, int depth) {
        int r = rnd.nextInt(10);
        if (r == 0 && rnd.nextBoolean()) return "null";
        if (r < 5) return expr(t, depth - 1);
        if (r < 7) return literal(pick(new String[] {"int", "int", "char", "short", "byte", "long", "double"}));
        return expr(rnd.nextInt(4) == 0 ? anyType() : isNumeric(t) ? anyNumeric() : t, depth - 1);
    }

    private String cast(String t, int depth) {
        if (isPrim(t)) {   // (int) obj, (long) integerBox, (int) 3.5
            int r = rnd.nextInt(6);
            if (r == 0) return "(" + var("Object") + " instanceof " + box(t) + " ? (" + t + ") " + var("Object") + " : " + literal(t) + ")";
            if (r == 1 && rnd.nextInt(4) == 0) return "((" + t + ") " + var("Object") + ")";
            if (r == 2 && isNumeric(t)) return "(" + var("Number") + " instanceof " + box(t) + " ? (" + t + ") " + var("Number") + " : " + literal(t) + ")";
            return "((" + t + ") " + expr(t.equals("boolean") ? "Boolean" : anyNumeric(), depth - 1) + ")";
        }
        if (rnd.nextBoolean()) return "((" + t + ") " + literal(prim(t)) + ")";   // (Integer) 5
        return "((" + t + ") (Object) " + (rnd.nextInt(4) == 0 ? expr(prim(t), depth - 1) : leaf(t)) + ")";
    }

    private String boxFactory(String t, int depth) {
        String p = prim(t);
        return switch (rnd.nextInt(3)) {
            case 0 -> t + ".valueOf(" + expr(p, depth - 1) + ")";
            case 1 -> t + ".valueOf((" + p + ") " + expr(p, depth - 1) + ")";
            default -> "(" + var(t) + ")";
        };
    }

    private String arith(String t, int depth) {
        String p = prim(t);
        String a = expr(anyNumericFor(p), depth - 1), b = expr(anyNumericFor(p), depth - 1);
        boolean integral = !p.equals("double") && !p.equals("float");
        String op = integral ? pick(new String[] {"+", "-", "*", "&", "|", "^", "+", "-", "*", "/", "%", "<<", ">>"})
                : pick(new String[] {"+", "-", "*", "/", "%"});
        if ((op.equals("/") || op.equals("%")) && integral && rnd.nextInt(4) != 0) b = "(" + b + " | 1)";
        String e = "(" + a + " " + op + " " + b + ")";
        if (rnd.nextInt(5) == 0) e = "(-" + a + ")";
        if (rnd.nextInt(8) == 0 && integral) e = "(~" + a + ")";
        // the binary promotion may widen past t: cast back to t's primitive (then box by assignment)
        return p.equals("int") || p.equals("long") || p.equals("double") ? e : "((" + p + ") " + e + ")";
    }

    /** Numeric operand types that promote to at most {@code p} (and sometimes any). */
    private String anyNumericFor(String p) {
        String[] small = {"int", "short", "byte", "char", "Integer", "Short", "Byte", "Character"};
        return switch (p) {
            case "long" -> rnd.nextBoolean() ? pick(new String[] {"long", "Long"}) : pick(small);
            case "double", "float" -> rnd.nextBoolean() ? pick(new String[] {"double", "Double", "float", "Float"}) : pick(small);
            default -> rnd.nextInt(4) == 0 ? anyNumeric() : pick(small);
        };
    }

    /** A call of one of the program's methods whose parameters or result box or unbox. */
    private String call(String t, int depth) {
        return switch (prim(t)) {
            case "int" -> rnd.nextBoolean() ? "unboxI(" + expr("Integer", depth - 1) + ")"
                    : "total(" + String.join(", ", java.util.Collections.nCopies(rnd.nextInt(4), expr(rnd.nextBoolean() ? "int" : "Integer", depth - 1))) + ")";
            case "long" -> "unboxL(" + expr("Long", depth - 1) + ")";
            case "double" -> "sum(" + expr(anyNumeric(), depth - 1) + ", " + expr(anyNumeric(), depth - 1) + ")";
            case "char" -> "next(" + expr("Character", depth - 1) + ")";
            // the generator's types are rough (a conditional may be an Integer where a Short is meant): cast back only what is exact
            default -> isPrim(t) ? leaf(t) : t.equals("Integer") ? "boxI(" + expr("int", depth - 1) + ")" : "((" + t + ") asObject(" + leaf(t) + "))";
        };
    }

    private String booleanExpr(int depth) {
        String t = anyNumeric(), u = rnd.nextInt(3) == 0 ? anyNumeric() : t;
        return switch (rnd.nextInt(8)) {
            case 0 -> "(" + expr(t, depth - 1) + " " + pick(new String[] {"<", "<=", ">", ">="}) + " " + expr(u, depth - 1) + ")";
            case 1 -> "(" + var(box(t)) + " == " + var(box(t)) + ")";   // identity: the caches decide
            case 2 -> "(" + expr(t, depth - 1) + " == " + expr(u, depth - 1) + ")";
            case 3 -> "(" + var(box(t)) + " != " + expr(u, depth - 1) + ")";
            case 4 -> "(" + expr("Boolean", depth - 1) + " " + pick(new String[] {"&&", "||", "&", "^", "|", "=="}) + " " + expr("boolean", depth - 1) + ")";
            case 5 -> "(!" + var(pick(new String[] {"boolean", "Boolean"})) + ")";
            case 6 -> var(box(t)) + ".equals(" + expr(rnd.nextBoolean() ? t : anyType(), depth - 1) + ")";
            default -> "(" + var("Object") + " == " + var(pick(BOXES)) + ")";
        };
    }

    /** An int or long from a method of a box: compareTo, hashCode, xxxValue, Integer.compare. */
    private String methodValue(String p, int depth) {
        String b = pick(BOXES);
        if (p.equals("long")) return rnd.nextBoolean() ? var(pick(new String[] {"Number", "Integer", "Long", "Double", "Short", "Byte", "Float"})) + ".longValue()"
                : var("Long") + ".compareTo(" + expr("Long", depth - 1) + ")";
        return switch (rnd.nextInt(6)) {
            case 0 -> var(b) + ".hashCode()";
            case 1 -> var(b) + ".compareTo(" + expr(b, depth - 1) + ")";
            case 2 -> var(pick(new String[] {"Number", "Integer", "Long", "Double", "Short", "Byte", "Float"})) + ".intValue()";
            case 3 -> var("Object") + ".hashCode()";
            case 4 -> "Integer.compare(" + expr("Integer", depth - 1) + ", " + expr("int", depth - 1) + ")";
            default -> var("Object") + ".equals(" + expr(anyType(), depth - 1) + ") ? 1 : 0";
        };
    }

    private String stringExpr(int depth) {
        String t = anyType().equals("String") ? "Integer" : anyType();
        return switch (rnd.nextInt(5)) {
            case 0 -> "(\"\" + " + expr(t, depth - 1) + " + " + expr(anyType(), depth - 1) + ")";
            case 1 -> "(" + expr(t, depth - 1) + " + \"|\" + " + var(pick(BOXES)) + ")";
            case 2 -> var(pick(BOXES)) + ".toString()";
            case 3 -> "String.valueOf(" + expr(t, depth - 1) + ")";
            default -> "(" + var("Object") + " + \"/\" + " + var("Number") + ")";
        };
    }

    private String refExpr(String t, int depth) {
        int r = rnd.nextInt(6);
        if (r == 0) return conditional(t, depth);
        if (r == 1 && t.equals("Object")) return stringExpr(depth - 1);
        if (r == 2) return var(t);
        String from = t.equals("Number") ? anyNumeric() : anyType();
        return depth > 0 ? expr(from, depth - 1) : leaf(from);
    }

    private String pick(String[] xs) { return xs[rnd.nextInt(xs.length)]; }
}

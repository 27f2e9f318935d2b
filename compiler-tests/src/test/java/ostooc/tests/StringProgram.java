package ostooc.tests;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a generated string-building program: one StringBuilder {@code sb} and one String {@code s},
 * changed by a list of operations (appends, inserts, deletes, reverse, setCharAt, substring, replace,
 * case, trim/strip, repeat, split and join, equals and compareTo) on literals drawn from ASCII, Latin-1,
 * a CJK char, the euro sign and a surrogate pair: strings stored one byte per char (all chars up to
 * 0xFF) and two, mixed, and equal strings reached through either form. Indices are computed at run time from the current length, so programs never
 * throw. Strings are printed through {@code show}, which escapes surrogates: an operation may split a
 * pair, and a lone surrogate has no UTF-8 form. The alphabet avoids case-mapped letters above U+00FF
 * (the shim maps Latin-1 only) and chars above U+DFFF (so char and code-point orders agree).
 */
final class StringProgram {
    static final String CLASS = "StringProg";
    private static final String[] ALPHABET = {"a", "B", "z", " ", ",", "\t", "0", "\u00e9", "\u00df", "\u00ff", "\u00b5", "\u00c0",
            "\u4e2d", "\u20ac", "\ud83d\ude00", "\u00a0", "\u2003"};


    private final StringBuilder out = new StringBuilder();
    private final List<String> labels = new ArrayList<>();

    static StringProgram render(List<Choices> ops) {
        StringProgram p = new StringProgram();
        p.line("public class " + CLASS + " {");
        p.line("    static String show(String s) {");
        p.line("        StringBuilder b = new StringBuilder();");
        p.line("        for (int i = 0; i < s.length(); i++) {");
        p.line("            char c = s.charAt(i);");
        p.line("            if (Character.isSurrogate(c)) b.append(\"\\\\u\").append(Integer.toHexString(c)); else b.append(c);");
        p.line("        }");
        p.line("        return b.toString();");
        p.line("    }");
        p.line("    public static void main(String[] args) {");
        p.line("        StringBuilder sb = new StringBuilder();");
        p.line("        String s = \"\";");
        for (Choices op : ops) p.op(op);
        p.print("show(sb.toString()) + \" \" + sb.length()");
        p.print("show(s) + \" \" + s.hashCode()");
        p.line("    }");
        p.line("}");
        return p;
    }

    String source() { return out.toString(); }
    List<String> labels() { return labels; }

    private void op(Choices op) {
        String lit = literal(op.at(1), op.at(2)), lit2 = literal(op.at(3), op.at(4));
        String ch = charLiteral(op.at(2)), ch2 = charLiteral(op.at(5));
        int k = op.at(3);
        switch (op.at(0) % 23) {
            case 0 -> stmt("sb.append(" + lit + ");");
            case 1 -> stmt("sb.append(" + ch + ").append(" + (k - 500) + ").append(" + (op.at(4) % 2 == 0) + ");");
            case 2 -> stmt("sb.insert(Math.floorMod(" + k + ", sb.length() + 1), " + lit + ");");
            case 3 -> stmt("if (sb.length() > 0) sb.deleteCharAt(Math.floorMod(" + k + ", sb.length()));");
            case 4 -> stmt("{ int a = Math.floorMod(" + k + ", sb.length() + 1); sb.delete(a, a + " + op.at(4) % 4 + "); }");
            case 5 -> stmt("sb.reverse();");
            case 6 -> stmt("if (sb.length() > 0) sb.setCharAt(Math.floorMod(" + k + ", sb.length()), " + ch + ");");
            case 7 -> stmt("s = sb.toString();");
            case 8 -> stmt("s = s." + (k % 2 == 0 ? "toUpperCase" : "toLowerCase") + "();");
            case 9 -> print("s.indexOf(" + lit + ") + \" \" + s.lastIndexOf(" + lit + ") + \" \" + s.indexOf(" + ch + ", " + (k % 5 - 1) + ") + \" \" + s.contains("
                    + lit + ") + \" \" + s.startsWith(" + lit + ") + \" \" + s.endsWith(" + lit + ")");
            case 10 -> stmt("{ int a = Math.floorMod(" + k + ", s.length() + 1); s = s.substring(a, a + Math.floorMod(" + op.at(4) + ", s.length() - a + 1)); }");
            case 11 -> stmt("s = s.replace(" + ch + ", " + ch2 + ");");
            case 12 -> stmt("s = s.replace(" + lit + ", " + lit2 + ");");
            case 13 -> print("s.compareTo(" + lit + ") + \" \" + s.equals(" + lit + ") + \" \" + s.equalsIgnoreCase(" + lit + ") + \" \" + Integer.signum(s.compareToIgnoreCase(" + lit + "))");
            case 14 -> print("show(s) + \" \" + s.length() + \" \" + s.hashCode() + \" \" + s.isBlank() + \" \" + s.isEmpty()");
            case 15 -> print("String.join(\"|\", s.split(\",\")) + \" \" + s.split(" + (k % 2 == 0 ? "\",\"" : "\" \"") + ").length");
            case 16 -> stmt("s = s." + (k % 2 == 0 ? "trim" : "strip") + "();");
            case 17 -> stmt("s = s.repeat(" + k % 3 + ");");
            case 18 -> stmt("sb = new StringBuilder(s);");
            case 19 -> print("sb.indexOf(" + lit + ") + \" \" + sb.lastIndexOf(" + lit + ") + \" \" + show(sb.toString()) + \" \" + sb.toString().equals(s) + \" \" + s.compareTo(sb.toString())");
            case 20 -> stmt("s = s.concat(" + lit + ") + String.valueOf(" + ch + ");");
            case 21 -> stmt("sb.append(s).append((Object) sb.toString().toUpperCase());");
            // the same chars cut out of a wider or narrower string: equal, same hash, whichever form each is in
            default -> print("(s + " + lit + ").substring(s.length()).equals(" + lit + ") + \" \" + (" + lit + " + s).substring(" + lit + ".length()).equals(s) + \" \" + (" + lit
                    + " + s).substring(" + lit + ".length()).hashCode() + \" \" + String.valueOf(" + ch + ").equals(" + lit + ")");
        }
    }

    /** A String literal of up to 3 alphabet entries, chosen by {@code a} and {@code b}; non-ASCII as escapes. */
    private static String literal(int a, int b) {
        StringBuilder s = new StringBuilder("\"");
        int n = a % 4;
        for (int i = 0; i < n; i++) s.append(escape(ALPHABET[(b / (i * 7 + 1) + a * i) % ALPHABET.length]));
        return s.append('"').toString();
    }

    /** A char literal (the surrogate pair's entry gives its high half, printed escaped by show). */
    private static String charLiteral(int a) { return "'" + escape(ALPHABET[a % ALPHABET.length].substring(0, 1)) + "'"; }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\t') b.append("\\t");
            else if (c < 128) b.append(c);
            else b.append(String.format("\\u%04x", (int) c));
        }
        return b.toString();
    }

    private void print(String expr) {
        line("        System.out.println(" + expr + ");");
        labels.add(expr);
    }

    private void stmt(String s) { line("        " + s); }

    private void line(String s) { out.append(s).append('\n'); }
}

package ostooc.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random enum with constant bodies for {@link HierarchyProgram}: {@code enum K { K0(5) { int g(int x) { … } }, K1(-3), … }}
 * with a field set by the constructor, a method {@code g} that is abstract (then every constant has a body) or
 * concrete (then bodies override it at random, sometimes calling {@code super.g}), and a final method {@code h}
 * calling g. main prints each constant's name, ordinal, g and h, through {@code values()} and a switch.
 */
final class EnumSection {
    private final Random rnd;
    private final int constants;
    private final boolean abstractG;
    private final List<String> decls = new ArrayList<>();

    EnumSection(Random rnd) {
        this.rnd = rnd;
        constants = 1 + rnd.nextInt(4);
        abstractG = rnd.nextBoolean();
        for (int i = 0; i < constants; i++) decls.add(constant(i));
    }

    private String constant(int i) {
        String head = "K" + i + "(" + (rnd.nextInt(100) - 50) + ")";
        if (!abstractG && rnd.nextBoolean()) return head;
        String superCall = !abstractG && rnd.nextBoolean() ? " + super.g(x)" : "";
        return head + " { int g(int x) { return x * " + (rnd.nextInt(7) - 3) + " - base" + superCall + " + " + rnd.nextInt(100) + "; } }";
    }

    String declaration() {
        StringBuilder sb = new StringBuilder("    enum K {\n        ");
        sb.append(String.join(",\n        ", decls)).append(";\n");
        sb.append("        final int base;\n        K(int base) { this.base = base; }\n");
        if (abstractG) sb.append("        abstract int g(int x);\n");
        else sb.append("        int g(int x) { return x + base * ").append(1 + rnd.nextInt(5)).append("; }\n");
        sb.append("        final int h(int x) { return g(x) - ordinal(); }\n    }\n");
        return sb.toString();
    }

    String mainLines(List<String> labels) {
        StringBuilder sb = new StringBuilder();
        int x = rnd.nextInt(2000) - 1000;
        sb.append("        for (K k : K.values()) System.out.println(\"enum \" + k + \" \" + k.ordinal() + \" g(").append(x)
                .append(") = \" + k.g(").append(x).append(") + \" h = \" + k.h(").append(x).append("));\n");
        for (int i = 0; i < constants; i++) labels.add("enum K" + i + ": g(" + x + "), h(" + x + ")");
        sb.append("        for (K k : K.values()) switch (k) {\n");
        for (int i = 0; i < constants; i++) if (rnd.nextBoolean()) sb.append("            case K").append(i).append(" -> System.out.println(\"case K").append(i).append("\");\n");
        sb.append("            default -> System.out.println(\"default \" + k.name());\n        }\n");
        for (int i = 0; i < constants; i++) labels.add("switch on K" + i);
        return sb.toString();
    }
}

package ostooc.tests;

import java.util.List;

/**
 * A generated statement over the locals of {@link StmtProgram}. Loops get fresh counters that no other
 * statement writes, so every loop ends; divisors are {@link Expr.NonZero}.
 */
public sealed interface Stmt {
    /** Appends the statement at {@code indent}; {@code names} hands out fresh loop-counter names. */
    void render(StringBuilder sb, String indent, Names names);

    /** Fresh identifiers for loop counters. */
    final class Names {
        private int next;
        String fresh() { return "k" + next++; }
    }

    static String render(Stmt s) {
        StringBuilder sb = new StringBuilder();
        s.render(sb, "", new Names());
        return sb.toString().strip().replaceAll("\\s*\\n\\s*", " ");
    }

    static void block(StringBuilder sb, String indent, List<Stmt> body, Names names) {
        for (Stmt s : body) s.render(sb, indent + "    ", names);
    }

    /** {@code x = e;} with an explicit cast when x is narrower than e. */
    record Assign(Expr.Var target, Expr value) implements Stmt {
        public void render(StringBuilder sb, String indent, Names names) {
            boolean fits = target.type() == NumType.LONG || target.type() == NumType.INT && value.type() == NumType.INT;
            String v = fits ? value.src() : "(" + target.type().keyword() + ") " + value.src();
            sb.append(indent).append(target.name()).append(" = ").append(v).append(";\n");
        }
    }

    /** {@code x op= e;} (implicit narrowing for byte, short, char and int targets). */
    record Compound(Expr.Var target, String op, Expr value) implements Stmt {
        public void render(StringBuilder sb, String indent, Names names) {
            sb.append(indent).append(target.name()).append(' ').append(op).append("= ").append(value.src()).append(";\n");
        }
    }

    /** {@code x op= y++;} and friends: the value of a pre/post increment or decrement, used in an assignment. */
    record CompoundIncDec(Expr.Var target, String op, Expr.Var source, String incDec, boolean prefix) implements Stmt {
        public void render(StringBuilder sb, String indent, Names names) {
            String v = prefix ? incDec + source.name() : source.name() + incDec;
            sb.append(indent).append(target.name()).append(' ').append(op).append("= ").append(v).append(";\n");
        }
    }

    /** {@code x++;}, {@code --x;} ... */
    record IncDec(Expr.Var target, String incDec, boolean prefix) implements Stmt {
        public void render(StringBuilder sb, String indent, Names names) {
            sb.append(indent).append(prefix ? incDec + target.name() : target.name() + incDec).append(";\n");
        }
    }

    record If(Expr condition, List<Stmt> then, List<Stmt> otherwise) implements Stmt {
        public void render(StringBuilder sb, String indent, Names names) {
            sb.append(indent).append("if ").append(condition.src()).append(" {\n");
            block(sb, indent, then, names);
            if (!otherwise.isEmpty()) {
                sb.append(indent).append("} else {\n");
                block(sb, indent, otherwise, names);
            }
            sb.append(indent).append("}\n");
        }
    }

    /** A loop run {@code times} times: a for, a while or a do-while on a fresh counter. */
    record Loop(String kind, int times, List<Stmt> body) implements Stmt {
        public void render(StringBuilder sb, String indent, Names names) {
            String k = names.fresh();
            switch (kind) {
                case "for" -> {
                    sb.append(indent).append("for (int ").append(k).append(" = 0; ").append(k).append(" < ").append(times)
                            .append("; ").append(k).append("++) {\n");
                    block(sb, indent, body, names);
                }
                case "while" -> {
                    sb.append(indent).append("int ").append(k).append(" = 0;\n");
                    sb.append(indent).append("while (").append(k).append(" < ").append(times).append(") {\n");
                    sb.append(indent).append("    ").append(k).append("++;\n");
                    block(sb, indent, body, names);
                }
                default -> {
                    sb.append(indent).append("int ").append(k).append(" = 0;\n");
                    sb.append(indent).append("do {\n");
                    block(sb, indent, body, names);
                    sb.append(indent).append("    ").append(k).append("++;\n");
                }
            }
            sb.append(indent).append(kind.equals("do") ? "} while (" + k + " < " + times + ");\n" : "}\n");
        }
    }

    /** One switch group: its labels (-1 is {@code default}), its body and whether it ends in {@code break}. */
    record Group(List<Integer> labels, List<Stmt> body, boolean breaks) { }

    /** {@code switch ((e) & 7)} with fall-through between groups and default anywhere. */
    record Switch(Expr selector, List<Group> groups) implements Stmt {
        public void render(StringBuilder sb, String indent, Names names) {
            sb.append(indent).append("switch (").append(selector.src()).append(" & 7) {\n");
            for (Group g : groups) {
                for (int label : g.labels()) {
                    sb.append(indent).append("    ").append(label < 0 ? "default:" : "case " + label + ":").append('\n');
                }
                block(sb, indent + "    ", g.body(), names);
                if (g.breaks()) sb.append(indent).append("        break;\n");
            }
            sb.append(indent).append("}\n");
        }
    }
}

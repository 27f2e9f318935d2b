package ostooc.tests;

/**
 * A generated, well-typed Java expression over int and long (and boolean conditions). {@link #src()} is
 * fully parenthesized source that javac accepts; expressions have no side effects, so evaluating one
 * twice (as the division guard does) is harmless.
 */
public sealed interface Expr {
    NumType type();

    String src();

    /** An int or long literal. */
    record Lit(NumType type, long value) implements Expr {
        public String src() {
            String digits = Long.toString(value) + (type == NumType.LONG ? "L" : "");
            return value < 0 ? "(" + digits + ")" : digits;
        }
    }

    /**
     * {@code id(e)} or {@code idl(e)}: an identity method of the generated program, so the value is known
     * only at run time and the compiler cannot constant-fold around it.
     */
    record Opaque(Expr operand) implements Expr {
        public NumType type() { return operand.type().promoted(); }
        public String src() { return (type() == NumType.LONG ? "idl(" : "id(") + operand.src() + ")"; }
    }

    /** A variable (static field, parameter or local) of any numeric type. */
    record Var(String name, NumType type) implements Expr {
        public String src() { return name; }
    }

    /** {@code - ~ +} on a numeric operand. */
    record Unary(String op, Expr operand) implements Expr {
        public NumType type() { return operand.type().promoted(); }
        public String src() { return "(" + op + operand.src() + ")"; }
    }

    /** A binary arithmetic, bitwise or shift operator; a shift has the promoted type of its left operand. */
    record Binary(String op, Expr left, Expr right) implements Expr {
        public NumType type() {
            return op.startsWith("<<") || op.startsWith(">>") ? left.type().promoted() : NumType.promote(left.type(), right.type());
        }
        public String src() { return "(" + left.src() + " " + op + " " + right.src() + ")"; }
    }

    /** A divisor that is never zero: {@code (d == 0 ? 1 : d)} (still -1 when d is -1). */
    record NonZero(Expr divisor) implements Expr {
        public NumType type() { return divisor.type().promoted(); }
        public String src() { return "(" + divisor.src() + " == 0 ? 1 : " + divisor.src() + ")"; }
    }

    /** A cast to byte, short, char, int or long. */
    record Cast(NumType type, Expr operand) implements Expr {
        public String src() { return "((" + type.keyword() + ") " + operand.src() + ")"; }
    }

    /** {@code c ? a : b}; in arithmetic its value is promoted like any operand. */
    record Cond(Expr condition, Expr whenTrue, Expr whenFalse) implements Expr {
        public NumType type() { return NumType.promote(whenTrue.type(), whenFalse.type()); }
        public String src() { return "(" + condition.src() + " ? " + whenTrue.src() + " : " + whenFalse.src() + ")"; }
    }

    /** A comparison of two numeric operands: {@code < <= > >= == !=}. */
    record Cmp(String op, Expr left, Expr right) implements Expr {
        public NumType type() { return NumType.BOOLEAN; }
        public String src() { return "(" + left.src() + " " + op + " " + right.src() + ")"; }
    }

    /**
     * {@code true} or {@code false}: a constant condition, so one side of an {@code &&}, {@code ||}, {@code ?:}
     * or {@code if} is never taken (issue 10: code behind constant conditions made invalid IR).
     */
    record BoolLit(boolean value) implements Expr {
        public NumType type() { return NumType.BOOLEAN; }
        public String src() { return "(" + value + ")"; }
    }

    /** {@code !} on a condition. */
    record Not(Expr operand) implements Expr {
        public NumType type() { return NumType.BOOLEAN; }
        public String src() { return "(!" + operand.src() + ")"; }
    }

    /** {@code &&} or {@code ||}. */
    record Logic(String op, Expr left, Expr right) implements Expr {
        public NumType type() { return NumType.BOOLEAN; }
        public String src() { return "(" + left.src() + " " + op + " " + right.src() + ")"; }
    }

    /**
     * Source to print {@code e} with {@code System.out.println}: byte, short and char values (and conditionals,
     * whose exact type has subtle rules) go through {@code (int)} so println prints a number, never a character.
     */
    static String printable(Expr e) {
        boolean needsInt = e.type().isSmall() || e instanceof Cond || e instanceof NonZero || e instanceof Cast c && c.type() == NumType.INT;
        return needsInt && e.type() != NumType.LONG ? "((int) " + e.src() + ")" : e.src();
    }
}

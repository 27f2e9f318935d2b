package ostooc.frontend.lower;

import ostooc.frontend.tree.Pos;

/**
 * The line a runtime error names, which must be the line the JVM names for the same exception: the line
 * of the failing bytecode in javac's LineNumberTable. javac (jvm.Gen, JDK 17) starts a line entry only at
 * these points, in the order it emits code:
 * <ul>
 *   <li>each statement, at its position ({@code Stmt.pos}: a local's name, an expression statement's first
 *       token, the keyword; a field initializer at its declaration's start; a {@code case L -> e} arm at e);</li>
 *   <li>a loop condition ({@code genLoop}), at the '(' of {@code while (c)} and {@code do ... while (c)}, at
 *       javac's position of a {@code for} condition;</li>
 *   <li>a method invocation ({@code visitApply}), after its receiver and arguments, at the '(' of the arguments;</li>
 *   <li>each operand of {@code c ? a : b} used as a value ({@code visitConditional}; none in a condition:
 *       {@code genCond});</li>
 *   <li>the null check of {@code outer.new Inner()}'s qualifier ({@code genNullCheck}).</li>
 * </ul>
 * Nothing else does: not an operator ({@code a \n / b} fails on the statement's line), a field or array
 * access, a cast, {@code new}, a string concatenation, nor the end of a switch expression (its last arm's
 * line stays). Lowering visits the tree in javac's emission order, so the lowerer calls {@link #mark} at
 * those points and a check reports {@link #reported}: the last mark. Marks are lowering-time state only;
 * the position is still one packed constant per check ({@link PanicLocations}).
 */
final class LineMarks {
    /** The last mark, or null before the first statement. */
    private Pos current;

    /** javac starts a line entry at {@code p} (nothing when p is null: a construct javac does not mark). */
    void mark(Pos p) {
        if (p != null) current = p;
    }

    /**
     * Where a check at construct position {@code own} (its javac preferred position) is reported: on the
     * line of the last mark, at {@code own} when own is on that line (the column says which construct
     * failed), else at the mark.
     */
    Pos reported(Pos own) {
        if (current == null || own == null || !current.file().path().equals(own.file().path()) || current.line() == own.line()) return own;
        return current;
    }
}

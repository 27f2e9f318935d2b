package ostooc.frontend.tree;

import java.util.List;

/** Attributed statements. Jumps name their {@link JumpTarget}; locals are resolved {@link LocalVar}s. */
public sealed interface Stmt {
    /** javac's position of the statement, where its line entry starts (a local's name, an expression statement's first token, a keyword). */
    Pos pos();

    /** {@code end} is the closing brace (where javac reports a missing return). */
    record Block(Pos pos, List<Stmt> stmts, Pos end) implements Stmt { }
    record LocalDecl(Pos pos, LocalVar var, Expr init) implements Stmt { }
    record ExprStmt(Pos pos, Expr expr) implements Stmt { }
    record If(Pos pos, Expr cond, Stmt then, Stmt otherwise) implements Stmt { }
    /** {@code condMark}: the '(' before the condition, where javac starts the condition's line entry. */
    record While(Pos pos, JumpTarget target, Expr cond, Stmt body, Pos condMark) implements Stmt { }
    /** {@code condMark}: as for {@link While}. */
    record DoWhile(Pos pos, JumpTarget target, Stmt body, Expr cond, Pos condMark) implements Stmt { }
    /** {@code cond} is null for {@code for (;;)}; {@code condMark} is javac's position of the condition; each update is an expression statement. */
    record For(Pos pos, JumpTarget target, List<Stmt> init, Expr cond, List<Stmt> update, Stmt body, Pos condMark) implements Stmt { }
    /**
     * A switch on an int-like selector (already promoted to int; strings and enums are mapped to ints by
     * the attributor); cases in source order. {@code rules}: {@code case L ->} arms, which never fall through.
     */
    record Switch(Pos pos, JumpTarget target, Expr selector, List<Case> cases, boolean rules) implements Stmt { }
    /** {@code yield v;} (or the value of a {@code case L -> v;} rule) of the switch expression {@code target}; the value is {@code target.yields.get(index)}. */
    record Yield(Pos pos, JumpTarget target, int index) implements Stmt { }
    /** {@code case 1: case 2:} share one Case; {@code isDefault} when {@code default:} is among its labels. */
    record Case(List<Long> labels, boolean isDefault, List<Stmt> body) { }
    /** A labelled statement that is not a loop (a labelled loop carries its label in its own target). */
    record Labeled(Pos pos, JumpTarget target, Stmt body) implements Stmt { }
    record Break(Pos pos, JumpTarget target) implements Stmt { }
    record Continue(Pos pos, JumpTarget target) implements Stmt { }
    record Return(Pos pos, Expr value) implements Stmt { }
    /**
     * Before an enum switch's selector: initialize the enums of {@code topLevel}'s switch-map class as javac's
     * {@code $SwitchMap} access does (see attr.EnumSwitchMaps); the list is complete once all user code is attributed.
     */
    record EnumSwitchInit(Pos pos, ostooc.frontend.model.ClassSym topLevel) implements Stmt { }
}

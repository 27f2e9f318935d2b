package ostooc.frontend.tree;

import ostooc.frontend.model.ConstValue;
import ostooc.frontend.model.FieldSym;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.MethodSym;

import java.util.List;

/**
 * Attributed expressions: every node has its Java type, every conversion is an explicit {@link Convert},
 * operands of operators are promoted, constant expressions are folded into {@link Const}.
 */
public sealed interface Expr {
    /**
     * javac's preferred position: the operator of {@code a / b}, the '.' of {@code o.f}, the '[' of {@code a[i]}
     * (diagnostics and the column of a runtime error). The <em>line</em> of a runtime error is the JVM's, which
     * comes from javac's line table: see the marks of {@link InstanceCall}, {@link Conditional} and
     * {@link Stmt}, and {@code lower.LineMarks}.
     */
    Pos pos();
    JType type();

    /** A literal or a folded constant expression; {@code value} is null for {@code null}. */
    record Const(Pos pos, JType type, ConstValue value) implements Expr { }
    record Local(Pos pos, JType type, LocalVar var) implements Expr { }
    record StaticField(Pos pos, JType type, FieldSym field) implements Expr { }
    /** A primitive widening or narrowing conversion from {@code operand.type()} to {@code type}. */
    record Convert(Pos pos, JType type, Expr operand) implements Expr { }
    record Unary(Pos pos, JType type, UnOp op, Expr operand) implements Expr { }
    /** Operands of the promoted type {@code type}; for shifts the right operand is int. */
    record Binary(Pos pos, JType type, BinOp op, Expr left, Expr right) implements Expr { }
    /** Type boolean; both operands of one type (int, long, boolean or a reference type). */
    record Compare(Pos pos, JType type, CmpOp op, Expr left, Expr right) implements Expr { }
    /** {@code &&} (isAnd) or {@code ||}: the right operand runs only when needed. */
    record Logical(Pos pos, JType type, boolean isAnd, Expr left, Expr right) implements Expr { }
    /**
     * {@code cond ? then : otherwise}; the marks are javac's positions of the three operands (a parenthesised one
     * at its '('), where javac's bytecode starts a line entry before each when the conditional is a value
     * (not when it is a condition).
     */
    record Conditional(Pos pos, JType type, Expr cond, Expr then, Expr otherwise, Pos condMark, Pos thenMark, Pos otherwiseMark) implements Expr { }
    /** {@code target = value}; target is a {@link Local}, {@link StaticField} or {@link ArrayElem}; value has the target's type. */
    record Assign(Pos pos, JType type, Expr target, Expr value) implements Expr { }
    /**
     * {@code ++x}, {@code x--} ...: computed in the promoted type, narrowed back to the target's type. On a box
     * ({@code Integer i; i++}) {@code unbox} and {@code box} are its {@code intValue()} and {@code valueOf(int)}: the
     * old box is unboxed (null: NullPointerException), stepped and boxed; the value is the old box or the new one.
     * Both null for a primitive target.
     */
    record IncDec(Pos pos, JType type, Expr target, boolean increment, boolean prefix, MethodSym unbox, MethodSym box) implements Expr { }
    /** A static call; arguments already converted to the parameter types; {@code mark}: see {@link InstanceCall}. */
    record Call(Pos pos, JType type, MethodSym method, List<Expr> args, Pos mark) implements Expr { }

    /** A switch expression: {@code body} ends with the {@link Stmt.Switch} whose arms yield into {@code target.result}. */
    record SwitchExpr(Pos pos, JType type, Stmt.Block body, JumpTarget target) implements Expr { }

    // ---- issue 3: objects (attributed in attr.ObjectAttributor, lowered in lower.ObjectLowerer) ----
    /** {@code receiver.field} for an instance field; the receiver is checked for null. */
    record InstanceField(Pos pos, JType type, Expr receiver, FieldSym field) implements Expr { }
    /** {@code new C(args)}: allocate, set the header, call the constructor {@code ctor}. */
    record New(Pos pos, JType type, MethodSym ctor, List<Expr> args) implements Expr { }
    /** An enum constant's creation in its class's {@code <clinit>}: {@code new E(args)} with {@code $name}/{@code $ordinal} set before the constructor runs. */
    record NewEnumConstant(Pos pos, JType type, MethodSym ctor, List<Expr> args, String name, int ordinal) implements Expr { }
    /**
     * An instance method or constructor call; {@code virtual}: through the receiver's vtable. {@code mark}: the
     * '(' of a source call, where javac starts a line entry after the arguments, before the invoke (so a null
     * receiver is reported on that line); null for calls javac does not write as invocations (string
     * concatenation's, a float {@code %}).
     */
    record InstanceCall(Pos pos, JType type, MethodSym method, Expr receiver, List<Expr> args, boolean virtual, Pos mark) implements Expr { }
    /** {@code operand instanceof Target [binding]} (a class or array type): {@code binding} (or null) is set to the operand. */
    record InstanceOf(Pos pos, JType type, Expr operand, JType target, LocalVar binding) implements Expr { }
    /** The address of {@code target}'s class descriptor, a long (0 for String, whose objects carry none): a class literal's argument. */
    record ClassDescriptor(Pos pos, JType type, JType target) implements Expr { }
    /** A narrowing reference cast {@code (T) operand}, checked at run time (ClassCastException). */
    record RefCast(Pos pos, JType type, Expr operand) implements Expr { }
    // Arrays (see ArrayAttributor / ArrayLowerer)
    /** {@code new int[a][b][]}: one int length per given dimension (at least one); {@code type} is the whole array type. */
    record NewArray(Pos pos, JType.Array type, List<Expr> lengths) implements Expr { }
    /** {@code {e1, e2}} or {@code new int[] {e1, e2}}: elements already converted to the element type. */
    record ArrayLiteral(Pos pos, JType.Array type, List<Expr> elements) implements Expr { }
    /** {@code a[i]}: a variable; {@code index} is an int. */
    record ArrayElem(Pos pos, JType type, Expr array, Expr index) implements Expr { }
    /** {@code a.length} (type int). */
    record ArrayLength(Pos pos, JType type, Expr array) implements Expr { }
    /** {@code a.clone()}: a shallow copy of the same type. */
    record ArrayClone(Pos pos, JType type, Expr array) implements Expr { }
    /** {@code value}, which must not be null: a {@code java.lang.NullPointerException} panic otherwise (e.g. the receiver of {@code s.length()}, lowered as a static shim call). */
    record NonNull(Pos pos, JType type, Expr value) implements Expr { }
}

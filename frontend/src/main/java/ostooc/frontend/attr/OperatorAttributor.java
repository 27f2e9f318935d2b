package ostooc.frontend.attr;

import com.github.javaparser.ast.expr.*;
import ostooc.frontend.model.ConstValue;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.JType.Prim;
import ostooc.frontend.model.TypeResolver;
import ostooc.frontend.tree.BinOp;
import ostooc.frontend.tree.CmpOp;
import ostooc.frontend.tree.Expr;
import ostooc.frontend.tree.Pos;
import ostooc.frontend.tree.UnOp;

/**
 * Operators (JLS 15.15-15.26): operand checks with javac's messages, numeric promotion made explicit,
 * constant folding, and desugaring of compound assignment ({@code a op= b} becomes
 * {@code a = (T)(a op b)}: the target is a local, a static field or an array element; the same target
 * node appears twice, and lowering evaluates an array element's array and index only once).
 */
final class OperatorAttributor {
    private final ExprAttributor exprs;
    private final AttrContext ctx;
    private final StringConcat concat;

    OperatorAttributor(ExprAttributor exprs) {
        this.exprs = exprs;
        this.ctx = exprs.ctx;
        this.concat = new StringConcat(exprs);
    }

    // UnaryExpression: (+|-|~|!) UnaryExpression | ++x | --x | x++ | x--
    Expr unary(UnaryExpr u, MethodEnv env) {
        Pos p = exprs.pos(env, u);
        UnaryExpr.Operator op = u.getOperator();
        if (op == UnaryExpr.Operator.MINUS && (u.getExpression() instanceof IntegerLiteralExpr || u.getExpression() instanceof LongLiteralExpr)) {
            Expr lit = exprs.integerLiteral((LiteralStringValueExpr) u.getExpression(), env, true);   // -2147483648
            return lit == null ? null : negate(p, lit);
        }
        Expr x = exprs.attribute(u.getExpression(), env);
        if (x == null) return null;
        boolean step = op == UnaryExpr.Operator.PREFIX_INCREMENT || op == UnaryExpr.Operator.POSTFIX_INCREMENT
                || op == UnaryExpr.Operator.PREFIX_DECREMENT || op == UnaryExpr.Operator.POSTFIX_DECREMENT;
        if (!step) x = Boxing.unboxed(x);   // -i, ~i, !b on boxes (JLS 15.15: unary numeric promotion unboxes)
        switch (op) {
            case PLUS, MINUS -> {
                if (!JType.isNumeric(x.type())) return badUnary(p, op, x);
                Expr promoted = Conversions.convert(x, Conversions.unaryPromoted(x.type()));
                return op == UnaryExpr.Operator.PLUS ? promoted : negate(p, promoted);
            }
            case BITWISE_COMPLEMENT -> {
                if (!JType.isIntegral(x.type())) return badUnary(p, op, x);
                return fold(new Expr.Unary(p, Conversions.unaryPromoted(x.type()), UnOp.BITNOT, Conversions.convert(x, Conversions.unaryPromoted(x.type()))));
            }
            case LOGICAL_COMPLEMENT -> {
                if (x.type() != Prim.BOOLEAN) return badUnary(p, op, x);
                return fold(new Expr.Unary(p, Prim.BOOLEAN, UnOp.NOT, x));
            }
            default -> {
                boolean inc = op == UnaryExpr.Operator.PREFIX_INCREMENT || op == UnaryExpr.Operator.POSTFIX_INCREMENT;
                Expr target = variable(x, p, env);
                if (target == null) return null;
                if (!JType.isNumeric(Boxing.primitiveOf(target.type()))) return badUnary(p, op, x);
                if (target.type() instanceof Prim) return new Expr.IncDec(p, target.type(), target, inc, u.isPrefix(), null, null);
                // i++ on an Integer (JLS 15.14.2): unboxed, stepped, boxed again; the value is the old or the new box
                Expr unboxed = Boxing.unbox(target);
                Expr.Call boxed = (Expr.Call) ctx.boxing.box(unboxed);
                return new Expr.IncDec(p, target.type(), target, inc, u.isPrefix(), ((Expr.InstanceCall) unboxed).method(), boxed.method());
            }
        }
    }

    private Expr negate(Pos p, Expr promoted) { return fold(new Expr.Unary(p, promoted.type(), UnOp.NEG, promoted)); }

    private Expr badUnary(Pos p, UnaryExpr.Operator op, Expr x) {
        ctx.error(p, "bad operand type " + x.type().javaName() + " for unary operator '" + op.asString() + "'");
        return null;
    }

    // BinaryExpression: every infix operator; && and || short-circuit
    Expr binary(BinaryExpr b, MethodEnv env) {
        Pos p = exprs.pos(env, b);
        Expr l = exprs.attribute(b.getLeft(), env);
        Expr r = exprs.attribute(b.getRight(), env);
        if (l == null || r == null) return null;
        return binary(p, b.getOperator(), l, r);
    }

    Expr binary(Pos p, BinaryExpr.Operator op, Expr l, Expr r) {
        boolean concatenation = op == BinaryExpr.Operator.PLUS && (JType.isString(l.type()) || JType.isString(r.type()));
        boolean identity = (op == BinaryExpr.Operator.EQUALS || op == BinaryExpr.Operator.NOT_EQUALS)
                && !(l.type() instanceof Prim) && !(r.type() instanceof Prim);   // Integer == Integer compares references
        if (!concatenation && !identity) { l = Boxing.unboxed(l); r = Boxing.unboxed(r); }   // JLS 5.6: numeric promotion unboxes
        JType lt = l.type(), rt = r.type();
        switch (op) {
            case AND, OR -> {
                if (lt != Prim.BOOLEAN || rt != Prim.BOOLEAN) return badBinary(p, op, l, r);
                return fold(new Expr.Logical(p, Prim.BOOLEAN, op == BinaryExpr.Operator.AND, l, r));
            }
            case PLUS, MINUS, MULTIPLY, DIVIDE, REMAINDER -> {
                if (op == BinaryExpr.Operator.PLUS && (JType.isString(lt) || JType.isString(rt))) {
                    if (lt == Prim.VOID || rt == Prim.VOID) return badBinary(p, op, l, r);
                    return concat.concat(p, l, r);
                }
                if (!JType.isNumeric(lt) || !JType.isNumeric(rt)) return badBinary(p, op, l, r);
                return arithmetic(p, binOp(op), l, r);
            }
            case BINARY_AND, BINARY_OR, XOR -> {
                if (lt == Prim.BOOLEAN && rt == Prim.BOOLEAN) return fold(new Expr.Binary(p, Prim.BOOLEAN, binOp(op), l, r));
                if (!JType.isIntegral(lt) || !JType.isIntegral(rt)) return badBinary(p, op, l, r);
                return arithmetic(p, binOp(op), l, r);
            }
            case LEFT_SHIFT, SIGNED_RIGHT_SHIFT, UNSIGNED_RIGHT_SHIFT -> {
                if (!JType.isIntegral(lt) || !JType.isIntegral(rt)) return badBinary(p, op, l, r);
                JType t = Conversions.unaryPromoted(lt);
                // the count is masked to 5 or 6 bits, so narrowing a long count to int keeps its meaning
                Expr count = Conversions.convert(Conversions.convert(r, Conversions.unaryPromoted(rt)), Prim.INT);
                return fold(new Expr.Binary(p, t, binOp(op), Conversions.convert(l, t), count));
            }
            case EQUALS, NOT_EQUALS -> {
                CmpOp c = op == BinaryExpr.Operator.EQUALS ? CmpOp.EQ : CmpOp.NE;
                if (JType.isNumeric(lt) && JType.isNumeric(rt)) return compare(p, c, l, r);
                if (lt == Prim.BOOLEAN && rt == Prim.BOOLEAN) return fold(new Expr.Compare(p, Prim.BOOLEAN, c, l, r));
                if (JType.isReference(lt) && JType.isReference(rt) && (lt == JType.Null.NULL || rt == JType.Null.NULL || Conversions.isCastable(lt, rt))) {
                    // identity comparison; the operands go to the wider type (upcasts cost nothing)
                    JType common = lt == JType.Null.NULL ? rt : rt == JType.Null.NULL || Conversions.isWidening(rt, lt) ? lt : rt;
                    return fold(new Expr.Compare(p, Prim.BOOLEAN, c, Conversions.convert(l, common), Conversions.convert(r, common)));
                }
                if (JType.isReference(lt) && JType.isReference(rt)) {
                    TypeNames n = new TypeNames();
                    ctx.error(p, n.where("incomparable types: " + n.of(lt) + " and " + n.of(rt)));
                    return null;
                }
                return badBinary(p, op, l, r);
            }
            case LESS, LESS_EQUALS, GREATER, GREATER_EQUALS -> {
                if (!JType.isNumeric(lt) || !JType.isNumeric(rt)) return badBinary(p, op, l, r);
                CmpOp c = switch (op) { case LESS -> CmpOp.LT; case LESS_EQUALS -> CmpOp.LE; case GREATER -> CmpOp.GT; default -> CmpOp.GE; };
                return compare(p, c, l, r);
            }
        }
        throw new IllegalStateException("operator " + op);
    }

    /** Binary numeric promotion, then {@code l op r} in the promoted type. */
    private Expr arithmetic(Pos p, BinOp op, Expr l, Expr r) {
        JType t = Conversions.binaryPromoted(l.type(), r.type());
        Expr e = fold(new Expr.Binary(p, t, op, Conversions.convert(l, t), Conversions.convert(r, t)));
        return e instanceof Expr.Binary b && b.op() == BinOp.REM && JType.isFloating(t) ? FloatRemainder.call(ctx, b) : e;
    }

    private Expr compare(Pos p, CmpOp c, Expr l, Expr r) {
        JType t = Conversions.binaryPromoted(l.type(), r.type());
        return fold(new Expr.Compare(p, Prim.BOOLEAN, c, Conversions.convert(l, t), Conversions.convert(r, t)));
    }

    private Expr badBinary(Pos p, BinaryExpr.Operator op, Expr l, Expr r) {
        TypeNames n = new TypeNames();
        ctx.error(p, n.where("bad operand types for binary operator '" + op.asString() + "'\n  first type:  " + n.of(l.type())
                + "\n  second type: " + n.of(r.type())));
        return null;
    }

    static BinOp binOp(BinaryExpr.Operator op) {
        return switch (op) {
            case PLUS -> BinOp.ADD; case MINUS -> BinOp.SUB; case MULTIPLY -> BinOp.MUL; case DIVIDE -> BinOp.DIV;
            case REMAINDER -> BinOp.REM; case BINARY_AND -> BinOp.AND; case BINARY_OR -> BinOp.OR; case XOR -> BinOp.XOR;
            case LEFT_SHIFT -> BinOp.SHL; case SIGNED_RIGHT_SHIFT -> BinOp.SHR; case UNSIGNED_RIGHT_SHIFT -> BinOp.USHR;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    // Assignment: LeftHandSide AssignmentOperator Expression
    Expr assign(AssignExpr a, MethodEnv env) {
        Pos p = exprs.pos(env, a);
        Expr lhs = exprs.attribute(a.getTarget(), env);
        if (lhs == null) return null;
        Expr target = variable(lhs, p, env);
        if (target == null) return null;
        if (a.getOperator() == AssignExpr.Operator.ASSIGN) {
            Expr value = exprs.assignable(a.getValue(), target.type(), env);
            return value == null ? null : new Expr.Assign(p, target.type(), target, value);
        }
        Expr value = exprs.attribute(a.getValue(), env);
        if (value == null) return null;
        BinaryExpr.Operator op = a.getOperator().toBinaryOperator().orElseThrow();
        if (op == BinaryExpr.Operator.PLUS && JType.isString(target.type())) {
            if (value.type() == Prim.VOID) return badBinary(p, op, target, value);
            return new Expr.Assign(p, target.type(), target, concat.concat(p, target, value));
        }
        JType targetPrim = Boxing.primitiveOf(target.type()), valuePrim = Boxing.primitiveOf(value.type());
        if (targetPrim == null || valuePrim == null) return badBinary(p, op, target, value);
        Expr combined = binary(p, op, target, value);    // a op b, promoted (boxed operands unboxed)
        if (combined == null) return null;
        if (targetPrim == Prim.BOOLEAN && combined.type() != Prim.BOOLEAN) return badBinary(p, op, target, value);
        Expr narrowed = Conversions.convert(combined, targetPrim);   // the implicit (T) cast
        if (target.type() instanceof Prim) return new Expr.Assign(p, target.type(), target, narrowed);
        if (!combined.type().equals(targetPrim)) {   // Integer i; i += 1L: (Integer) of a long is no conversion (JLS 5.5)
            ctx.error(p, Conversions.assignError(combined.type(), target.type()));
            return null;
        }
        return new Expr.Assign(p, target.type(), target, ctx.boxing.box(narrowed));
    }

    /** The operand of an assignment or ++/-- must be a variable (a local, an array element, or a static field not final outside its initializer). */
    private Expr variable(Expr x, Pos p, MethodEnv env) {
        if (x instanceof Expr.Local || x instanceof Expr.ArrayElem) return x;
        if (x instanceof Expr.InstanceField f) return ObjectAttributor.assignableField(ctx, f, x.pos(), env);   // javac points at the variable
        if (x instanceof Expr.ArrayLength) { ctx.error(x.pos(), "cannot assign a value to final variable length"); return null; }
        if (x instanceof Expr.StaticField f) {
            boolean inOwnInit = env.method() == null && env.cls() == f.field().owner;
            if (f.field().isFinal && !inOwnInit) {
                ctx.error(x.pos(), "cannot assign a value to final variable " + f.field().name);
                return null;
            }
            return x;
        }
        ctx.error(p, "unexpected type\n  required: variable\n  found:    value");
        return null;
    }

    // CastExpression: ( PrimitiveType ) UnaryExpression | ( String ) ...
    Expr cast(CastExpr c, MethodEnv env) {
        Pos p = exprs.pos(env, c);
        TypeResolver.Result t = ctx.types.resolve(c.getType(), env.cls(), false);
        if (t.error() != null) { ctx.error(ostooc.frontend.parse.Positions.start(env.file(), c.getType()), t.error()); return null; }
        Expr x = exprs.attribute(c.getExpression(), env);
        if (x == null) return null;
        if (!Conversions.isCastable(x.type(), t.type())) {
            Expr boxed = ctx.boxing.cast(x, t.type());   // (Integer) 5, (int) integerBox, (int) object
            if (boxed != null) return at(p, boxed);
            ctx.error(exprs.pos(env, c.getExpression()), TypeNames.cannotConvert(x.type(), t.type()));
            return null;
        }
        if (JType.isNullable(x.type()) && JType.isNullable(t.type()) && !Conversions.isSubtype(x.type(), t.type())) return new Expr.RefCast(p, t.type(), x);
        return at(p, Conversions.convert(x, t.type()));
    }

    /** A cast's result placed at the cast ({@code (Object) 1}, {@code (int) 'x'}, {@code (Object) null}), where javac's messages point. */
    private static Expr at(Pos p, Expr e) {
        if (e instanceof Expr.Convert k) return new Expr.Convert(p, k.type(), k.operand());
        if (e instanceof Expr.Const k) return new Expr.Const(p, k.type(), k.value());
        if (e instanceof Expr.Call k && k.mark() == null) return new Expr.Call(p, k.type(), k.method(), k.args(), null);
        return e;
    }

    /** Replaces an operator node whose operands are all constants by its value (JLS 15.29). */
    static Expr fold(Expr e) { return Folding.fold(e); }
}

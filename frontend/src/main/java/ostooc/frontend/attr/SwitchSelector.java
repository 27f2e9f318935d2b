package ostooc.frontend.attr;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import ostooc.frontend.model.ClassSym;
import ostooc.frontend.model.ConstValue;
import ostooc.frontend.model.FieldSym;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.JType.Prim;
import ostooc.frontend.model.MethodSym;
import ostooc.frontend.parse.Positions;
import ostooc.frontend.tree.CmpOp;
import ostooc.frontend.tree.Expr;
import ostooc.frontend.tree.LocalVar;
import ostooc.frontend.tree.Pos;
import ostooc.frontend.tree.Stmt;

import java.util.ArrayList;
import java.util.List;

/**
 * A switch's selector as an int, so that lowering only ever sees a switch on int (JLS 14.11.1):
 * <pre>
 *   switch (i)  on int/char/short/byte      =>  switch ((int) i), labels their values (their boxes: unboxed first)
 *   switch (e)  on an enum                   =>  EnumSwitchInit; switch (e.$ordinal), labels the constants' ordinals (null: NPE)
 *   switch (s)  on String, labels "a", "b"   =>  String $s = s; int $h = $s.hashCode();   (null: NPE)
 *                                                int $k = -1; if ($h == hash("a") && "a".equals($s)) $k = 0; else if ... ;
 *                                                switch ($k), labels the strings' indexes
 * </pre>
 */
final class SwitchSelector {
    enum Kind { INT, STRING, ENUM }

    final Kind kind;
    final JType type;
    private final Expr selector;
    private final ClassSym enumClass;
    /** STRING: the distinct labels in order of appearance; a label's index is its int. */
    private final List<String> strings = new ArrayList<>();

    private SwitchSelector(Kind kind, JType type, Expr selector, ClassSym enumClass) {
        this.kind = kind; this.type = type; this.selector = selector; this.enumClass = enumClass;
    }

    /** The selector's kind, or null after reporting an unsupported selector type. */
    static SwitchSelector of(AttrContext ctx, Expr selector, Pos at) {
        Prim unboxed = Boxing.unboxedType(selector.type());
        if (unboxed == Prim.INT || unboxed == Prim.CHAR || unboxed == Prim.SHORT || unboxed == Prim.BYTE)
            selector = Boxing.unbox(selector);   // switch on an Integer: on its value (null: NullPointerException, JLS 14.11.3)
        JType t = selector.type();
        if (t == Prim.INT || t == Prim.CHAR || t == Prim.SHORT || t == Prim.BYTE) return new SwitchSelector(Kind.INT, t, selector, null);
        if (JType.isString(t)) return new SwitchSelector(Kind.STRING, t, selector, null);
        if (t instanceof JType.Ref r && r.cls() != null && r.cls().enumConstants != null) return new SwitchSelector(Kind.ENUM, t, selector, r.cls());
        ctx.error(at, "unsupported: switch on " + t.javaName());
        return null;
    }

    /** Number of values an exhaustive set of labels must cover (enums), or -1 when only a default is exhaustive. */
    int valueCount() { return kind == Kind.ENUM ? enumClass.enumConstants.size() : -1; }

    // SwitchLabel: case ConstantExpression | case EnumConstantName   =>  its int, or null after an error
    Long label(Expression l, ExprAttributor exprs, AttrContext ctx, MethodEnv env) {
        Pos p = Positions.preferred(env.file(), l);
        if (kind == Kind.ENUM) {
            int ordinal = l instanceof NameExpr n ? enumClass.enumConstants.indexOf(n.getNameAsString()) : -2;
            if (ordinal == -2) ctx.error(p, "an enum switch case label must be the unqualified name of an enumeration constant");
            else if (ordinal < 0) ctx.error(p, "an enum switch case label must be the unqualified name of an enumeration constant");
            return ordinal < 0 ? null : (long) ordinal;
        }
        Expr e = exprs.attribute(l, env);
        if (e == null) return null;
        boolean constant = e instanceof Expr.Const c && (kind == Kind.STRING ? c.value() instanceof ConstValue.Str : c.value() instanceof ConstValue.Int);
        if (!constant) {
            if (e instanceof Expr.Const || !(e.type() == type || JType.isString(e.type()) == (kind == Kind.STRING)))
                ctx.error(p, ctx.boxing.assign(e, type) == null ? Conversions.assignError(e.type(), type) : "constant expression required");
            else ctx.error(p, "constant expression required");
            return null;
        }
        Expr converted = ctx.boxing.assign(e, type);
        if (converted == null) { ctx.error(p, Conversions.assignError(e.type(), type)); return null; }
        if (kind == Kind.INT) return ((ConstValue.Int) ((Expr.Const) converted).value()).value();
        String s = ((ConstValue.Str) ((Expr.Const) converted).value()).value();
        if (!strings.contains(s)) strings.add(s);
        return (long) strings.indexOf(s);
    }

    /** The statements before the int selector: the enum switch map's initialization (enums), the string's key (strings). */
    List<Stmt> prelude(AttrContext ctx, Pos p, ClassSym in) {
        if (kind == Kind.ENUM) {
            ctx.enumSwitches.record(in, p, enumClass);
            return List.of(new Stmt.EnumSwitchInit(p, EnumSwitchMaps.topLevel(in)));
        }
        if (kind != Kind.STRING) return List.of();
        ClassSym object = ctx.model.byBinaryName(JType.OBJECT_NAME);
        if (object.methodsNamed("hashCode").isEmpty()) { ctx.error(p, "unsupported: switch on strings without the stdlib shim"); return List.of(); }
        MethodSym hashCode = object.methodsNamed("hashCode").get(0);
        MethodSym equals = ShimMethods.find(ctx, AttrContext.STRINGS, "equals", List.of(JType.STRING, object.type()), p);
        LocalVar s = new LocalVar("$switchString", object.type(), p, false);   // typed Object: hashCode dispatches strings (header 0) too
        LocalVar h = new LocalVar("$switchHash", Prim.INT, p, false);
        List<Stmt> out = new ArrayList<>();
        out.add(new Stmt.LocalDecl(p, s, ctx.boxing.assign(selector, object.type())));
        out.add(new Stmt.LocalDecl(p, h, new Expr.InstanceCall(p, Prim.INT, hashCode, local(p, s), List.of(), hashCode.isVirtual(), p)));
        out.add(new Stmt.LocalDecl(p, key(p), intConst(p, -1)));
        Stmt chain = null;
        for (int i = strings.size() - 1; i >= 0; i--) {
            String label = strings.get(i);
            Expr sameHash = new Expr.Compare(p, Prim.BOOLEAN, CmpOp.EQ, local(p, h), intConst(p, label.hashCode()));
            Expr same = new Expr.Call(p, Prim.BOOLEAN, equals, List.of(new Expr.Const(p, JType.STRING, new ConstValue.Str(label)), local(p, s)), null);
            Stmt set = new Stmt.ExprStmt(p, new Expr.Assign(p, Prim.INT, local(p, key(p)), intConst(p, i)));
            chain = new Stmt.If(p, new Expr.Logical(p, Prim.BOOLEAN, true, sameHash, same), set, chain);
        }
        if (chain != null) out.add(chain);
        return out;
    }

    private LocalVar key;
    private LocalVar key(Pos p) {
        if (key == null) key = new LocalVar("$switchKey", Prim.INT, p, false);
        return key;
    }

    /** The int the lowered switch dispatches on. */
    Expr intSelector(AttrContext ctx, Pos p) {
        return switch (kind) {
            case INT -> Conversions.convert(selector, Prim.INT);
            case STRING -> local(p, key(p));
            case ENUM -> {
                FieldSym ordinal = ctx.model.byBinaryName("java.lang.Enum").fields.get("$ordinal");
                yield new Expr.InstanceField(p, Prim.INT, selector, ordinal);
            }
        };
    }

    private static Expr local(Pos p, LocalVar v) { return new Expr.Local(p, v.type, v); }
    private static Expr intConst(Pos p, long v) { return new Expr.Const(p, Prim.INT, new ConstValue.Int(v)); }
}

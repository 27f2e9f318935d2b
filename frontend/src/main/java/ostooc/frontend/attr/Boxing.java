package ostooc.frontend.attr;

import ostooc.frontend.model.ClassSym;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.JType.Prim;
import ostooc.frontend.model.MethodSym;
import ostooc.frontend.model.ProgramModel;
import ostooc.frontend.tree.Expr;

import java.util.List;
import java.util.Map;

/**
 * Boxing (JLS 5.1.7) and unboxing (5.1.8) conversions, and the conversions of 5.2, 5.3 and 5.5 that contain
 * them. The boxes are the registry's classes for {@code java.lang.Integer} and the others (stdlib-shim's
 * {@code ostoo.shim.lang}); boxing is their {@code valueOf}, whose caches make {@code ==} on boxes what it is
 * on the JVM, and unboxing their {@code intValue()}-style method, an instance call whose receiver is null
 * checked (NullPointerException, as on the JVM). Assumes the model is built; a program built without the
 * library has no boxes, and every boxing conversion is then simply not applicable.
 */
final class Boxing {
    private static final Map<Prim, String> BOXES = Map.of(Prim.BOOLEAN, "java.lang.Boolean", Prim.BYTE, "java.lang.Byte",
            Prim.SHORT, "java.lang.Short", Prim.CHAR, "java.lang.Character", Prim.INT, "java.lang.Integer",
            Prim.LONG, "java.lang.Long", Prim.FLOAT, "java.lang.Float", Prim.DOUBLE, "java.lang.Double");

    private final ProgramModel model;

    Boxing(ProgramModel model) { this.model = model; }

    /** The box type of {@code p} ({@code int}: Integer); null for void or when the library has no box. */
    JType.Ref boxType(JType p) {
        ClassSym c = p instanceof Prim q && q != Prim.VOID ? model.jdk(BOXES.get(q)) : null;
        return c == null ? null : c.type();
    }

    /** The primitive type a box type unboxes to ({@code Integer}: int); null for every other type. */
    static Prim unboxedType(JType t) {
        if (!(t instanceof JType.Ref r) || r.cls() == null || r.cls().jdkName == null) return null;
        for (Map.Entry<Prim, String> e : BOXES.entrySet()) if (e.getValue().equals(r.cls().jdkName)) return e.getKey();
        return null;
    }

    /** {@code t} itself when primitive, else its unboxed type; null when neither (the type of a numeric or boolean operand). */
    static JType primitiveOf(JType t) { return t instanceof Prim ? t : unboxedType(t); }

    /** {@code e} boxed: {@code Integer.valueOf(e)}. {@code e} is primitive and its box exists. */
    Expr box(Expr e) {
        ClassSym box = boxType(e.type()).cls();
        for (MethodSym m : box.methodsNamed("valueOf"))
            if (m.isStatic && m.params.equals(List.of(e.type()))) return new Expr.Call(e.pos(), box.type(), m, List.of(e), null);
        throw new IllegalStateException(box + " has no valueOf(" + e.type().javaName() + ")");
    }

    /** {@code e} unboxed: {@code e.intValue()}, NullPointerException when null. {@code e}'s type is a box. */
    static Expr unbox(Expr e) {
        Prim p = unboxedType(e.type());
        ClassSym box = ((JType.Ref) e.type()).cls();
        for (MethodSym m : box.methodsNamed(p.javaName() + "Value"))
            if (m.params.isEmpty()) return new Expr.InstanceCall(e.pos(), p, m, e, List.of(), false, null);
        throw new IllegalStateException(box + " has no " + p.javaName() + "Value()");
    }

    /** {@code e} unboxed when its type is a box, else {@code e} (numeric and boolean operands, JLS 5.6). */
    static Expr unboxed(Expr e) { return e != null && unboxedType(e.type()) != null ? unbox(e) : e; }

    /**
     * Loose invocation conversion (JLS 5.3) beyond the strict one: boxing then a widening reference conversion
     * ({@code int} to Integer, Number, Object), or unboxing then a widening primitive conversion (Integer to long).
     */
    boolean isLoose(JType from, JType to) {
        if (Conversions.isInvocationConvertible(from, to)) return true;
        if (from instanceof Prim) {
            JType.Ref box = boxType(from);
            return box != null && JType.isNullable(to) && Conversions.isSubtype(box, to);
        }
        Prim p = unboxedType(from);
        return p != null && to instanceof Prim && Conversions.isWidening(p, to);
    }

    /** {@code e} converted to {@code to} by a loose conversion ({@link #isLoose} holds). */
    Expr convertLoose(Expr e, JType to) {
        if (Conversions.isInvocationConvertible(e.type(), to)) return Conversions.convert(e, to);
        if (e.type() instanceof Prim) return Conversions.convert(box(e), to);
        return Conversions.convert(unbox(e), to);
    }

    /**
     * Assignment conversion (JLS 5.2) with boxing: the strict and loose conversions, plus a constant of type
     * byte, short, char or int that fits narrowed then boxed ({@code Byte b = 1; Character c = 65;}). Null when
     * not allowed.
     */
    Expr assign(Expr e, JType to) {
        Expr strict = Conversions.assign(e, to);
        if (strict != null) return strict;
        if (isLoose(e.type(), to)) return convertLoose(e, to);
        Prim target = unboxedType(to);
        if (target == Prim.BYTE || target == Prim.SHORT || target == Prim.CHAR) {
            Expr narrowed = Conversions.assign(e, target);
            if (narrowed != null && narrowed != e && e instanceof Expr.Const) return box(narrowed);
        }
        return null;
    }

    /**
     * Casting conversion (JLS 5.5) with boxing: {@code (Integer) 5}, {@code (Object) 5} (boxing, then widening),
     * {@code (long) integerBox} (unboxing, then widening), {@code (int) object} (a checked cast to Integer, then
     * unboxing). Null when {@code from} to {@code to} is no such cast.
     */
    Expr cast(Expr e, JType to) {
        JType from = e.type();
        if (from instanceof Prim && from != Prim.VOID && JType.isNullable(to)) {
            JType.Ref box = boxType(from);
            return box != null && Conversions.isSubtype(box, to) ? Conversions.convert(box(e), to) : null;
        }
        if (to instanceof Prim p && p != Prim.VOID) {
            Prim q = unboxedType(from);
            if (q != null) return Conversions.isWidening(q, p) ? Conversions.convert(unbox(e), p) : null;
            JType.Ref box = boxType(p);
            if (box != null && JType.isNullable(from) && Conversions.isSubtype(box, from)) return unbox(new Expr.RefCast(e.pos(), box, e));
        }
        return null;
    }
}

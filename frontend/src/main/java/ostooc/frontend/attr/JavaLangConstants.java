package ostooc.frontend.attr;

import ostooc.frontend.model.ConstValue;
import ostooc.frontend.model.JType;
import ostooc.frontend.tree.Expr;
import ostooc.frontend.tree.Pos;

/** {@code Integer.MIN_VALUE} and friends: constants of java.lang classes the shim does not model yet. */
final class JavaLangConstants {
    private JavaLangConstants() { }

    static Expr lookup(String cls, String field, Pos p) {
        String c = cls.startsWith("java.lang.") ? cls.substring("java.lang.".length()) : cls;
        if (c.equals("Double") || c.equals("Float")) return floating(c.equals("Float"), field, p);
        JType.Prim t;
        long min, max;
        switch (c) {
            case "Integer" -> { t = JType.Prim.INT; min = Integer.MIN_VALUE; max = Integer.MAX_VALUE; }
            case "Long" -> { t = JType.Prim.LONG; min = Long.MIN_VALUE; max = Long.MAX_VALUE; }
            case "Short" -> { t = JType.Prim.SHORT; min = Short.MIN_VALUE; max = Short.MAX_VALUE; }
            case "Byte" -> { t = JType.Prim.BYTE; min = Byte.MIN_VALUE; max = Byte.MAX_VALUE; }
            case "Character" -> { t = JType.Prim.CHAR; min = Character.MIN_VALUE; max = Character.MAX_VALUE; }
            default -> { return null; }
        }
        return switch (field) {
            case "MIN_VALUE" -> new Expr.Const(p, t, new ConstValue.Int(min));
            case "MAX_VALUE" -> new Expr.Const(p, t, new ConstValue.Int(max));
            default -> null;
        };
    }

    /** Double.NaN, Float.MAX_VALUE, ...: constants of type double or float. */
    private static Expr floating(boolean isFloat, String field, Pos p) {
        double v = switch (field) {
            case "NaN" -> Double.NaN;
            case "POSITIVE_INFINITY" -> Double.POSITIVE_INFINITY;
            case "NEGATIVE_INFINITY" -> Double.NEGATIVE_INFINITY;
            case "MAX_VALUE" -> isFloat ? Float.MAX_VALUE : Double.MAX_VALUE;
            case "MIN_VALUE" -> isFloat ? Float.MIN_VALUE : Double.MIN_VALUE;
            case "MIN_NORMAL" -> isFloat ? Float.MIN_NORMAL : Double.MIN_NORMAL;
            default -> 0.5;   // not a floating constant
        };
        if (v == 0.5) {
            return switch (field) {   // the int constants of Double and Float
                case "MAX_EXPONENT" -> new Expr.Const(p, JType.Prim.INT, new ConstValue.Int(isFloat ? Float.MAX_EXPONENT : Double.MAX_EXPONENT));
                case "MIN_EXPONENT" -> new Expr.Const(p, JType.Prim.INT, new ConstValue.Int(isFloat ? Float.MIN_EXPONENT : Double.MIN_EXPONENT));
                case "SIZE" -> new Expr.Const(p, JType.Prim.INT, new ConstValue.Int(isFloat ? 32 : 64));
                case "BYTES" -> new Expr.Const(p, JType.Prim.INT, new ConstValue.Int(isFloat ? 4 : 8));
                default -> null;
            };
        }
        return new Expr.Const(p, isFloat ? JType.Prim.FLOAT : JType.Prim.DOUBLE, new ConstValue.Real(v));
    }
}

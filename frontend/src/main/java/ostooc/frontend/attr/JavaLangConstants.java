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
}

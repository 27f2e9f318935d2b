package ostooc.frontend.attr;

import com.github.javaparser.ast.expr.Expression;

import java.util.List;

/**
 * The static methods of java.lang.Math, Double and Float that the shim implements, and
 * {@code String.valueOf} of a float or double: which shim class a call {@code Scope.name(...)} maps to.
 */
final class FloatLibrary {
    private FloatLibrary() { }

    private static final List<String> MATH = List.of("sqrt", "abs", "min", "max", "floor", "ceil");
    private static final List<String> DOUBLE = List.of("toString", "compare", "isNaN", "isInfinite", "isFinite", "doubleToLongBits",
            "doubleToRawLongBits", "longBitsToDouble", "sum", "min", "max");
    private static final List<String> FLOAT = List.of("toString", "compare", "isNaN", "isInfinite", "isFinite", "floatToIntBits",
            "floatToRawIntBits", "intBitsToFloat", "sum", "min", "max");

    /** The shim class for {@code scope.name(...)}, or null when it is not one of these library methods. */
    static String shimClass(Expression scope, String name, ExprAttributor exprs, MethodEnv env) {
        String s = scope.toString();
        if (s.startsWith("java.lang.")) s = s.substring("java.lang.".length());
        else if (exprs.classNamed(scope, env) != null) return null;   // a user class of that name
        return switch (s) {
            case "Math", "StrictMath" -> MATH.contains(name) ? "ostoo.shim.JavaMath" : null;
            case "Double" -> DOUBLE.contains(name) ? "ostoo.shim.Doubles" : null;
            case "Float" -> FLOAT.contains(name) ? "ostoo.shim.Floats" : null;
            default -> null;
        };
    }
}

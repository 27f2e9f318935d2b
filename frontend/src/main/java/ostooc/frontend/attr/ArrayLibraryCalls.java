package ostooc.frontend.attr;

import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;

/**
 * Which JDK array methods map to which shim class: {@code System.arraycopy} to {@code ostoo.shim.ArrayCopy},
 * {@code java.util.Arrays.*} to {@code ostoo.shim.Arrays}, {@code s.toCharArray()} to {@code Strings}.
 */
final class ArrayLibraryCalls {
    static final String ARRAYS = "ostoo.shim.Arrays";
    static final String ARRAY_COPY = "ostoo.shim.ArrayCopy";

    private ArrayLibraryCalls() { }

    /** Whether {@code scope} names {@code java.util.Arrays}: written out, or imported and not hidden by a class of the program. */
    static boolean isJavaUtilArrays(Expression scope, ExprAttributor exprs, MethodEnv env) {
        String s = scope.toString();
        if (s.equals("java.util.Arrays")) return true;
        if (!(scope instanceof NameExpr) || !s.equals("Arrays") || exprs.classNamed(scope, env) != null) return false;
        if (env.scope().lookup(s) != null) return false;
        for (ImportDeclaration imp : env.cls().unit().getImports()) {
            if (imp.isStatic()) continue;
            String name = imp.getNameAsString();
            if ((!imp.isAsterisk() && name.equals("java.util.Arrays")) || (imp.isAsterisk() && name.equals("java.util"))) return true;
        }
        return false;
    }
}

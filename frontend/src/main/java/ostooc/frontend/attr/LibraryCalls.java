package ostooc.frontend.attr;

import ostooc.frontend.model.ClassSym;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.MethodSym;
import ostooc.frontend.tree.Expr;
import ostooc.frontend.tree.Pos;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * String's methods, which stdlib-shim implements as static methods: each row maps the methods {@code names}
 * of {@code java.lang.String} onto the public static methods of one shim class; instance methods take the
 * receiver as the shim method's first parameter. Several rows serve String: overload resolution runs over
 * the union, as if they were one class. A name in no row is {@code unsupported}. String is the one JDK class
 * left here because the compiler owns its layout; every other JDK class is a real class of the model
 * through the registry ({@code ostoo.rt.annotation.JdkClass}: Integer, Math, StringBuilder, ...).
 */
final class LibraryCalls {
    /** One row: {@code javaClass.name(...)} (static) or {@code string.name(...)} (instance) is {@code shimClass.name}. */
    private record Row(String javaClass, boolean instance, String shimClass, Set<String> names) { }

    private static Row statics(String javaClass, String shim, String names) { return new Row(javaClass, false, shim, Set.of(names.split(" "))); }
    private static Row instance(String shim, String names) { return new Row("String", true, shim, Set.of(names.split(" "))); }

    private static final List<Row> ROWS = List.of(
            instance("ostoo.shim.Strings", "length charAt equals hashCode toString toCharArray"),
            instance("ostoo.shim.StringSearch", "indexOf lastIndexOf contains startsWith endsWith isEmpty"),
            instance("ostoo.shim.StringCompare", "equalsIgnoreCase compareTo compareToIgnoreCase"),
            instance("ostoo.shim.StringTransform", "substring replace trim strip stripLeading stripTrailing isBlank concat repeat"),
            instance("ostoo.shim.StringCase", "toUpperCase toLowerCase"),
            instance("ostoo.shim.StringSplit", "split"),
            statics("String", "ostoo.shim.Strings", "valueOf"),
            statics("String", "ostoo.shim.StringStatics", "valueOf copyValueOf join format"));

    private LibraryCalls() { }

    /** Whether some row serves {@code Cls.name(...)} for the simple or java.lang-qualified class name written. */
    static boolean hasStatic(String written, String name) {
        String c = simple(written);
        for (Row r : ROWS) if (!r.instance && r.javaClass.equals(c)) return true;
        return false;
    }

    /** The public static shim methods implementing {@code javaClass.name}; empty when none. */
    static List<MethodSym> candidates(AttrContext ctx, String written, boolean instance, String name) {
        String c = simple(written);
        List<MethodSym> out = new ArrayList<>();
        for (Row r : ROWS) {
            if (r.instance != instance || !r.javaClass.equals(c) || !r.names.contains(name)) continue;
            ClassSym shim = ctx.shim(r.shimClass);
            if (shim == null) continue;
            for (MethodSym m : shim.methodsNamed(name))
                if (m.isStatic && !m.isPrivate && (!instance || !m.params.isEmpty() && JType.isString(m.params.get(0)))) out.add(m);
        }
        return out;
    }

    /** {@code new String(args)}: {@code StringStatics.newString(args)}; null after an error. */
    static Expr newString(CallAttributor calls, AttrContext ctx, Pos p, List<Expr> args, MethodEnv env) {
        ClassSym shim = ctx.shim("ostoo.shim.StringStatics");
        if (shim == null || shim.methodsNamed("newString").isEmpty()) { ctx.error(p, "unsupported: new String"); return null; }
        MethodSym m = calls.select(p, "<init>", shim, shim.methodsNamed("newString"), args, env);
        return m == null ? null : new Expr.Call(p, JType.STRING, m, calls.convertArgs(p, args, m), null);
    }

    private static String simple(String written) { return written.startsWith("java.lang.") ? written.substring("java.lang.".length()) : written; }
}

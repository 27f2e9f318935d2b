package ostooc.frontend.model;

import com.github.javaparser.ast.ImportDeclaration;

/**
 * Resolves a class name as written in a class's source (JLS 6.5.5): nested and enclosing classes,
 * single-type imports, the same package, on-demand imports; then fully qualified names.
 */
public final class ClassLookup {
    private final ProgramModel model;

    public ClassLookup(ProgramModel model) { this.model = model; }

    /** {@code name} may be simple ({@code Mem}) or qualified ({@code ostoo.rt.Mem}, {@code Outer.Inner}); null when unknown. */
    public ClassSym resolve(String name, ClassSym context) {
        int dot = name.indexOf('.');
        if (dot < 0) return resolveSimple(name, context);
        ClassSym first = resolveSimple(name.substring(0, dot), context);
        if (first != null) {
            ClassSym c = first;
            for (String part : name.substring(dot + 1).split("\\.")) {
                c = c.nested.get(part);
                if (c == null) return null;
            }
            return c;
        }
        if (name.startsWith(JAVA_LANG) && name.indexOf('.', JAVA_LANG.length()) < 0) {
            ClassSym c = javaLang(name.substring(JAVA_LANG.length()));
            if (c != null) return c;
        }
        return model.byCanonicalName(name);
    }

    private static final String JAVA_LANG = "java.lang.";

    /**
     * The implicit {@code import java.lang.*} (JLS 7.3) for the java.lang types the compiler models as classes:
     * {@code Enum} (synthesized, see EnumModel) and {@code Runnable} (an interface of the shim). String, Object
     * and StringBuilder have their own paths (TypeResolver); all others are not modelled.
     */
    private ClassSym javaLang(String simple) {
        return switch (simple) {
            case "Enum" -> model.byCanonicalName(EnumModel.ENUM);
            case "Runnable" -> model.byCanonicalName(RUNNABLE);
            default -> null;
        };
    }

    /** {@code java.lang.Runnable} is this interface of stdlib-shim. */
    public static final String RUNNABLE = "ostoo.shim.Runnable";

    /**
     * A simple type name in scope at {@code context}. A class's members shadow its own name (declared in the
     * enclosing scope): Java forbids the clash, but hoisted anonymous classes have it ({@code 1} in {@code Outer$1}
     * is {@code Outer$1$1}).
     */
    public ClassSym resolveSimple(String name, ClassSym context) {
        for (ClassSym c = context; c != null; c = c.outer) {
            ClassSym n = c.nested.get(name);
            if (n != null) return n;
            if (c.simpleName.equals(name)) return c;
        }
        for (ImportDeclaration imp : context.unit().getImports()) {
            if (imp.isStatic() || imp.isAsterisk()) continue;
            if (imp.getName().getIdentifier().equals(name)) return model.byCanonicalName(imp.getNameAsString());
        }
        ClassSym samePackage = model.byCanonicalName(qualify(context.packageName, name));
        if (samePackage != null) return samePackage;
        for (ImportDeclaration imp : context.unit().getImports()) {
            if (imp.isStatic() || !imp.isAsterisk()) continue;
            ClassSym c = model.byCanonicalName(imp.getNameAsString() + "." + name);
            if (c != null) return c;
        }
        return javaLang(name);
    }

    /** Resolves an annotation's name to its qualified name (imports, then the name as written). */
    public String annotationName(String written, ClassSym context) {
        if (written.contains(".")) return written;
        for (ImportDeclaration imp : context.unit().getImports()) {
            if (imp.isStatic()) continue;
            if (!imp.isAsterisk() && imp.getName().getIdentifier().equals(written)) return imp.getNameAsString();
            if (imp.isAsterisk() && imp.getNameAsString().equals("ostoo.rt.annotation")) return "ostoo.rt.annotation." + written;
        }
        if (context.packageName.equals("ostoo.rt.annotation")) return "ostoo.rt.annotation." + written;
        return written;   // a simple name matches too
    }

    private static String qualify(String pkg, String name) { return pkg.isEmpty() ? name : pkg + "." + name; }
}

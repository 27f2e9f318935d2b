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
     * The implicit {@code import java.lang.*} (JLS 7.3): the java.lang classes of the JDK registry
     * ({@link ProgramModel#jdk}: Object, Enum and the library's {@code @JdkClass} classes).
     */
    private ClassSym javaLang(String simple) { return model.byCanonicalName(JAVA_LANG + simple); }

    /**
     * The JDK class a name that resolves to no class of the program means, if any: through the single-type and
     * on-demand imports of {@code context}'s file, java.lang's implicit import, or as a qualified name. The
     * compiler runs on a JDK, whose class library is the reference for what javac would have accepted; nothing
     * is initialized. Null when the name is no JDK class either (then it is javac's "cannot find symbol").
     */
    public String jdkName(String name, ClassSym context) {
        if (name.contains(".")) return jdkExists(name) ? name : null;
        if (context != null && context.file != null) {
            for (ImportDeclaration imp : context.unit().getImports()) {
                if (imp.isStatic()) continue;
                String q = imp.isAsterisk() ? imp.getNameAsString() + "." + name : imp.getNameAsString();
                if ((imp.isAsterisk() || imp.getName().getIdentifier().equals(name)) && jdkExists(q)) return q;
            }
        }
        return jdkExists(JAVA_LANG + name) ? JAVA_LANG + name : null;
    }

    /** The one message for a JDK class the library does not implement. */
    public static String notInLibrary(String jdkName) { return "unsupported: " + jdkName + " (not in ostooc's library yet)"; }

    private static boolean jdkExists(String qualified) {
        if (!qualified.startsWith("java.")) return false;
        try {
            Class.forName(qualified, false, ClassLoader.getPlatformClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            int dot = qualified.lastIndexOf('.');   // a member class written Outer.Inner: java.util.Map.Entry
            return dot > 0 && jdkExists(qualified.substring(0, dot) + "$" + qualified.substring(dot + 1));
        }
    }

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

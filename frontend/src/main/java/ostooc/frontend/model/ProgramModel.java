package ostooc.frontend.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every class of the program (user and library) by binary and canonical name, the registry of the JDK
 * classes the library implements (by JDK name, see {@code ostoo.rt.annotation.JdkClass}), plus the methods the
 * runtime's annotations single out (entry point, panic handler, global allocator, exported symbols).
 */
public final class ProgramModel {
    private final Map<String, ClassSym> byBinaryName = new LinkedHashMap<>();
    private final Map<String, ClassSym> byCanonicalName = new LinkedHashMap<>();
    /** The library's entry points to {@code java.lang.Class} objects: {@code Object.getClass()}, class literals. */
    public static final String CLASS_OF = "ostoo.shim.lang.ClassOf";

    private final Map<String, ClassSym> jdk = new LinkedHashMap<>();
    private final Map<String, MethodSym> exports = new LinkedHashMap<>();
    public MethodSym entryPoint;
    public MethodSym panicHandler;
    public MethodSym globalAllocator;
    /** The tier the program is built for. */
    public ostooc.frontend.Tier tier = ostooc.frontend.Tier.FREESTANDING;

    public void add(ClassSym c) {
        byBinaryName.put(c.binaryName, c);
        String canonical = (c.packageName.isEmpty() ? "" : c.packageName + ".") + c.javaName();
        byCanonicalName.put(canonical, c);
    }

    /**
     * Registers {@code c} under the JDK name it stands for ({@link ClassSym#jdkName}), so that name, imported or
     * qualified or through java.lang's implicit import, resolves to it. One class per JDK name.
     */
    public void addJdk(ClassSym c) {
        byCanonicalName.put(c.jdkName.replace('$', '.'), c);
        jdk.put(c.jdkName, c);
    }

    /** The class standing for the JDK class of binary name {@code n} ({@code java.lang.Integer}); null when the library has none. */
    public ClassSym jdk(String n) { return jdk.get(n); }

    public ClassSym byBinaryName(String n) { return byBinaryName.get(n); }
    /** A class by canonical name ({@code ostoo.rt.Mem}, {@code Outer.Inner}). */
    public ClassSym byCanonicalName(String n) { return byCanonicalName.get(n); }
    public List<ClassSym> classes() { return new ArrayList<>(byBinaryName.values()); }

    public void addExport(MethodSym m) { exports.put(m.annotations.export(), m); }
    public MethodSym export(String symbol) { return exports.get(symbol); }

    public List<ClassSym> classesInPackage(String pkg) {
        List<ClassSym> r = new ArrayList<>();
        for (ClassSym c : byBinaryName.values()) if (c.outer == null && c.packageName.equals(pkg)) r.add(c);
        return r;
    }
}

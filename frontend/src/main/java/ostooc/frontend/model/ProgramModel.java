package ostooc.frontend.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every class of the program (user and library) by binary and canonical name, plus the methods the
 * runtime's annotations single out (entry point, panic handler, global allocator, exported symbols).
 */
public final class ProgramModel {
    private final Map<String, ClassSym> byBinaryName = new LinkedHashMap<>();
    private final Map<String, ClassSym> byCanonicalName = new LinkedHashMap<>();
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

package ostooc.frontend.model;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import ostooc.frontend.parse.ParsedFile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A class (or a constant-only runtime enum): its static fields and methods in declaration order. */
public final class ClassSym {
    public final String binaryName;     // pkg.Outer$Inner
    public final String simpleName;
    public final String packageName;    // "" for the default package
    public final ClassSym outer;
    public final ParsedFile file;
    public final TypeDeclaration<?> decl;
    public final boolean isEnum;
    /** A compiled (user) enum: its constants in declaration order (ordinal = index); null otherwise. {@link #isEnum} is the runtime's constant-only kind. */
    public List<String> enumConstants;
    public final Map<String, ClassSym> nested = new LinkedHashMap<>();
    public final Map<String, FieldSym> fields = new LinkedHashMap<>();
    public final Map<String, List<MethodSym>> methods = new LinkedHashMap<>();
    /** Issue 3: the superclass ({@code java.lang.Object}'s is null; an interface's is Object, whose members it has), constructors, modifiers, layout. */
    public ClassSym superclass;
    public final List<MethodSym> constructors = new ArrayList<>();
    public boolean isAbstract, isFinal;
    /**
     * JLS 8.1.1.2 / 9.1.1.4: a {@code sealed} class or interface, or an enum with a constant that has a body
     * (JLS 8.9: implicitly sealed); {@link #permitted} are its permitted direct subtypes (the permits clause,
     * else those of its compilation unit that extend it). A record: {@link #isRecord} (desugared, final).
     */
    public boolean isSealed, isRecord;
    public final List<ClassSym> permitted = new ArrayList<>();
    /** Issue 3, interfaces: whether this is an interface; its direct superinterfaces (implements / interface extends). */
    public boolean isInterface;
    /** Inner classes (JLS 8.1.3): a non-static member (or hoisted local/anonymous) class; its instances hold the enclosing instance in {@link #OUTER_THIS}, set from its constructors' first parameter. */
    public boolean isInner;
    public static final String OUTER_THIS = "this$0";
    public final List<ClassSym> interfaces = new ArrayList<>();
    /**
     * The JDK class this library class stands for ({@code java.lang.StringBuilder}: its {@code @JdkClass}), also
     * set on the classes the compiler synthesizes for the JDK (Object, Enum); null for every other class.
     */
    public String jdkName;
    /** A library class annotated {@code @InitOnFieldUse}: its static method calls do not initialize it, only its static fields' use. */
    public boolean initOnFieldUse;
    /** Computed by {@link ClassLayout} on first need. */
    public ClassLayout layout;

    public ClassSym(String binaryName, String simpleName, String packageName, ClassSym outer, ParsedFile file,
                    TypeDeclaration<?> decl, boolean isEnum) {
        this.binaryName = binaryName; this.simpleName = simpleName; this.packageName = packageName;
        this.outer = outer; this.file = file; this.decl = decl; this.isEnum = isEnum;
    }

    /** The synthetic {@code this$0} field of an inner class. */
    public FieldSym outerThis() { return fields.get(OUTER_THIS); }

    public CompilationUnit unit() { return file.unit(); }
    public boolean isLibrary() { return file == null || file.library(); }

    /** {@code java.lang.Object}, synthesized by the compiler (no source). */
    public boolean isObject() { return decl == null && binaryName.equals("java.lang.Object"); }

    /** Whether this class is {@code other} or a subclass of it. */
    public boolean isSubclassOf(ClassSym other) {
        for (ClassSym c = this; c != null; c = c.superclass) if (c == other) return true;
        return false;
    }

    /** Whether this class or interface is {@code other} or a subtype of it (JLS 4.10.2: superclasses and superinterfaces). */
    public boolean isSubtypeOf(ClassSym other) {
        if (isSubclassOf(other)) return true;
        return other.isInterface && allInterfaces().contains(other);
    }

    /** Every superinterface, direct or inherited through superclasses and superinterfaces, each once, nearest first. */
    public List<ClassSym> allInterfaces() {
        List<ClassSym> out = new ArrayList<>();
        for (ClassSym c = this; c != null; c = c.superclass) collect(c, out);
        return out;
    }

    private static void collect(ClassSym c, List<ClassSym> out) {
        for (ClassSym i : c.interfaces) {
            if (out.contains(i)) continue;   // also stops cyclic (erroneous) interface graphs
            out.add(i);
            collect(i, out);
        }
    }

    /** The type of {@code this} in this class. */
    public JType.Ref type() { return new JType.Ref(binaryName, this); }

    public void addMethod(MethodSym m) { methods.computeIfAbsent(m.name, k -> new ArrayList<>()).add(m); }

    public List<MethodSym> methodsNamed(String name) { return methods.getOrDefault(name, List.of()); }

    public List<MethodSym> allMethods() {
        List<MethodSym> all = new ArrayList<>();
        methods.values().forEach(all::addAll);
        return all;
    }

    /** The binary name at run time ({@code Class.getName()}, ClassCastException texts): the JDK's for a JDK class. */
    public String runtimeName() { return jdkName != null ? jdkName : binaryName; }

    /** The fully qualified canonical name ({@code java.lang.StringBuilder}, {@code pkg.Outer.Inner}). */
    public String qualifiedName() {
        if (jdkName != null) return jdkName.replace('$', '.');
        return packageName.isEmpty() ? javaName() : packageName + "." + javaName();
    }

    /** The canonical name as javac shows it ({@code Outer.Inner}). */
    public String javaName() { return outer == null ? simpleName : outer.javaName() + "." + simpleName; }

    @Override public String toString() { return binaryName; }
}

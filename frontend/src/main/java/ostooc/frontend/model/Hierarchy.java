package ostooc.frontend.model;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import ostooc.frontend.Diagnostics;
import ostooc.frontend.parse.EnumBodyDesugar;
import ostooc.frontend.parse.InnerClassDesugar;
import ostooc.frontend.parse.Positions;
import ostooc.frontend.tree.Pos;

import java.util.ArrayList;
import java.util.List;

/**
 * Issue 3's part of the program model: {@code java.lang.Object} (synthesized: it has no source; its
 * methods are implemented by the static methods of {@code ostoo.shim.ObjectMethods}, which take the
 * receiver as their first parameter, the same ABI as an instance method), superclasses, constructors
 * (the implicit default constructor when a class declares none), and the abstract-method check.
 */
final class Hierarchy {
    static final String OBJECT_METHODS = "ostoo.shim.ObjectMethods";

    private final ProgramModel model;
    private final ClassLookup lookup;
    private final TypeResolver types;
    private final Diagnostics diags;
    private ClassSym object, enumClass;

    Hierarchy(ProgramModel model, ClassLookup lookup, TypeResolver types, Diagnostics diags) {
        this.model = model; this.lookup = lookup; this.types = types; this.diags = diags;
    }

    /** {@code java.lang.Object}: no fields, no source, a no-op constructor. */
    void declareObject() {
        object = new ClassSym(JType.OBJECT_NAME, "Object", "java.lang", null, null, null, false);
        model.add(object);
        object.jdkName = JType.OBJECT_NAME;
        model.addJdk(object);
        MethodSym init = new MethodSym(object, "<init>", List.of(), List.of(), JType.Prim.VOID, null, false, Annotations.NONE);
        init.isStatic = false;
        init.isConstructor = true;
        object.constructors.add(init);
        enumClass = EnumModel.declareEnum(model, object);
    }

    /** Interface, abstract, final: from the declaration, for every class before any superclass is resolved (which checks them). */
    void flags(ClassSym c) {
        if (c.decl instanceof com.github.javaparser.ast.body.EnumDeclaration e && !c.isEnum) {
            c.isFinal = e.getEntries().stream().allMatch(k -> !k.containsData(EnumBodyDesugar.BODY_CLASS));   // JLS 8.9: final unless a constant has a body
            c.isSealed = !c.isFinal;   // ... then implicitly sealed, its constants' classes permitted (JLS 17 8.9)
            c.isAbstract = e.getMethods().stream().anyMatch(MethodDeclaration::isAbstract);   // (as javac flags it; see checkAbstract for inherited ones)
        } else if (c.decl instanceof ClassOrInterfaceDeclaration d) {
            c.isInterface = d.isInterface();
            c.isAbstract = d.isAbstract() || d.isInterface();
            c.isFinal = d.isFinal();
            c.isSealed = d.hasModifier(Modifier.Keyword.SEALED);
            c.isRecord = d.containsData(ostooc.frontend.parse.RecordDesugar.RECORD);
        }
    }

    /**
     * The permitted direct subtypes of a sealed class or interface (JLS 8.1.6, 9.1.4): those its permits clause
     * names, else the classes and interfaces of its compilation unit that extend or implement it directly (for an
     * enum: its constants' classes). After every superclass is resolved. javac's checks of the permits clause itself
     * (a permitted class must extend c and be final, sealed or non-sealed) are not made: the cast rules only read it.
     */
    void permittedSubtypes(ClassSym c, List<ClassSym> declared) {
        if (!c.isSealed) return;
        if (c.decl instanceof ClassOrInterfaceDeclaration d && !d.getPermittedTypes().isEmpty()) {
            for (ClassOrInterfaceType t : d.getPermittedTypes()) {
                ClassSym p = lookup.resolve(t.getNameWithScope(), c);
                if (p == null) error(c, t, "cannot find symbol\n  symbol: class " + t.getNameWithScope());
                else if (!c.permitted.contains(p)) c.permitted.add(p);
            }
            return;
        }
        for (ClassSym k : declared)
            if (k.file == c.file && (k.superclass == c || k.interfaces.contains(c))) c.permitted.add(k);
    }

    // ClassDeclaration: ... [extends ClassType] ...   (no extends: java.lang.Object)
    void resolveSuperclass(ClassSym c) {
        c.superclass = object;
        if (c.decl instanceof com.github.javaparser.ast.body.EnumDeclaration e && !c.isEnum) {
            c.superclass = enumClass;
            superinterfaces(c, e.getImplementedTypes());
            return;
        }
        if (!(c.decl instanceof ClassOrInterfaceDeclaration d)) return;
        if (d.isInterface()) {   // InterfaceDeclaration: interface I [extends I1, I2] — no superclass
            // superclass stays Object: an interface's members include Object's (JLS 9.2); its descriptor's super is 0
            superinterfaces(c, d.getExtendedTypes());
            return;
        }
        superinterfaces(c, d.getImplementedTypes());
        if (d.getExtendedTypes().isEmpty()) return;
        ClassOrInterfaceType t = d.getExtendedTypes(0);
        String name = t.getNameWithScope();
        ClassSym sup = name.equals("Object") || name.equals("java.lang.Object") ? object : lookup.resolve(name, c);
        if (sup == null) { error(c, t, missing(name, c)); return; }
        if (sup.isEnum) { error(c, t, "unsupported: extending " + sup.javaName()); return; }
        if (sup.decl instanceof com.github.javaparser.ast.body.EnumDeclaration && !d.containsData(EnumBodyDesugar.CONSTANT_BODY)) {   // (constants are declared later)
            if (sup.isFinal) error(c, t, "cannot inherit from final " + sup.javaName());
            else error(Positions.tokenBefore(c.file.source(), d.getName()),   // (javac: at `class`; the enum is implicitly sealed)
                    d.isFinal() ? "enum types are not extensible" : "sealed, non-sealed or final modifiers expected");
            return;
        }
        if (sup.isFinal) { error(c, t, "cannot inherit from final " + sup.javaName()); return; }
        if (sup.isInterface && d.containsData(InnerClassDesugar.ANONYMOUS_EXTENDS)) { c.interfaces.add(sup); return; }   // new I() { … }
        if (sup.isInterface) { error(c, t, "no interface expected here"); return; }
        for (ClassSym s = sup; s != null; s = s.superclass) {
            if (s == c) { error(c, t, "cyclic inheritance involving " + c.javaName()); return; }
        }
        c.superclass = sup;
    }

    // implements I1, I2 (classes, enums)  |  interface J extends I1, I2
    private void superinterfaces(ClassSym c, List<ClassOrInterfaceType> types) {
        for (ClassOrInterfaceType t : types) {
            String name = t.getNameWithScope();
            ClassSym i = lookup.resolve(name, c);
            if (t.getTypeArguments().isPresent()) { userError(c, t, "unsupported: generics"); continue; }
            if (i == null) { userError(c, t, missing(name, c)); continue; }
            if (!(i.decl instanceof ClassOrInterfaceDeclaration d) || !d.isInterface()) { userError(c, t, "interface expected here"); continue; }
            if (i == c || i.allInterfaces().contains(c)) { userError(c, t, "cyclic inheritance involving " + c.javaName()); continue; }
            if (c.interfaces.contains(i)) { userError(c, t, "repeated interface"); continue; }
            c.interfaces.add(i);
        }
    }

    /** A supertype name that resolves to no class: a JDK class the library lacks, or javac's "cannot find symbol". */
    private String missing(String name, ClassSym c) {
        String jdk = lookup.jdkName(name, c);
        return jdk != null ? ClassLookup.notInLibrary(jdk) : "cannot find symbol\n  symbol: class " + name;
    }

    /** Modifiers of a method that matter for dispatch. */
    static void modifiers(MethodSym m, MethodDeclaration md) {
        m.isStatic = md.isStatic();
        m.isAbstract = md.isAbstract();
        m.isFinal = md.isFinal();
        m.isPrivate = md.isPrivate();
    }

    // ConstructorDeclaration: {Modifier} Identifier ( [FormalParameters] ) ConstructorBody ; none: the default one
    void declareConstructors(ClassSym c) {
        if (c.isEnum || c.isInterface) return;
        for (BodyDeclaration<?> b : c.decl.getMembers()) {
            if (!(b instanceof ConstructorDeclaration cd)) continue;
            if (!cd.getTypeParameters().isEmpty()) { userError(c, cd.getName(), "unsupported: generics"); continue; }
            if (!cd.getThrownExceptions().isEmpty()) { userError(c, cd.getThrownException(0), "unsupported: exceptions"); continue; }
            List<JType> params = new ArrayList<>();
            List<String> names = new ArrayList<>();
            if (c.isInner) { params.add(c.outer.type()); names.add(ClassSym.OUTER_THIS); }   // javac: Inner(Outer this$0, ...)
            boolean ok = true;
            for (Parameter p : cd.getParameters()) {
                TypeResolver.Result pt = types.resolve(p.getType(), c, false);
                if (pt.error() != null) { userError(c, p.getType(), pt.error()); ok = false; break; }
                params.add(p.isVarArgs() ? new JType.Array(pt.type()) : pt.type());
                names.add(p.getNameAsString());
            }
            if (!ok) continue;
            MethodSym m = constructor(c, params, names);
            m.ctorDecl = cd;
            m.isVarargs = !cd.getParameters().isEmpty() && cd.getParameters().getLast().get().isVarArgs();
            m.isPrivate = cd.hasModifier(Modifier.Keyword.PRIVATE);
            for (MethodSym other : c.constructors) {
                if (other.params.equals(params)) {
                    userError(c, cd.getName(), "constructor " + c.simpleName + m.javaSignature().substring("<init>".length())
                            + " is already defined in class " + c.javaName());
                    ok = false;
                }
            }
            if (ok) c.constructors.add(m);
        }
        if (c.constructors.isEmpty()) c.constructors.add(c.isInner ? constructor(c, List.of(c.outer.type()), List.of(ClassSym.OUTER_THIS))
                : constructor(c, List.of(), List.of()));   // JLS 8.8.9
    }

    private static MethodSym constructor(ClassSym c, List<JType> params, List<String> names) {
        MethodSym m = new MethodSym(c, "<init>", params, names, JType.Prim.VOID, null, false, Annotations.NONE);
        m.isStatic = false;
        m.isConstructor = true;
        return m;
    }

    /**
     * Object's equals, hashCode and toString, each implemented by the shim's static method of that name, and the
     * final {@code getClass()}, by {@code ostoo.shim.lang.ClassOf.getClass} (a {@code java.lang.Class}).
     */
    void bindObjectMethods() {
        ClassSym shim = model.byBinaryName(OBJECT_METHODS);
        EnumModel.bindMethods(model, enumClass);
        if (shim == null) return;   // a program built without the stdlib shim: Object has no methods
        JType.Ref obj = object.type();
        objectMethod(shim, "equals", List.of(obj), List.of("other"), JType.Prim.BOOLEAN);
        objectMethod(shim, "hashCode", List.of(), List.of(), JType.Prim.INT);
        objectMethod(shim, "toString", List.of(), List.of(), JType.STRING);
        ClassSym classOf = model.byBinaryName(ProgramModel.CLASS_OF), cls = model.jdk("java.lang.Class");
        if (classOf != null && cls != null) objectMethod(classOf, "getClass", List.of(), List.of(), cls.type()).forEach(m -> m.isFinal = true);
    }

    private List<MethodSym> objectMethod(ClassSym shim, String name, List<JType> params, List<String> names, JType result) {
        List<MethodSym> out = new ArrayList<>();
        List<JType> implParams = new ArrayList<>();
        implParams.add(object.type());
        implParams.addAll(params);
        for (MethodSym impl : shim.methodsNamed(name)) {
            if (!impl.params.equals(implParams)) continue;
            MethodSym m = new MethodSym(object, name, params, names, result, null, false, Annotations.NONE);
            m.isStatic = false;
            m.implementation = impl;
            object.addMethod(m);
            out.add(m);
        }
        return out;
    }

    /** JLS 8.1.1.1: a class that is not abstract may not have abstract methods, declared or inherited. */
    void checkAbstract(ClassSym c) {
        if (c.isInterface || c.isEnum || c.isLibrary()) return;
        for (String conflict : ClassLayout.of(c).conflicts) { error(c, c.decl, conflict); return; }
        if (c.isAbstract) return;
        boolean specializedEnum = c.enumConstants != null && !c.isFinal;
        for (MethodSym m : ClassLayout.of(c).vtable) {
            if (!m.isAbstract) continue;
            if (specializedEnum) { c.isAbstract = true; return; }   // its constants' bodies implement it (each checked as a class)
            Node at = ((com.github.javaparser.ast.body.TypeDeclaration<?>) c.decl).getName();
            error(c, at, displayName(c) + " is not abstract and does not override abstract method " + m.javaSignature()
                    + " in " + displayName(m.owner));
            return;
        }
    }

    /** javac's name for a class in messages: {@code Outer.Inner}, or {@code <anonymous Outer$1>} for an anonymous class or enum constant body. */
    private static String displayName(ClassSym c) {
        return !c.simpleName.isEmpty() && c.simpleName.chars().allMatch(Character::isDigit)
                ? "<anonymous " + c.binaryName + ">" : c.javaName();
    }

    private void userError(ClassSym c, Node at, String message) { if (!c.isLibrary()) error(c, at, message); }

    private void error(ClassSym c, Node at, String message) { error(Positions.start(c.file.source(), at), message); }

    private void error(Pos p, String message) { diags.error(p.file(), p.line(), p.column(), message); }
}

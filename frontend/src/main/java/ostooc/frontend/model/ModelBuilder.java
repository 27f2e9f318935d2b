package ostooc.frontend.model;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import ostooc.frontend.Diagnostics;
import ostooc.frontend.Tier;
import ostooc.frontend.parse.ParsedFile;
import ostooc.frontend.parse.Positions;
import ostooc.frontend.parse.TierAnnotations;
import ostooc.frontend.tree.Pos;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 2a: declares every class, static field and static method of the program (the "program model"),
 * with resolved types and annotations. Unsupported members are reported for user code; in library code
 * they are skipped silently (they only matter if reached, and then their use is reported).
 */
public final class ModelBuilder {
    private final Diagnostics diags;
    private final Tier tier;
    private final ProgramModel model = new ProgramModel();
    private final ClassLookup lookup = new ClassLookup(model);
    private final TypeResolver types = new TypeResolver(lookup);

    public ModelBuilder(Diagnostics diags) { this(diags, Tier.FREESTANDING); }

    /** Runtime classes annotated {@code @Tier} for another tier than {@code tier} are left out. */
    public ModelBuilder(Diagnostics diags, Tier tier) { this.diags = diags; this.tier = tier; model.tier = tier; }

    public ProgramModel build(List<ParsedFile> files) {
        List<ClassSym> declared = new ArrayList<>();
        for (ParsedFile f : files)
            for (TypeDeclaration<?> t : f.unit().getTypes()) declareClass(f, t, null, declared);
        Hierarchy hierarchy = new Hierarchy(model, lookup, types, diags);
        hierarchy.declareObject();
        for (ClassSym c : declared) hierarchy.flags(c);
        for (ClassSym c : declared) hierarchy.resolveSuperclass(c);
        for (ClassSym c : declared) hierarchy.permittedSubtypes(c, declared);
        for (ClassSym c : declared) declareMembers(c);
        for (ClassSym c : declared) hierarchy.declareConstructors(c);
        hierarchy.bindObjectMethods();
        for (ClassSym c : declared) hierarchy.checkAbstract(c);
        return model;
    }

    public ClassLookup lookup() { return lookup; }
    public TypeResolver types() { return types; }

    // TypeDeclaration: ClassDeclaration | EnumDeclaration (runtime only) ; nested: static member classes
    private void declareClass(ParsedFile f, TypeDeclaration<?> t, ClassSym outer, List<ClassSym> out) {
        if (t instanceof AnnotationDeclaration) return;   // @interface: only the runtime's annotations, matched by name
        if (f.library() && TierAnnotations.of(t) != null && TierAnnotations.of(t) != tier) return;   // the other tier's _start, allocator
        String unsupported = null;
        if (t instanceof RecordDeclaration) unsupported = "unsupported: records";   // (user records are classes by now: parse.RecordDesugar)
        else if (t instanceof ClassOrInterfaceDeclaration c) {
            if (!c.getTypeParameters().isEmpty()) unsupported = "unsupported: generics";
        }
        if (unsupported != null) {
            if (!f.library()) error(f, t.getName(), unsupported);
            return;
        }
        String pkg = f.unit().getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        String name = t.getNameAsString();
        String binary = outer != null ? outer.binaryName + "$" + name : (pkg.isEmpty() ? name : pkg + "." + name);
        ClassSym c = new ClassSym(binary, name, pkg, outer, f, t, t instanceof EnumDeclaration && f.library());
        if (model.byBinaryName(binary) != null) {
            error(f, t.getName(), "duplicate class: " + binary.replace('$', '.'));
            return;
        }
        model.add(c);
        if (f.library()) registerJdk(f, t, c);
        c.isInner = outer != null && t instanceof ClassOrInterfaceDeclaration cd && !cd.isStatic() && !cd.isInterface()
                && !(outer.decl instanceof ClassOrInterfaceDeclaration od && od.isInterface());   // member interfaces and members of interfaces are static
        if (outer != null) outer.nested.put(name, c);
        out.add(c);
        for (BodyDeclaration<?> m : t.getMembers())
            if (m instanceof TypeDeclaration<?> nested) declareClass(f, nested, c, out);
    }

    /** A library class annotated {@code @JdkClass("java.lang.X")} stands for that JDK class (ostoo.rt.annotation.JdkClass); {@code @InitOnFieldUse}. */
    private void registerJdk(ParsedFile f, TypeDeclaration<?> t, ClassSym c) {
        for (AnnotationExpr a : t.getAnnotations()) {
            String q = a.getNameAsString();
            if (q.equals("InitOnFieldUse") || q.equals("ostoo.rt.annotation.InitOnFieldUse")) c.initOnFieldUse = true;
            if (!q.equals("JdkClass") && !q.equals("ostoo.rt.annotation.JdkClass")) continue;
            if (!(member(a, "value") instanceof StringLiteralExpr s)) continue;
            if (model.jdk(s.asString()) != null) { error(f, a, "duplicate @JdkClass: " + s.asString()); return; }
            c.jdkName = s.asString();
            model.addJdk(c);
        }
    }

    // ClassBody: FieldDeclaration | MethodDeclaration | ConstructorDeclaration | Initializer | nested types
    private void declareMembers(ClassSym c) {
        if (c.decl instanceof EnumDeclaration && !c.isEnum) EnumModel.declareConstants(c);
        else if (c.decl instanceof EnumDeclaration e) {
            for (EnumConstantDeclaration k : e.getEntries()) {
                FieldSym f = new FieldSym(c, k.getNameAsString(), new JType.Ref(c.binaryName), true, null);
                f.constant = new ConstValue.EnumConst(k.getNameAsString());
                f.constantVariable = true;
                f.state = FieldSym.State.RESOLVED;
                c.fields.put(f.name, f);
            }
        }
        if (c.isInner) {   // javac's synthetic field: final Outer this$0
            FieldSym f = new FieldSym(c, ClassSym.OUTER_THIS, c.outer.type(), true, null);
            f.isStatic = false;
            f.state = FieldSym.State.RESOLVED;
            c.fields.put(f.name, f);
        }
        for (BodyDeclaration<?> m : c.decl.getMembers()) {
            if (m instanceof FieldDeclaration fd) declareFields(c, fd);
            else if (m instanceof MethodDeclaration md) declareMethod(c, md);
            // instance initializers and constructors: see Hierarchy.declareConstructors and attr.InstanceInit
        }
    }

    // FieldDeclaration: {Modifier} Type VariableDeclarator {, VariableDeclarator} ;
    private void declareFields(ClassSym c, FieldDeclaration fd) {
        for (VariableDeclarator v : fd.getVariables()) {
            TypeResolver.Result t = types.resolve(v.getType(), c, false);
            if (t.error() != null) { userError(c, v.getType(), t.error()); continue; }
            if (c.fields.containsKey(v.getNameAsString())) {
                userError(c, v.getName(), "variable " + v.getNameAsString() + " is already defined in class " + c.javaName());
                continue;
            }
            boolean inInterface = c.decl instanceof ClassOrInterfaceDeclaration cd && cd.isInterface();   // JLS 9.3: implicitly static final
            FieldSym f = new FieldSym(c, v.getNameAsString(), t.type(), fd.isFinal() || inInterface, v);
            f.isStatic = fd.isStatic() || inInterface;
            c.fields.put(f.name, f);
        }
    }

    // MethodDeclaration: {Modifier} [TypeParameters] Type Identifier ( [FormalParameters] ) [throws ...] (Block | ;)
    private void declareMethod(ClassSym c, MethodDeclaration md) {
        if (!md.getTypeParameters().isEmpty()) { userError(c, md.getName(), "unsupported: generics"); return; }
        if (!md.getThrownExceptions().isEmpty()) { userError(c, md.getThrownException(0), "unsupported: exceptions"); return; }
        TypeResolver.Result ret = types.resolve(md.getType(), c, false);
        if (ret.error() != null) { userError(c, md.getType(), ret.error()); return; }
        boolean isMain = md.getNameAsString().equals("main") && md.getParameters().size() == 1;
        List<JType> params = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Parameter p : md.getParameters()) {
            TypeResolver.Result pt = types.resolve(p.getType(), c, isMain);
            if (pt.error() != null) { userError(c, p.getType(), pt.error()); return; }
            params.add(p.isVarArgs() ? new JType.Array(pt.type()) : pt.type());   // T... xs is a T[] (JLS 8.4.1)
            names.add(p.getNameAsString());
        }
        Annotations ann = annotations(c, md);
        MethodSym m = new MethodSym(c, md.getNameAsString(), params, names, ret.type(), md, md.isNative(), ann);
        Hierarchy.modifiers(m, md);
        m.isVarargs = !md.getParameters().isEmpty() && md.getParameters().getLast().get().isVarArgs();
        if (c.isInterface) InterfaceModel.modifiers(m, md);
        for (MethodSym other : c.methodsNamed(m.name)) {
            if (other.params.equals(m.params)) {
                userError(c, md.getName(), "method " + m.javaSignature() + " is already defined in class " + c.javaName());
                return;
            }
        }
        if (md.isNative() && ann.syscall() == null && !ann.intrinsic() && ann.cFunction() == null) { userError(c, md.getName(), "unsupported: native methods"); return; }
        if (ann.cFunction() != null) CFunctionCheck.ok(m, md, tier, (at, msg) -> userError(c, at, msg));   // declared all the same: no follow-on errors at calls
        c.addMethod(m);
        registerRole(c, md, m);
    }

    private void registerRole(ClassSym c, MethodDeclaration md, MethodSym m) {
        Annotations a = m.annotations;
        if (a.entryPoint()) {
            if (model.entryPoint != null) error(c.file, md.getName(), "more than one @EntryPoint method");
            model.entryPoint = m;
        }
        if (a.panicHandler()) {
            if (model.panicHandler != null) error(c.file, md.getName(), "more than one @PanicHandler method");
            model.panicHandler = m;
        }
        if (a.globalAllocator()) {
            if (model.globalAllocator != null) error(c.file, md.getName(), "more than one @GlobalAllocator method");
            model.globalAllocator = m;
        }
        if (a.export() != null) {
            if (model.export(a.export()) != null) error(c.file, md.getName(), "symbol " + a.export() + " is exported twice");
            model.addExport(m);
        }
    }

    /** The ostoo.rt.annotation annotations of a method, matched by resolved or simple name. */
    private Annotations annotations(ClassSym c, MethodDeclaration md) {
        boolean entry = false, naked = false, noReturn = false, panic = false, alloc = false, intrinsic = false, variadic = false;
        String export = null, cFunction = null;
        Long syscall = null;
        for (AnnotationExpr a : md.getAnnotations()) {
            String q = lookup.annotationName(a.getNameAsString(), c);
            String simple = q.startsWith("ostoo.rt.annotation.") ? q.substring("ostoo.rt.annotation.".length()) : q.contains(".") ? "" : q;
            switch (simple) {
                case "EntryPoint" -> entry = true;
                case "Naked" -> naked = true;
                case "NoReturn" -> noReturn = true;
                case "PanicHandler" -> panic = true;
                case "GlobalAllocator" -> alloc = true;
                case "Intrinsic" -> intrinsic = true;
                case "Export" -> export = singleValue(a) instanceof StringLiteralExpr s ? s.asString() : null;
                case "Syscall" -> syscall = singleValue(a) instanceof LiteralStringValueExpr l ? parseLong(l.getValue()) : null;
                case "CFunction" -> {
                    cFunction = member(a, "value") instanceof StringLiteralExpr s && !s.asString().isEmpty() ? s.asString() : md.getNameAsString();
                    variadic = member(a, "variadic") instanceof BooleanLiteralExpr b && b.getValue();
                }
                default -> { }
            }
        }
        return new Annotations(entry, naked, export, syscall, noReturn, panic, alloc, intrinsic, cFunction, variadic);
    }

    /** The value of the annotation element {@code name} ({@code value} may be written alone); null if absent. */
    private static Object member(AnnotationExpr a, String name) {
        if (a instanceof SingleMemberAnnotationExpr s) return name.equals("value") ? s.getMemberValue() : null;
        if (a instanceof NormalAnnotationExpr n)
            for (MemberValuePair pair : n.getPairs()) if (pair.getNameAsString().equals(name)) return pair.getValue();
        return null;
    }

    private static Object singleValue(AnnotationExpr a) {
        return a instanceof SingleMemberAnnotationExpr s ? s.getMemberValue() : null;
    }

    private static Long parseLong(String s) {
        s = s.replace("_", "");
        if (s.endsWith("L") || s.endsWith("l")) s = s.substring(0, s.length() - 1);
        return s.startsWith("0x") || s.startsWith("0X") ? Long.parseLong(s.substring(2), 16) : Long.parseLong(s);
    }

    private void userError(ClassSym c, Node at, String message) {
        if (!c.isLibrary()) error(c.file, at, message);
    }

    private void error(ParsedFile f, Node at, String message) {
        Pos p = Positions.start(f.source(), at);
        diags.error(f.source(), p.line(), p.column(), message);
    }

}

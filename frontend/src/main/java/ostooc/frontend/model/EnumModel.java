package ostooc.frontend.model;

import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;

import java.util.ArrayList;
import java.util.List;

/**
 * Enums (JLS 8.9) in the program model. {@code java.lang.Enum} is synthesized like Object: an abstract
 * class with the fields {@code $name} (String, +8) and {@code $ordinal} (int, +16) and the methods
 * {@code name ordinal toString compareTo}, implemented by {@code ostoo.shim.EnumMethods}. A user enum E
 * extends it, is final, and gets one static final field per constant, {@code $VALUES} (E[]), and the
 * static methods {@code values()} and {@code valueOf(String)}, whose bodies {@code attr.EnumAttributor}
 * synthesizes (MethodSym.decl is null).
 */
public final class EnumModel {
    public static final String ENUM = "java.lang.Enum";
    static final String ENUM_METHODS = "ostoo.shim.EnumMethods";
    public static final String VALUES = "$VALUES";

    private EnumModel() { }

    /** java.lang.Enum, a subclass of {@code object}. */
    static ClassSym declareEnum(ProgramModel model, ClassSym object) {
        ClassSym e = new ClassSym(ENUM, "Enum", "java.lang", null, null, null, false);
        e.superclass = object;
        e.isAbstract = true;
        model.add(e);
        e.jdkName = ENUM;
        model.addJdk(e);
        FieldSym name = new FieldSym(e, "$name", JType.STRING, true, null), ordinal = new FieldSym(e, "$ordinal", JType.Prim.INT, true, null);
        name.isStatic = false;
        ordinal.isStatic = false;
        e.fields.put(name.name, name);
        e.fields.put(ordinal.name, ordinal);
        return e;
    }

    /** Enum's methods, each implemented by the shim's static method of that name and arity + 1. */
    static void bindMethods(ProgramModel model, ClassSym e) {
        ClassSym shim = model.byBinaryName(ENUM_METHODS);
        if (shim == null) return;
        method(e, shim, "name", List.of(), JType.STRING, true);
        method(e, shim, "ordinal", List.of(), JType.Prim.INT, true);
        method(e, shim, "toString", List.of(), JType.STRING, false);
        method(e, shim, "compareTo", List.of(e.type()), JType.Prim.INT, true);
    }

    private static void method(ClassSym e, ClassSym shim, String name, List<JType> params, JType result, boolean isFinal) {
        for (MethodSym impl : shim.methodsNamed(name)) {
            if (impl.params.size() != params.size() + 1) continue;
            List<String> names = params.isEmpty() ? List.of() : List.of("o");
            MethodSym m = new MethodSym(e, name, params, names, result, null, false, Annotations.NONE);
            m.isStatic = false;
            m.isFinal = isFinal;
            m.implementation = impl;
            e.addMethod(m);
        }
    }

    /** E's constants (static final fields of type E, in order), {@code $VALUES}, {@code values()} and {@code valueOf(String)}. */
    static void declareConstants(ClassSym c) {
        EnumDeclaration d = (EnumDeclaration) c.decl;
        c.enumConstants = new ArrayList<>();
        for (EnumConstantDeclaration k : d.getEntries()) {
            c.enumConstants.add(k.getNameAsString());
            c.fields.put(k.getNameAsString(), new FieldSym(c, k.getNameAsString(), c.type(), true, null));
        }
        c.fields.put(VALUES, new FieldSym(c, VALUES, new JType.Array(c.type()), true, null));
        MethodSym values = new MethodSym(c, "values", List.of(), List.of(), new JType.Array(c.type()), null, false, Annotations.NONE);
        MethodSym valueOf = new MethodSym(c, "valueOf", List.of(JType.STRING), List.of("name"), c.type(), null, false, Annotations.NONE);
        c.addMethod(values);
        c.addMethod(valueOf);
    }
}

package ostooc.frontend.model;

import ostooc.ir.Type;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Java types of the subset: primitives, reference types named by binary name (String; the runtime's
 * constant-only enums such as {@code ostoo.rt.asm.Reg}), arrays ({@link Array}), the null type, and the
 * intersection types that least upper bounds make ({@link Intersection}).
 */
public sealed interface JType permits JType.Prim, JType.Ref, JType.Array, JType.Null, JType.Intersection {

    /** JVM descriptor: {@code I}, {@code J}, {@code Ljava/lang/String;}. */
    String descriptor();
    /** The name javac shows in messages: {@code int}, {@code String}. */
    String javaName();
    /** The IR type holding values of this type (boolean/byte/short/char/int all in i32). */
    Type irType();

    JType.Ref STRING = new Ref("java.lang.String");
    String OBJECT_NAME = "java.lang.Object";
    JType.Array STRING_ARRAY = new Array(STRING);

    enum Prim implements JType {
        BOOLEAN("Z", "boolean"), BYTE("B", "byte"), SHORT("S", "short"), CHAR("C", "char"),
        INT("I", "int"), LONG("J", "long"), FLOAT("F", "float"), DOUBLE("D", "double"), VOID("V", "void");

        private final String descriptor, javaName;
        Prim(String descriptor, String javaName) { this.descriptor = descriptor; this.javaName = javaName; }

        @Override public String descriptor() { return descriptor; }
        @Override public String javaName() { return javaName; }
        @Override public Type irType() {
            return switch (this) { case LONG -> Type.I64; case FLOAT -> Type.F32; case DOUBLE -> Type.F64; case VOID -> Type.VOID; default -> Type.I32; };
        }
        public boolean isNumeric() { return this != BOOLEAN && this != VOID; }
        public boolean isIntegral() { return isNumeric() && !isFloating(); }
        public boolean isFloating() { return this == FLOAT || this == DOUBLE; }
    }

    /**
     * A reference type. {@code cls} is the class for user classes and {@code java.lang.Object} (issue 3),
     * null for String, arrays and the runtime's enums; equality is by name only.
     */
    record Ref(String binaryName, ClassSym cls) implements JType {
        public Ref(String binaryName) { this(binaryName, null); }
        @Override public boolean equals(Object o) { return o instanceof Ref r && r.binaryName.equals(binaryName); }
        @Override public int hashCode() { return binaryName.hashCode(); }
        @Override public String descriptor() {
            return "L" + binaryName.replace('.', '/') + ";";
        }
        @Override public String javaName() {
            return binaryName.substring(binaryName.lastIndexOf('.') + 1).replace('$', '.');
        }
        @Override public Type irType() { return Type.REF; }
    }

    /** An array type {@code element[]} ({@code int[][]} is an Array of an Array); see {@code ostoo.rt.Layout}. */
    record Array(JType element) implements JType {
        @Override public String descriptor() { return "[" + element.descriptor(); }
        @Override public String javaName() { return element.javaName() + "[]"; }
        @Override public Type irType() { return Type.REF; }
        /** Class.getName() of the array: {@code [I}, {@code [Ljava.lang.String;}. */
        public String binaryName() { return descriptor().replace('/', '.'); }
        /** Dimensions: 2 for {@code int[][]}. */
        public int rank() { return element instanceof Array a ? 1 + a.rank() : 1; }
    }

    /**
     * An intersection type (JLS 4.9) as a least upper bound makes one (JLS 4.10.4, {@code attr.Lub}): the
     * minimal common supertypes, in javac's order (a class first, if any, then interfaces, deeper ones first,
     * then by name); at least two. Only attribution sees it: a value of it is a reference of its erasure (the
     * first component), and a member is reached by converting the value to the component that has it.
     */
    record Intersection(List<Ref> components) implements JType {
        public Intersection { components = List.copyOf(components); }
        @Override public String descriptor() { return components.get(0).descriptor(); }
        /** javac's name in a message; {@code attr.TypeNames} numbers several and adds the {@code where} clause. */
        @Override public String javaName() { return "INT#1"; }
        @Override public Type irType() { return Type.REF; }
        /** The class component, or null when all are interfaces (javac's supertype is then Object). */
        public Ref classBound() {
            Ref first = components.get(0);
            return first.cls() != null && first.cls().isInterface ? null : first;
        }
        /** As javac's where clause lists it: {@code P,I,J}, or {@code Object,I,J} when all are interfaces. */
        public String extendsList() {
            String bounds = components.stream().map(Ref::javaName).collect(Collectors.joining(","));
            return classBound() == null ? "Object," + bounds : bounds;
        }
    }

    enum Null implements JType {
        NULL;
        @Override public String descriptor() { throw new IllegalStateException("the null type has no descriptor"); }
        @Override public String javaName() { return "<null>"; }
        @Override public Type irType() { return Type.REF; }
    }

    static boolean isNumeric(JType t) { return t instanceof Prim p && p.isNumeric(); }
    static boolean isIntegral(JType t) { return t instanceof Prim p && p.isIntegral(); }
    static boolean isFloating(JType t) { return t instanceof Prim p && p.isFloating(); }
    static boolean isBoolean(JType t) { return t == Prim.BOOLEAN; }
    static boolean isString(JType t) { return STRING.equals(t); }
    static boolean isReference(JType t) { return isNullable(t) || t == Null.NULL; }
    /** A type {@code null} converts to: a class, interface, array or intersection type. */
    static boolean isNullable(JType t) { return t instanceof Ref || t instanceof Array || t instanceof Intersection; }
}

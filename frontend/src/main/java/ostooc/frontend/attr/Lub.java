package ostooc.frontend.attr;

import ostooc.frontend.model.ClassSym;
import ostooc.frontend.model.EnumModel;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.ProgramModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The least upper bound of reference types (JLS 4.10.4), as javac 17's {@code Types.lub} computes it for
 * non-generic types: the type of a standalone reference conditional (JLS 15.25.3) and switch expression.
 * <ol>
 * <li>arrays only: {@code lub(A[], B[]) = lub(A, B)[]}; with a primitive component, the same type or
 *     {@code Object & Serializable & Cloneable};
 * <li>classes and interfaces (arrays among them count as {@code Object & Serializable & Cloneable}): the
 *     common supertypes (each type's closure, intersected), their minimal elements, and those as one type or,
 *     when there are several, an {@link JType.Intersection} in javac's order (classes, then interfaces;
 *     deeper first, then by when javac interned the qualified name: {@code TypeSymbol.precedes} compares
 *     {@code Name}s by their index in the name table, so the JDK's names come first, then a default-package
 *     class's by the first occurrence of its name in the source, as the scanner meets it).
 * </ol>
 * The JDK's supertypes ostooc does not model (Serializable, Comparable, CharSequence, Cloneable, Record, ...)
 * take part, so that they remove what they are below of; a result that contains one, or the generic
 * {@code Enum<...>} of two different enums, cannot be written in the subset and is reported as unsupported
 * rather than approximated (an approximation would change which casts and calls javac accepts).
 * Assumes: the inputs are reference types, not the null type.
 */
final class Lub {
    /** The least upper bound, or why the subset cannot express it. */
    record Result(JType type, String unsupported) { }

    private final ProgramModel model;

    Lub(ProgramModel model) { this.model = model; }

    Result of(List<JType> types) {
        if (types.stream().allMatch(t -> t.equals(types.get(0)))) return new Result(types.get(0), null);
        if (types.stream().allMatch(t -> t instanceof JType.Array)) {
            List<JType> elements = types.stream().map(t -> ((JType.Array) t).element()).toList();
            if (elements.stream().anyMatch(e -> e instanceof JType.Prim)) return unsupported(types, List.of(SERIALIZABLE, CLONEABLE));
            Result e = of(elements);
            return e.type() == null ? e : new Result(new JType.Array(e.type()), null);
        }
        // the erased candidates: supertypes common to all (an array's are those of Object & Serializable & Cloneable)
        Map<String, Node> common = null;
        for (JType t : types) {
            Map<String, Node> c = closure(t);
            if (common == null) common = c;
            else common.keySet().retainAll(c.keySet());
        }
        List<Node> minimal = new ArrayList<>();
        for (Node n : common.values())
            if (common.values().stream().noneMatch(o -> o != n && o.supertypes.contains(n.name))) minimal.add(n);
        List<String> missing = minimal.stream().filter(n -> n.type == null).map(n -> n.name).toList();
        if (!missing.isEmpty()) return unsupported(types, missing);
        if (minimal.stream().anyMatch(n -> n.name.equals(EnumModel.ENUM)) && types.stream().noneMatch(t -> t instanceof JType.Ref r && r.binaryName().equals(EnumModel.ENUM)))
            return unsupported(types, List.of("java.lang.Enum<...>"));
        minimal.sort(Comparator.comparing((Node n) -> n.isInterface).thenComparing(n -> -n.rank).thenComparing(n -> n.interned).thenComparing(n -> n.name));
        if (minimal.size() == 1) return new Result(minimal.get(0).type, null);
        return new Result(new JType.Intersection(minimal.stream().map(n -> n.type).toList()), null);
    }

    private static Result unsupported(List<JType> types, List<String> jdkTypes) {
        TypeNames n = new TypeNames();
        StringBuilder sb = new StringBuilder("unsupported: the type of this expression, lub(");
        for (int k = 0; k < types.size(); k++) sb.append(k == 0 ? "" : ", ").append(n.of(types.get(k)));
        sb.append("), involves ").append(String.join(", ", jdkTypes)).append(" (JDK types outside ostooc's subset)");
        return new Result(null, n.where(sb.toString()));
    }

    /**
     * A supertype in a closure: {@code type} null for a JDK type that is not modelled; {@code supertypes}: the
     * names of all its supertypes, itself included; {@code rank}: javac's (Object 0, else 1 + its direct
     * supertypes' greatest).
     */
    private record Node(String name, JType.Ref type, boolean isInterface, int rank, Set<String> supertypes, long interned) {
        Node(String name, JType.Ref type, boolean isInterface, int rank, Set<String> supertypes) { this(name, type, isInterface, rank, supertypes, -1); }
    }

    /**
     * When javac's scanner first interns {@code c}'s qualified name: for a class of the default package, the offset of
     * the first occurrence of its simple name as a whole word in its file; a packaged class's qualified name is
     * interned when the class is entered, after the scan (its declaration's offset, after every file offset);
     * -1 for the JDK's and the library's, interned when javac starts.
     */
    private static long interned(ClassSym c) {
        if (c.isLibrary() || c.file == null) return -1;
        String text = c.file.source().text();
        if (!c.packageName.isEmpty() || c.outer != null) return (1L << 32) + c.decl.getBegin().map(b -> b.line * 1000L + b.column).orElse(0L);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(c.simpleName) + "\\b").matcher(text);
        return m.find() ? m.start() : Integer.MAX_VALUE;
    }

    private static final String OBJECT = JType.OBJECT_NAME, SERIALIZABLE = "java.io.Serializable", CLONEABLE = "java.lang.Cloneable",
            COMPARABLE = "java.lang.Comparable", CHAR_SEQUENCE = "java.lang.CharSequence", CONSTABLE = "java.lang.constant.Constable",
            CONSTANT_DESC = "java.lang.constant.ConstantDesc", APPENDABLE = "java.lang.Appendable", RECORD = "java.lang.Record",
            ABSTRACT_STRING_BUILDER = "java.lang.AbstractStringBuilder";

    /** Every supertype of {@code t}, itself included, by name. */
    private Map<String, Node> closure(JType t) {
        Map<String, Node> out = new LinkedHashMap<>();
        if (t instanceof JType.Intersection i) for (JType.Ref c : i.components()) out.putAll(closure(c));
        else if (t instanceof JType.Array) { add(out, jdkInterface(SERIALIZABLE)); add(out, jdkInterface(CLONEABLE)); }
        else if (t instanceof JType.Ref r && JType.isString(r))
            add(out, jdk("java.lang.String", r, false, List.of(SERIALIZABLE, COMPARABLE, CHAR_SEQUENCE, CONSTABLE, CONSTANT_DESC)));
        else if (t instanceof JType.Ref r && r.cls() == null) add(out, runtimeEnum(r));
        else if (t instanceof JType.Ref r) add(out, node(r.cls()));
        return out;
    }

    private void add(Map<String, Node> out, Node n) {
        out.put(n.name, n);
        for (String s : n.supertypes) if (!out.containsKey(s)) out.put(s, byName(s));
    }

    private final Map<String, Node> nodes = new LinkedHashMap<>();

    private Node byName(String name) {
        Node n = nodes.get(name);
        if (n != null) return n;
        return switch (name) {
            case OBJECT -> node(model.byBinaryName(OBJECT));
            case EnumModel.ENUM -> node(model.byBinaryName(EnumModel.ENUM));
            case RECORD -> jdk(RECORD, null, false, List.of());
            case ABSTRACT_STRING_BUILDER -> jdk(ABSTRACT_STRING_BUILDER, null, false, List.of(APPENDABLE, CHAR_SEQUENCE));
            default -> jdkInterface(name);
        };
    }

    private Node jdkInterface(String name) { return jdk(name, null, true, List.of()); }

    /** A JDK type given by its direct supertypes (Object implied). */
    private Node jdk(String name, JType.Ref type, boolean isInterface, List<String> direct) {
        Set<String> all = new LinkedHashSet<>(List.of(name, OBJECT));
        int rank = 1;
        for (String d : direct) {
            Node s = byName(d);
            all.addAll(s.supertypes);
            rank = Math.max(rank, s.rank + 1);
        }
        Node n = new Node(name, type, isInterface, rank, all);
        nodes.put(name, n);
        return n;
    }

    private Node runtimeEnum(JType.Ref r) {
        Node e = byName(EnumModel.ENUM);
        Set<String> all = new LinkedHashSet<>(List.of(r.binaryName()));
        all.addAll(e.supertypes);
        return new Node(r.binaryName(), r, false, e.rank + 1, all);
    }

    /** A modelled class or interface; the shim's stand-ins for JDK classes under their JDK names and supertypes. */
    private Node node(ClassSym c) {
        String name = qualifiedName(c);
        Node n = nodes.get(name);
        if (n != null) return n;
        List<Node> direct = new ArrayList<>();
        if (c.superclass != null && !c.isInterface) direct.add(c.isRecord ? byName(RECORD) : node(c.superclass));
        for (ClassSym i : c.interfaces) direct.add(node(i));
        switch (name) {
            case EnumModel.ENUM -> { direct.add(byName(COMPARABLE)); direct.add(byName(SERIALIZABLE)); direct.add(byName(CONSTABLE)); }
            case "java.lang.StringBuilder" -> {
                direct.add(byName(ABSTRACT_STRING_BUILDER)); direct.add(byName(SERIALIZABLE)); direct.add(byName(COMPARABLE)); direct.add(byName(CHAR_SEQUENCE));
            }
            default -> { }
        }
        Set<String> all = new LinkedHashSet<>(List.of(name));
        int rank = 0;
        if (!c.isObject()) all.add(OBJECT);
        for (Node d : direct) { all.addAll(d.supertypes); rank = Math.max(rank, d.rank); }
        n = new Node(name, c.type(), c.isInterface, c.isObject() ? 0 : rank + 1, all, interned(c));
        nodes.put(name, n);
        return n;
    }

    /** javac's qualified name (canonical: {@code pkg.Outer.Inner}), which orders an intersection's components. */
    private static String qualifiedName(ClassSym c) {
        return c.qualifiedName();
    }
}

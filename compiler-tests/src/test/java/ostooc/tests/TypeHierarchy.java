package ostooc.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * A random small type hierarchy as Java source, for the cast, instanceof and lub properties
 * ({@link TypeRulesProperties}): interfaces (extending earlier ones), classes (final, abstract or neither;
 * extending an earlier non-final class; implementing earlier interfaces), enums (with or without constant
 * bodies: javac makes the latter sealed), records (final); some classes and interfaces sealed (with or without
 * a permits clause), their direct subtypes then final, sealed or non-sealed as javac requires. Every type has
 * one method {@code int m<Name>()} (a default method in interfaces) returning a number of its own, so calls
 * through a lub's components can be checked.
 */
final class TypeHierarchy {
    enum Kind { INTERFACE, CLASS, ENUM, RECORD }

    static final class Decl {
        final String name;
        final Kind kind;
        final int id;
        boolean isFinal, isAbstract, isSealed, isNonSealed, enumBodies, explicitPermits;
        Decl superclass;
        final List<Decl> interfaces = new ArrayList<>();
        final List<Decl> subs = new ArrayList<>();

        Decl(String name, Kind kind, int id) { this.name = name; this.kind = kind; this.id = id; }

        boolean isInterface() { return kind == Kind.INTERFACE; }
        /** Whether {@code new Name()} (or a constant) makes one. */
        boolean isInstantiable() { return kind == Kind.RECORD || kind == Kind.ENUM || kind == Kind.CLASS && !isAbstract; }
        String method() { return "m" + name; }

        boolean isSubtypeOf(Decl other) {
            if (this == other) return true;
            if (superclass != null && superclass.isSubtypeOf(other)) return true;
            for (Decl i : interfaces) if (i.isSubtypeOf(other)) return true;
            return false;
        }
    }

    final List<Decl> decls = new ArrayList<>();
    private final Random rnd;

    TypeHierarchy(Random rnd) {
        this.rnd = rnd;
        int n = 2 + rnd.nextInt(6);
        int[] counts = new int[Kind.values().length];
        for (int k = 0; k < n; k++) {
            int r = rnd.nextInt(100);
            Kind kind = r < 35 ? Kind.INTERFACE : r < 80 ? Kind.CLASS : r < 90 ? Kind.ENUM : Kind.RECORD;
            String prefix = switch (kind) { case INTERFACE -> "I"; case CLASS -> "C"; case ENUM -> "E"; case RECORD -> "R"; };
            Decl d = new Decl(prefix + counts[kind.ordinal()]++, kind, k + 1);
            List<Decl> ifaces = decls.stream().filter(Decl::isInterface).collect(Collectors.toList());
            int m = ifaces.isEmpty() ? 0 : rnd.nextInt(Math.min(3, ifaces.size() + 1));
            for (int j = 0; j < m; j++) {
                Decl i = ifaces.remove(rnd.nextInt(ifaces.size()));
                d.interfaces.add(i);
                i.subs.add(d);
            }
            if (kind == Kind.CLASS) {
                List<Decl> parents = decls.stream().filter(x -> x.kind == Kind.CLASS && !x.isFinal).toList();
                if (!parents.isEmpty() && rnd.nextInt(10) < 6) {
                    d.superclass = parents.get(rnd.nextInt(parents.size()));
                    d.superclass.subs.add(d);
                }
                int f = rnd.nextInt(4);
                d.isFinal = f == 0;
                d.isAbstract = f == 1;
            }
            if (kind == Kind.ENUM) d.enumBodies = rnd.nextBoolean();
            decls.add(d);
        }
        // sealing: a class or interface with direct subtypes, which then must be final, sealed or non-sealed
        for (Decl d : decls) {
            if ((d.kind != Kind.CLASS && d.kind != Kind.INTERFACE) || d.subs.isEmpty() || rnd.nextInt(10) >= 3) continue;
            d.isSealed = true;
            d.explicitPermits = rnd.nextBoolean();
        }
        for (Decl d : decls) {
            boolean underSealed = d.superclass != null && d.superclass.isSealed || d.interfaces.stream().anyMatch(i -> i.isSealed);
            if (!underSealed || d.isSealed || d.kind == Kind.ENUM || d.kind == Kind.RECORD || d.isFinal) continue;
            if (d.kind == Kind.CLASS && d.subs.isEmpty() && !d.isAbstract && rnd.nextBoolean()) d.isFinal = true;
            else d.isNonSealed = true;
        }
    }

    /** The declarations, one per line group. */
    String source() {
        StringBuilder sb = new StringBuilder();
        for (Decl d : decls) {
            List<String> mods = new ArrayList<>();
            if (d.isFinal) mods.add("final");
            if (d.isAbstract) mods.add("abstract");
            if (d.isSealed) mods.add("sealed");
            if (d.isNonSealed) mods.add("non-sealed");
            String prefix = mods.isEmpty() ? "" : String.join(" ", mods) + " ";
            String ifaces = d.interfaces.stream().map(i -> i.name).collect(Collectors.joining(", "));
            String permits = d.isSealed && d.explicitPermits ? " permits " + d.subs.stream().map(s -> s.name).collect(Collectors.joining(", ")) : "";
            switch (d.kind) {
                case INTERFACE -> sb.append(prefix).append("interface ").append(d.name).append(ifaces.isEmpty() ? "" : " extends " + ifaces).append(permits)
                        .append(" { default int ").append(d.method()).append("() { return ").append(d.id).append("; } }\n");
                case CLASS -> sb.append(prefix).append("class ").append(d.name).append(d.superclass == null ? "" : " extends " + d.superclass.name)
                        .append(ifaces.isEmpty() ? "" : " implements " + ifaces).append(permits)
                        .append(" { int ").append(d.method()).append("() { return ").append(d.id).append("; } }\n");
                case ENUM -> sb.append("enum ").append(d.name).append(ifaces.isEmpty() ? "" : " implements " + ifaces)
                        .append(d.enumBodies ? " { A { }, B; " : " { A, B; ").append("int ").append(d.method()).append("() { return ").append(d.id).append("; } }\n");
                case RECORD -> sb.append("record ").append(d.name).append("()").append(ifaces.isEmpty() ? "" : " implements " + ifaces)
                        .append(" { public int ").append(d.method()).append("() { return ").append(d.id).append("; } }\n");
            }
        }
        return sb.toString();
    }

    /** A random reference type: a declared type, Object, String, StringBuilder or Runnable, or an array of one (or of int) with up to 2 dimensions. */
    String randomType() {
        String base;
        int r = rnd.nextInt(100);
        if (r < 70) base = decls.get(rnd.nextInt(decls.size())).name;
        else if (r < 80) base = "Object";
        else if (r < 87) base = "String";
        else if (r < 91) base = "StringBuilder";
        else if (r < 95) base = "Runnable";
        else base = rnd.nextBoolean() ? "int" : "long";
        int dims = base.equals("int") || base.equals("long") ? 1 + rnd.nextInt(2) : rnd.nextInt(10) < 5 ? 0 : rnd.nextInt(10) < 7 ? 1 : 2;
        return base + "[]".repeat(dims);
    }

    Decl byName(String name) {
        for (Decl d : decls) if (d.name.equals(name)) return d;
        return null;
    }

    /** Every method name the hierarchy declares, and two of Object's. */
    List<String> methodNames() {
        List<String> names = new ArrayList<>(decls.stream().map(Decl::method).toList());
        names.add("hashCode");
        return names;
    }
}

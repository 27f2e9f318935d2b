package ostooc.frontend.model;

import com.github.javaparser.ast.body.MethodDeclaration;

import java.util.ArrayList;
import java.util.List;

/**
 * Interfaces in the program model (JLS 9): an interface's members, the order of its itable, and how a
 * class inherits interface methods into its vtable.
 *
 * <p><b>Itable order.</b> An interface's itable lists its instance methods: its own (abstract, default
 * and private-free) in declaration order, then those of its superinterfaces that it does not redeclare.
 * A call through a reference typed I uses slot k of I's itable, found in the receiver's descriptor
 * (see {@code lower.InterfaceTables}).
 *
 * <p><b>Vtable inheritance.</b> Every interface method a class does not implement through its superclass
 * chain gets a vtable slot holding the most specific default (or the abstract method, which the
 * abstract-method check then reports): "class wins", then "the most specific interface wins" (JLS 8.4.8).
 * A class's itable entries are then just the vtable's methods of the same signature.
 */
public final class InterfaceModel {
    private InterfaceModel() { }

    /** Interface members' implicit modifiers (JLS 9.4): a method without a body that is not static, default or private is abstract. */
    static void modifiers(MethodSym m, MethodDeclaration md) {
        m.isAbstract = md.getBody().isEmpty() && !md.isStatic() && !md.isPrivate();
    }

    /** The itable of {@code iface}: its instance methods, own first, then inherited ones it does not redeclare. */
    public static List<MethodSym> itable(ClassSym iface) {
        List<MethodSym> out = new ArrayList<>();
        for (MethodSym m : iface.allMethods()) if (!m.isStatic && !m.isPrivate) out.add(m);
        for (ClassSym sup : iface.allInterfaces())
            for (MethodSym m : sup.allMethods())
                if (!m.isStatic && !m.isPrivate && indexOf(out, m) < 0) out.add(m);
        return out;
    }

    /** The index of the method with {@code m}'s signature in {@code ms}, or -1. */
    public static int indexOf(List<MethodSym> ms, MethodSym m) {
        for (int i = 0; i < ms.size(); i++) if (ClassLayout.overrides(ms.get(i), m)) return i;
        return -1;
    }

    /**
     * Adds to class {@code c}'s {@code vtable} the methods of its direct interfaces it does not implement
     * (a slot held by an interface method inherited from the superclass may be taken by a more specific
     * default). Conflicting unrelated defaults are described in {@code conflicts} as javac words them.
     */
    static void inherit(ClassSym c, List<MethodSym> vtable, List<String> conflicts) {
        List<MethodSym> seen = new ArrayList<>();
        for (ClassSym i : c.interfaces) {
            for (MethodSym m : itable(i)) {
                if (indexOf(seen, m) >= 0) continue;
                seen.add(m);
                int slot = indexOf(vtable, m);
                if (slot >= 0 && !vtable.get(slot).owner.isInterface) continue;   // a class's method wins
                List<MethodSym> candidates = new ArrayList<>();
                if (slot >= 0) candidates.add(vtable.get(slot));
                for (ClassSym j : c.interfaces) {
                    List<MethodSym> it = itable(j);
                    int k = indexOf(it, m);
                    if (k >= 0 && !candidates.contains(it.get(k))) candidates.add(it.get(k));
                }
                MethodSym chosen = mostSpecific(c, candidates, conflicts);
                if (slot < 0) vtable.add(chosen); else vtable.set(slot, chosen);
            }
        }
    }

    /** Drops candidates whose interface is a superinterface of another's; an abstract one left wins; two defaults left conflict. */
    private static MethodSym mostSpecific(ClassSym c, List<MethodSym> candidates, List<String> conflicts) {
        List<MethodSym> left = new ArrayList<>();
        for (MethodSym m : candidates) {
            boolean hidden = false;
            for (MethodSym o : candidates) if (o != m && o.owner != m.owner && o.owner.isSubtypeOf(m.owner)) hidden = true;
            if (!hidden) left.add(m);
        }
        for (MethodSym m : left) if (m.isAbstract) return m;   // the class must implement it (javac: "is not abstract and does not override")
        MethodSym first = left.get(0);
        if (left.size() > 1) {
            MethodSym b = left.get(1);
            conflicts.add("types " + first.owner.javaName() + " and " + b.owner.javaName() + " are incompatible;\n  class " + c.javaName()
                    + " inherits unrelated defaults for " + first.javaSignature() + " from types " + first.owner.javaName() + " and " + b.owner.javaName());
        }
        return first;
    }
}

package ostooc.frontend.attr;

import ostooc.frontend.model.ClassSym;
import ostooc.frontend.model.JType;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which reference casts are legal (JLS 5.5.1, 5.1.6.1): the rule {@code (T) s} and {@code s instanceof T}
 * share, and {@code ==} between references (JLS 15.21.3). It follows javac 17's {@code Types.isCastable}
 * for the types ostooc has (no generics, no type variables), which is the oracle the tests check it against:
 * <ul>
 * <li>up or down a subtype chain: legal; between two unrelated classes: not;
 * <li>between a class and an interface: legal unless the class is final (then only if it implements it);
 *     between two interfaces: legal;
 * <li>arrays: to and from Object only among classes (Serializable and Cloneable are not modelled); between two
 *     arrays, primitive components must be the same type, reference components castable by these rules,
 *     except that javac does not apply the sealed rule (below) to components;
 * <li>an intersection is castable to T (and T to it) when each component is;
 * <li>sealed classes and interfaces, and enums whose constants have bodies (implicitly sealed): a cast legal by
 *     the rules above is still rejected when the two types are provably disjoint (javac 17's
 *     {@code areDisjoint}: a final class not below the other type, or a sealed one all of whose permitted
 *     subtypes are disjoint from it), and always when one side is an intersection.
 * </ul>
 * The JDK classes the subset names behave as declared in the JDK: String and StringBuilder are final (their JDK
 * interfaces cannot be named here), Object is the root, {@code Enum} is abstract, and the runtime's own enums
 * ({@code JType.Ref} without a class) are final subclasses of Enum.
 */
final class CastRules {
    private CastRules() { }

    /** Whether a value of reference type {@code s} (or null) may be cast to reference type {@code t}. */
    static boolean isCastable(JType s, JType t) {
        if (s.equals(t)) return true;
        boolean legal = visit(s, t);
        if (legal && isClassType(s) && isClassType(t) && (isSealed(s) || isSealed(t)))
            return !(s instanceof JType.Intersection) && !(t instanceof JType.Intersection)
                    && !areDisjoint((JType.Ref) s, (JType.Ref) t, new HashSet<>());
        return legal;
    }

    // javac's TypeRelation isCastable, without the sealed rule (which only the top level applies)
    private static boolean visit(JType s, JType t) {
        if (s == JType.Null.NULL) return JType.isNullable(t);
        if (s instanceof JType.Array sa) {
            if (t instanceof JType.Array ta) {
                if (sa.element() instanceof JType.Prim || ta.element() instanceof JType.Prim) return sa.element().equals(ta.element());
                return visit(sa.element(), ta.element());
            }
            return isClassType(t) && Conversions.isSubtype(s, t);
        }
        if (s instanceof JType.Intersection si) return si.components().stream().allMatch(c -> isCastable(c, t));
        if (t instanceof JType.Intersection ti) return ti.components().stream().allMatch(c -> isCastable(s, c));
        if (!(s instanceof JType.Ref sr)) return false;
        if (Conversions.isSubtype(s, t) || Conversions.isSubtype(t, s)) return true;
        if (!(t instanceof JType.Ref tr)) return false;   // an array other than below Object
        if (isInterface(tr)) return !isFinal(sr);          // side cast: a subclass of s may implement t
        if (isInterface(sr)) return !isFinal(tr);
        return false;                                      // unrelated classes
    }

    /**
     * javac 17's {@code areDisjoint(ts, ss)}: whether no class can be a subtype of both. Order matters as in
     * javac (it is not symmetric for two unrelated non-final classes, which the callers have ruled out).
     */
    private static boolean areDisjoint(JType.Ref ts, JType.Ref ss, Set<List<JType.Ref>> seen) {
        if (!seen.add(List.of(ts, ss))) return false;   // an erroneous cyclic hierarchy: javac bails out too
        if (Conversions.isSubtype(ts, ss)) return false;
        if (isInterface(ts) == isInterface(ss) && Conversions.isSubtype(ss, ts)) return false;
        if (isInterface(ts) && !isInterface(ss)) return areDisjoint(ss, ts, seen);
        if (!isInterface(ts) && isFinal(ts)) return true;
        if (isSealed(ts) || isSealed(ss)) {
            JType.Ref sealed = isSealed(ts) ? ts : ss, other = sealed == ts ? ss : ts;
            for (ClassSym p : sealed.cls().permitted) if (!areDisjoint(p.type(), other, seen)) return false;
            return true;
        }
        return false;
    }

    /** A class or interface type (javac's CLASS tag), intersections included; not an array. */
    static boolean isClassType(JType t) { return t instanceof JType.Ref || t instanceof JType.Intersection; }

    static boolean isInterface(JType.Ref r) { return r.cls() != null && r.cls().isInterface; }

    /** Final as javac flags it: final classes, records, enums without constant bodies; String; the runtime's enums. */
    static boolean isFinal(JType.Ref r) { return r.cls() == null || r.cls().isFinal; }

    private static boolean isSealed(JType t) { return t instanceof JType.Ref r && r.cls() != null && r.cls().isSealed; }
}

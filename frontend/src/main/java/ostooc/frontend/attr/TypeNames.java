package ostooc.frontend.attr;

import ostooc.frontend.model.JType;

import java.util.ArrayList;
import java.util.List;

/**
 * Type names in one diagnostic as javac writes them: an intersection type is {@code INT#1}, {@code INT#2}, ...
 * in order of first mention, explained by a {@code where} clause after the message's other lines:
 * <pre>
 *   incompatible types: INT#1 cannot be converted to String
 *     where INT#1 is an intersection type:
 *       INT#1 extends P,I,J
 * </pre>
 */
final class TypeNames {
    private final List<JType.Intersection> mentioned = new ArrayList<>();

    /** {@code t}'s name in this message. */
    String of(JType t) {
        if (t instanceof JType.Array a) return of(a.element()) + "[]";
        if (t instanceof JType.Intersection i) {
            if (!mentioned.contains(i)) mentioned.add(i);
            return "INT#" + (mentioned.indexOf(i) + 1);
        }
        return t.javaName();
    }

    /** {@code message} with the where clause for the intersections named so far (none: unchanged). */
    String where(String message) {
        if (mentioned.isEmpty()) return message;
        StringBuilder sb = new StringBuilder(message).append("\n  where ");
        for (int k = 0; k < mentioned.size(); k++) sb.append(k == 0 ? "" : ",").append("INT#").append(k + 1);
        sb.append(mentioned.size() == 1 ? " is an intersection type:" : " are intersection types:");
        for (int k = 0; k < mentioned.size(); k++) sb.append("\n    INT#").append(k + 1).append(" extends ").append(mentioned.get(k).extendsList());
        return sb.toString();
    }

    /** javac's {@code incompatible types: S cannot be converted to T} (a failed cast, instanceof or assignment). */
    static String cannotConvert(JType from, JType to) {
        TypeNames n = new TypeNames();
        return n.where("incompatible types: " + n.of(from) + " cannot be converted to " + n.of(to));
    }
}

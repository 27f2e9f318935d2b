package ostooc.frontend.attr;

import ostooc.frontend.model.ProgramModel;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.JType.Prim;
import ostooc.frontend.tree.Expr;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The type of a standalone switch expression (JLS 15.28.1) from its arms' values: one type if they all
 * agree; boolean; numeric: as javac, the narrowest of byte, char, short, int, long all arms widen to; references: their least upper bound (null fits any).
 * Null when the arms mix primitives and references (that needs boxing).
 */
final class SwitchExprType {
    private SwitchExprType() { }

    static JType of(List<Expr> values, ProgramModel model) {
        JType first = values.get(0).type();
        if (values.stream().allMatch(v -> v.type().equals(first))) return first;
        if (values.stream().allMatch(v -> v.type() == Prim.BOOLEAN)) return Prim.BOOLEAN;
        if (values.stream().allMatch(v -> JType.isNumeric(v.type()))) return numeric(values);
        if (values.stream().allMatch(v -> JType.isReference(v.type()))) return reference(values, model);
        return null;
    }

    /** As javac does: the first of byte, char, short, int, long that every arm's type widens to (constants are not special). */
    private static JType numeric(List<Expr> values) {
        for (Prim candidate : List.of(Prim.BYTE, Prim.CHAR, Prim.SHORT, Prim.INT, Prim.LONG))
            if (values.stream().allMatch(v -> widensTo((Prim) v.type(), candidate))) return candidate;
        return null;
    }

    private static boolean widensTo(Prim from, Prim to) {
        if (from == to || to == Prim.LONG) return true;
        if (to == Prim.INT) return from != Prim.LONG;
        return to == Prim.SHORT && from == Prim.BYTE;
    }

    /** The least upper bound of the arms' types (JLS 4.10.4; null arms fit any); null when the subset cannot express it. */
    private static JType reference(List<Expr> values, ProgramModel model) {
        List<JType> types = values.stream().map(Expr::type).filter(t -> t != JType.Null.NULL).distinct().toList();
        if (types.isEmpty()) return null;
        return new Lub(model).of(types).type();
    }

    static String describe(List<Expr> values) {
        return values.stream().map(v -> v.type().javaName()).distinct().collect(Collectors.joining(", "));
    }
}

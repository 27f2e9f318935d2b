package ostooc.frontend.parse;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import ostooc.frontend.Diagnostics;
import ostooc.frontend.Tier;
import ostooc.frontend.tree.Pos;

import java.util.List;
import java.util.Optional;

/**
 * Reads {@code @Tier(...)} ({@code ostoo.rt.annotation.Tier}) syntactically, before the program model
 * exists, because the tier decides which runtime classes take part in it. Values: {@code Tier.LIBC},
 * {@code LIBC} (static import), {@code "libc"}, and the same for FREESTANDING.
 * <ul>
 *   <li>{@link #chosen}: the tier the user's main class asks for (classes with a method named main, or the
 *       {@code --main} class); null when none does; two that disagree are an error.</li>
 *   <li>{@link #of}: a runtime class's tier, null when it belongs to both.</li>
 * </ul>
 */
public final class TierAnnotations {
    private TierAnnotations() { }

    /** The tier asked for by {@code @Tier} on the main class among {@code files}' user classes; null if none. */
    public static Tier chosen(List<ParsedFile> files, String mainClass, Diagnostics diags) {
        Tier chosen = null;
        for (ParsedFile f : files) {
            if (f.library()) continue;
            for (TypeDeclaration<?> t : f.unit().findAll(TypeDeclaration.class)) {
                Optional<AnnotationExpr> a = annotation(t);
                if (a.isEmpty() || !isMainCandidate(t, mainClass)) continue;
                Tier tier = value(a.get());
                if (tier == null) { error(diags, f, a.get(), "@Tier takes Tier.FREESTANDING or Tier.LIBC"); continue; }
                if (chosen != null && chosen != tier) { error(diags, f, a.get(), "@Tier(" + tier.label() + ") conflicts with @Tier(" + chosen.label() + ") on another main class"); continue; }
                chosen = tier;
            }
        }
        return chosen;
    }

    /** The tier of a runtime class annotated {@code @Tier}, or null when it takes part in every tier. */
    public static Tier of(TypeDeclaration<?> t) {
        return annotation(t).map(TierAnnotations::value).orElse(null);
    }

    private static Optional<AnnotationExpr> annotation(TypeDeclaration<?> t) {
        for (AnnotationExpr a : t.getAnnotations()) {
            String n = a.getNameAsString();
            if (n.equals("Tier") || n.equals("ostoo.rt.annotation.Tier")) return Optional.of(a);
        }
        return Optional.empty();
    }

    private static boolean isMainCandidate(TypeDeclaration<?> t, String mainClass) {
        if (mainClass != null) {
            String simple = mainClass.substring(Math.max(mainClass.lastIndexOf('.'), mainClass.lastIndexOf('$')) + 1);
            return t.getNameAsString().equals(simple);
        }
        return !t.getMethodsByName("main").isEmpty();
    }

    private static Tier value(AnnotationExpr a) {
        if (!(a instanceof SingleMemberAnnotationExpr s)) return null;
        Expression v = s.getMemberValue();
        String label = v instanceof StringLiteralExpr lit ? lit.asString()
                : v instanceof FieldAccessExpr fa ? fa.getNameAsString().toLowerCase(java.util.Locale.ROOT)
                : v instanceof NameExpr n ? n.getNameAsString().toLowerCase(java.util.Locale.ROOT) : null;
        return label == null ? null : Tier.byLabel(label);
    }

    private static void error(Diagnostics diags, ParsedFile f, Node at, String message) {
        Pos p = Positions.start(f.source(), at);
        diags.error(f.source(), p.line(), p.column(), message);
    }
}

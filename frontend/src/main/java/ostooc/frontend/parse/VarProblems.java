package ostooc.frontend.parse;

import com.github.javaparser.JavaToken;

import java.util.Optional;

/**
 * JavaParser's validator rejects misplaced {@code var} (JLS 14.4) before we see the tree; this maps its
 * messages to javac's wording and position:
 * <pre>
 *   "var" is not allowed here.            =>  at var:   'var' is not allowed here
 *   "var" only takes a single variable.   =>  at var:   'var' is not allowed in a compound declaration
 *   "var" needs an initializer.           =>  at name:  cannot infer type for local variable x (cannot use 'var' on variable without initializer)
 *   "var" cannot infer type from just null. / array types. / has extra array brackets: likewise
 * </pre>
 */
final class VarProblems {
    private VarProblems() { }

    record Mapped(JavaToken at, String text) { }

    /** javac's diagnostic for a JavaParser problem about {@code var} starting at {@code begin}; null for other problems. */
    static Mapped map(String msg, JavaToken begin) {
        if (!msg.startsWith("\"var\"")) return null;
        if (msg.contains("not allowed here")) return new Mapped(begin, "'var' is not allowed here");
        if (msg.contains("single variable")) return new Mapped(begin, "'var' is not allowed in a compound declaration");
        if (msg.contains("extra array brackets")) return new Mapped(begin, "'var' is not allowed as an element type of an array");
        String why = msg.contains("initializer") ? "cannot use 'var' on variable without initializer"
                : msg.contains("null") ? "variable initializer is 'null'"
                : msg.contains("array") ? "array initializer needs an explicit target-type" : null;
        if (why == null) return null;
        JavaToken name = next(begin);
        return new Mapped(name, "cannot infer type for local variable " + name.getText() + "\n  (" + why + ")");
    }

    private static JavaToken next(JavaToken t) {
        Optional<JavaToken> n = t.getNextToken();
        while (n.isPresent() && n.get().getCategory().isWhitespaceOrComment()) n = n.get().getNextToken();
        return n.orElse(t);
    }
}

package ostooc.frontend.parse;

import com.github.javaparser.JavaToken;
import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import ostooc.frontend.SourceFile;
import ostooc.frontend.tree.Pos;

import java.util.Optional;

/**
 * Source positions of JavaParser nodes the way javac reports them: javac points at a construct's
 * "preferred position", which for operators is the operator token, for {@code a.b} the dot, for {@code a[i]} the '[', for
 * {@code ?:} the question mark; for everything else the first character.
 */
public final class Positions {
    private Positions() { }

    /** The first character of {@code n}. */
    public static Pos start(SourceFile file, Node n) {
        Position p = n.getBegin().orElse(new Position(1, 1));
        return new Pos(file, p.line, p.column);
    }

    /** The last character of {@code n} (e.g. a block's closing brace). */
    public static Pos end(SourceFile file, Node n) {
        Position p = n.getEnd().orElse(new Position(1, 1));
        return new Pos(file, p.line, p.column);
    }

    /** The token before {@code n} (e.g. the {@code class} keyword before a class's name), or the start of {@code n}. */
    public static Pos tokenBefore(SourceFile file, Node n) {
        Optional<JavaToken> t = n.getTokenRange().flatMap(r -> r.getBegin().getPreviousToken());
        while (t.isPresent() && t.get().getCategory().isWhitespaceOrComment()) t = t.get().getPreviousToken();
        if (t.isEmpty() || t.get().getRange().isEmpty()) return start(file, n);
        Position p = t.get().getRange().get().begin;
        return new Pos(file, p.line, p.column);
    }

    /** javac's preferred position of an expression. */
    public static Pos preferred(SourceFile file, Node n) {
        if (n instanceof BinaryExpr b) return after(file, b.getLeft(), n);
        if (n instanceof InstanceOfExpr i) return after(file, i.getExpression(), n);   // the 'instanceof'
        if (n instanceof AssignExpr a) return after(file, a.getTarget(), n);
        if (n instanceof ConditionalExpr c) return after(file, c.getCondition(), n);
        if (n instanceof UnaryExpr u && u.isPostfix()) return after(file, u.getExpression(), n);
        if (n instanceof FieldAccessExpr f) return after(file, f.getScope(), n);
        if (n instanceof ArrayAccessExpr a) return after(file, a.getName(), n);   // the '['
        if (n instanceof MethodCallExpr m && m.getScope().isPresent()) return after(file, m.getScope().get(), n);
        if (n instanceof MethodCallExpr m) return start(file, m.getName());
        if (n instanceof CastExpr) return start(file, n);
        return start(file, n);
    }

    /**
     * javac's own position of an expression (its tree's {@code pos}), where javac starts a line entry when it
     * marks one at the expression (a loop condition, a conditional's operand): the preferred position, but a
     * parenthesised expression is at its '(', a call at the '(' of its arguments and {@code instanceof} at the keyword.
     */
    public static Pos javac(SourceFile file, Node n) {
        if (n instanceof EnclosedExpr) return start(file, n);
        if (n instanceof MethodCallExpr m) return after(file, m.getName(), n);
        if (n instanceof InstanceOfExpr i) return after(file, i.getExpression(), n);
        return preferred(file, n);
    }

    /** The first significant token after {@code left} (an operator), or the start of {@code whole}. */
    private static Pos after(SourceFile file, Node left, Node whole) {
        Optional<JavaToken> t = left.getTokenRange().map(r -> r.getEnd()).flatMap(JavaToken::getNextToken);
        while (t.isPresent() && t.get().getCategory().isWhitespaceOrComment()) t = t.get().getNextToken();
        // a parenthesised left operand ends before its ')': skip closing parens belonging to it
        while (t.isPresent() && t.get().getText().equals(")") && !isAfterEnd(t.get(), whole)) {
            t = t.get().getNextToken();
            while (t.isPresent() && t.get().getCategory().isWhitespaceOrComment()) t = t.get().getNextToken();
        }
        if (t.isPresent() && t.get().getRange().isPresent()) {
            Position p = t.get().getRange().get().begin;
            return new Pos(file, p.line, p.column);
        }
        return start(file, whole);
    }

    private static boolean isAfterEnd(JavaToken t, Node whole) {
        return t.getRange().isEmpty() || whole.getEnd().isEmpty() || t.getRange().get().begin.isAfter(whole.getEnd().get());
    }
}

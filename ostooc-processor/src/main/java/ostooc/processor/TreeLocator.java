package ostooc.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;

/**
 * Maps an ostooc position (1-based line and column, a tab counting as one column, as JavaParser counts)
 * to the javac tree node to report it on: the innermost node that starts exactly there (an identifier,
 * a literal, {@code new}, a statement…), whose diagnostic javac prints at that same column; failing
 * that (ostooc points inside a node, e.g. at a member name after a dot), the innermost node enclosing
 * the position. Never null: the compilation unit encloses everything.
 */
final class TreeLocator {
    record Located(Tree tree, boolean exact) { }

    private TreeLocator() { }

    static Located locate(Trees trees, CompilationUnitTree unit, int line, int column) {
        LineMap lines = unit.getLineMap();
        long pos = lines.getStartPosition(line) + column - 1;
        Finder f = new Finder(trees.getSourcePositions(), unit, pos);
        f.scan(unit, null);
        if (f.startingAt != null) return new Located(f.startingAt, true);
        return new Located(f.enclosing != null ? f.enclosing : unit, false);
    }

    /** One walk: the last (innermost) node starting at pos, and the last (innermost) node spanning it. */
    private static final class Finder extends TreeScanner<Void, Void> {
        private final SourcePositions positions;
        private final CompilationUnitTree unit;
        private final long pos;
        Tree startingAt, enclosing;

        Finder(SourcePositions positions, CompilationUnitTree unit, long pos) {
            this.positions = positions;
            this.unit = unit;
            this.pos = pos;
        }

        @Override
        public Void scan(Tree tree, Void unused) {
            if (tree == null) return null;
            long start = positions.getStartPosition(unit, tree), end = positions.getEndPosition(unit, tree);
            if (start < 0 || start > pos || (end >= 0 && end <= pos)) return null;   // not here, nor inside
            if (start == pos) startingAt = tree;
            enclosing = tree;
            return super.scan(tree, null);
        }
    }
}

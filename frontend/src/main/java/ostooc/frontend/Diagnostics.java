package ostooc.frontend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects diagnostics from every stage; errors never become exceptions. */
public final class Diagnostics {
    private final List<Diagnostic> list = new ArrayList<>();

    /** An error at 1-based {@code line}:{@code column} of {@code file}. */
    public void error(SourceFile file, int line, int column, String message) {
        addPositioned(new Diagnostic(file.path(), line, column, message, file.line(line)));
    }

    private void addPositioned(Diagnostic d) {
        // like javac's Log, one error per position: follow-on errors (e.g. from a record's generated members) stay quiet
        for (Diagnostic e : list) if (e.path().equals(d.path()) && e.line() == d.line() && e.column() == d.column()) return;
        list.add(d);
    }

    /** Every diagnostic of {@code other}, in its report order, as if reported here. */
    public void addAll(Diagnostics other) {
        for (Diagnostic d : other.list) {
            if (d.path().isEmpty()) list.add(d);   // error(String): no position, never deduplicated
            else addPositioned(d);
        }
    }

    /** An error with no source position. */
    public void error(String message) { list.add(new Diagnostic("", 0, 0, message, "")); }

    public boolean hasErrors() { return !list.isEmpty(); }
    public int count() { return list.size(); }

    /** All diagnostics sorted by path, line, column (stable: same position keeps report order). */
    public List<Diagnostic> sorted() {
        List<Diagnostic> s = new ArrayList<>(list);
        s.sort(Comparator.comparing(Diagnostic::path).thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return List.copyOf(s);
    }
}

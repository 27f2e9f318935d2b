package ostooc.frontend.parse;

import ostooc.frontend.Diagnostics;
import ostooc.frontend.SourceFile;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 1 over many files: parses them in parallel (JavaParser instances share no state), which is most of
 * a compile's time while the JVM is cold — the runtime's ~80 library files are parsed with every program.
 * Assumes: {@link Parser#parse} depends only on its file. Guarantees: the same files, diagnostics and order
 * as parsing one file after another — each file reports into its own {@link Diagnostics}, merged in input
 * order, so the result does not depend on thread scheduling.
 */
public final class ParseAll {
    private ParseAll() { }

    private record Parsed(ParsedFile file, Diagnostics diags) { }

    /** The files that parsed, in the order of {@code sources}; syntax errors are added to {@code diags}. */
    public static List<ParsedFile> parse(List<SourceFile> sources, boolean library, Diagnostics diags) {
        List<Parsed> results = sources.parallelStream().map(s -> parseOne(s, library)).toList();
        List<ParsedFile> files = new ArrayList<>();
        for (Parsed r : results) {
            diags.addAll(r.diags());
            if (r.file() != null) files.add(r.file());
        }
        return files;
    }

    private static Parsed parseOne(SourceFile source, boolean library) {
        Diagnostics own = new Diagnostics();
        return new Parsed(new Parser(own).parse(source, library), own);
    }
}

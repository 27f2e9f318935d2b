package ostooc.frontend.parse;

import ostooc.frontend.Diagnostics;
import ostooc.frontend.SourceFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stage 1 over many files: parses them in parallel (JavaParser instances share no state), which is most of
 * a compile's time while the JVM is cold — the runtime's ~80 library files are parsed with every program.
 * Assumes: {@link Parser#parse} depends only on its file. Guarantees: the same files, diagnostics and order
 * as parsing one file after another — each file reports into its own {@link Diagnostics}, merged in input
 * order, so the result does not depend on thread scheduling.
 *
 * <p>With the system property {@code ostooc.cacheLibraryParse} set (the test suite and the fuzzer, which
 * compile thousands of programs in one JVM), a library file is parsed once per JVM and its tree shared by
 * every later compile, which then skips most of the front end's time. That is sound because nothing after
 * parsing changes a library tree: the desugarings (records, enum bodies, local and anonymous classes) touch
 * user files only, and the model, attribution and lowering only read trees (LibraryParseCacheTest compiles
 * varied programs and checks every cached tree still prints as a fresh parse). A library file that does
 * not parse is never cached, so its error is reported every time.
 */
public final class ParseAll {
    private ParseAll() { }

    private static final boolean CACHE_LIBRARY = Boolean.getBoolean("ostooc.cacheLibraryParse");
    /** Keyed by path and text, so a changed file is parsed again. */
    private static final Map<SourceFile, ParsedFile> LIBRARY_TREES = new ConcurrentHashMap<>();

    private record Parsed(ParsedFile file, Diagnostics diags) { }

    /** The files that parsed, in the order of {@code sources}; syntax errors are added to {@code diags}. */
    public static List<ParsedFile> parse(List<SourceFile> sources, boolean library, Diagnostics diags) {
        List<Parsed> results = sources.parallelStream().map(s -> library && CACHE_LIBRARY ? cached(s) : parseOne(s, library)).toList();
        List<ParsedFile> files = new ArrayList<>();
        for (Parsed r : results) {
            diags.addAll(r.diags());
            if (r.file() != null) files.add(r.file());
        }
        return files;
    }

    /** The cached trees (for the test that checks they stay unchanged). */
    public static List<ParsedFile> cachedLibraryTrees() { return List.copyOf(LIBRARY_TREES.values()); }

    private static Parsed cached(SourceFile source) {
        ParsedFile hit = LIBRARY_TREES.get(source);
        if (hit != null) return new Parsed(hit, new Diagnostics());
        Parsed p = parseOne(source, true);
        if (p.file() != null && !p.diags().hasErrors()) LIBRARY_TREES.putIfAbsent(source, p.file());
        return p;
    }

    private static Parsed parseOne(SourceFile source, boolean library) {
        Diagnostics own = new Diagnostics();
        return new Parsed(new Parser(own).parse(source, library), own);
    }
}

package ostooc.frontend.parse;

import com.github.javaparser.JavaParser;
import com.github.javaparser.JavaToken;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.validator.postprocessors.Java17PostProcessor;
import ostooc.frontend.Diagnostics;
import ostooc.frontend.SourceFile;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 1: source text to JavaParser trees at the Java 17 language level. Syntax errors become javac-style
 * diagnostics (the first one per file: JavaParser's recovery produces noise after it).
 */
public final class Parser {
    private static final ParserConfiguration.LanguageLevel JAVA_17 = ParserConfiguration.LanguageLevel.JAVA_17;
    private static final Pattern EXPECTED = Pattern.compile("expected (?:one of )?(.*)$", Pattern.DOTALL);

    private final Diagnostics diags;

    public Parser(Diagnostics diags) { this.diags = diags; }

    /** CompilationUnit: the whole file. Returns null (after reporting) on a syntax error. */
    public ParsedFile parse(SourceFile file, boolean library) {
        ParseResult<CompilationUnit> result = library ? parseLibrary(file) : new JavaParser(config(JAVA_17)).parse(file.text());
        if (!result.getProblems().isEmpty()) {
            if (result.getResult().isPresent() && RecordDesugar.instanceFields(file, result.getResult().get(), result.getProblems().get(0), diags)) return null;
            report(file, result.getProblems().get(0));
            return null;
        }
        return new ParsedFile(file, result.getResult().orElseThrow(), library);
    }

    private static ParserConfiguration config(ParserConfiguration.LanguageLevel level) {
        return new ParserConfiguration().setLanguageLevel(level).setTabSize(1).setStoreTokens(true);
    }

    /**
     * A runtime file: ostoo-rt's and the shim's sources are ours and valid Java 17, parsed with every
     * program, so JavaParser's Java 17 validators (a quarter of its parse time) are skipped (level RAW);
     * the Java 17 post-processing, which shapes the tree ({@code var}), still runs. The grammar is the
     * same but for {@code yield}, which RAW does not enable: LibraryParseTest checks that every runtime
     * file gives the same tree either way, with no problem found by the validators.
     */
    static ParseResult<CompilationUnit> parseLibrary(SourceFile file) {
        ParserConfiguration config = config(ParserConfiguration.LanguageLevel.RAW);
        ParseResult<CompilationUnit> result = new JavaParser(config).parse(file.text());
        if (result.isSuccessful()) new Java17PostProcessor().postProcess(result, config);
        return result;
    }

    /** Maps JavaParser's "Parse error. Found X, expected one of ..." to javac's wording and position. */
    private void report(SourceFile file, Problem p) {
        String msg = p.getMessage();
        Optional<JavaToken> found = p.getLocation().map(r -> foundToken(r.getBegin(), msg));
        VarProblems.Mapped var = found.map(t -> VarProblems.map(msg, t)).orElse(null);
        if (var != null && var.at().getRange().isPresent()) {
            diags.error(file, var.at().getRange().get().begin.line, var.at().getRange().get().begin.column, var.text());
            return;
        }
        Matcher m = EXPECTED.matcher(msg);
        String expected = m.find() ? m.group(1) : "";
        if (expected.contains("\";\"") && found.isPresent()) {
            // javac puts "';' expected" right after the previous token, not on the unexpected one
            JavaToken prev = previousSignificant(found.get());
            if (prev != null && prev.getRange().isPresent()) {
                Range r = prev.getRange().get();
                diags.error(file, r.end.line, r.end.column + 1, "';' expected");
                return;
            }
        }
        int line = 1, col = 1;
        if (found.isPresent() && found.get().getRange().isPresent()) {
            line = found.get().getRange().get().begin.line;
            col = found.get().getRange().get().begin.column;
        }
        String text;
        Matcher single = Pattern.compile("^\\s*\"([^\"]+)\"\\s*$").matcher(expected);
        if (single.matches()) text = "'" + single.group(1) + "' expected";
        else if (expected.contains("\")\"") && !expected.contains("\";\"")) text = "')' expected";
        else if (msg.contains("Found <EOF>") || msg.contains("Found \"<EOF>\"")) text = "reached end of file while parsing";
        else text = "illegal start of expression";
        diags.error(file, line, col, text);
    }

    /** The problem range starts before the offending token; find the one named in "Found "x"". */
    private static JavaToken foundToken(JavaToken begin, String msg) {
        Matcher m = Pattern.compile("Found\\s+\"([^\"]*)\"").matcher(msg);
        if (!m.find()) return begin;
        for (Optional<JavaToken> t = Optional.of(begin); t.isPresent(); t = t.get().getNextToken()) {
            if (t.get().getText().equals(m.group(1))) return t.get();
        }
        return begin;
    }

    private static JavaToken previousSignificant(JavaToken t) {
        Optional<JavaToken> p = t.getPreviousToken();
        while (p.isPresent() && p.get().getCategory().isWhitespaceOrComment()) p = p.get().getPreviousToken();
        return p.orElse(null);
    }
}

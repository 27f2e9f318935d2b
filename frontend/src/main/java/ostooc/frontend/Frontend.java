package ostooc.frontend;

import ostooc.frontend.attr.AttrContext;
import ostooc.frontend.attr.Attributor;
import ostooc.frontend.model.ClassSym;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.MethodSym;
import ostooc.frontend.model.ModelBuilder;
import ostooc.frontend.model.ProgramModel;
import ostooc.frontend.parse.ParsedFile;
import ostooc.frontend.parse.ParseAll;
import ostooc.frontend.parse.Positions;
import ostooc.frontend.parse.EnumBodyDesugar;
import ostooc.frontend.parse.InnerClassDesugar;
import ostooc.frontend.parse.RecordDesugar;
import ostooc.frontend.parse.TierAnnotations;
import ostooc.frontend.model.BuildConstants;
import ostooc.frontend.lower.ModuleLowerer;
import ostooc.frontend.tree.Pos;
import ostooc.ir.Module;

import java.util.ArrayList;
import java.util.List;

/**
 * The front end, as a script:
 * <pre>
 *   sources ──parse, records desugared──▶ JavaParser trees ──model──▶ classes, fields, methods ──attribute──▶ typed trees
 *           ──lower (from the @EntryPoint, reachable code only)──▶ ostooc.ir.Module
 * </pre>
 * Errors are collected and returned sorted; the module is null when there is any.
 */
public final class Frontend {
    private Frontend() { }

    /**
     * userSources: the program; librarySources: ostoo-rt + stdlib-shim sources (compiled only as far as
     * reached). mainClass may be null (then: the unique user class with a main method).
     */
    public static FrontendResult compile(List<SourceFile> userSources, List<SourceFile> librarySources, String mainClass) {
        return compile(userSources, librarySources, mainClass, null);
    }

    /**
     * As above for the tier {@code requested} (the command line's); null: the tier {@code @Tier} on the main
     * class asks for, else FREESTANDING. The result says which tier was built.
     */
    public static FrontendResult compile(List<SourceFile> userSources, List<SourceFile> librarySources, String mainClass, Tier requested) {
        Diagnostics diags = new Diagnostics();
        Analysis a = analyze(userSources, librarySources, mainClass, requested, diags);
        Tier tier = a.tier();
        if (diags.hasErrors()) return new FrontendResult(null, diags.sorted(), tier);   // the program-level checks below would only add noise
        MethodSym main = findMain(a.model(), mainClass, diags);
        if (a.model().entryPoint == null) diags.error("no @EntryPoint method in the program (is ostoo-rt among the library sources?)");
        if (diags.hasErrors()) return new FrontendResult(null, diags.sorted(), tier);

        // 4. lower what the entry point reaches
        Module module = new ModuleLowerer(a.model(), a.attributor(), diags, main).lower();
        if (diags.hasErrors()) return new FrontendResult(null, diags.sorted(), tier);
        return new FrontendResult(module, diags.sorted(), tier);
    }

    /**
     * Only the checks of the Java subset and of the types: steps 1 to 3 of {@link #compile} over all user
     * code, without choosing a main class or lowering (which adds no subset rules: lowering reports only
     * misuse of the runtime's intrinsics). The annotation processor uses this, so javac and ostooc apply
     * the same rules from the same code.
     */
    public static List<Diagnostic> check(List<SourceFile> userSources, List<SourceFile> librarySources) {
        Diagnostics diags = new Diagnostics();
        analyze(userSources, librarySources, null, null, diags);
        return diags.sorted();
    }

    private record Analysis(ProgramModel model, Attributor attributor, Tier tier) { }

    private static Analysis analyze(List<SourceFile> userSources, List<SourceFile> librarySources, String mainClass,
                                    Tier requested, Diagnostics diags) {
        // 1. parse every file (in parallel); a file with a syntax error takes no further part
        List<ParsedFile> files = new ArrayList<>(ParseAll.parse(librarySources, true, diags));
        files.addAll(ParseAll.parse(userSources, false, diags));
        RecordDesugar records = new RecordDesugar(diags);   // 1b. records become final classes (javac's members)
        for (ParsedFile f : files) if (!f.library()) records.desugar(f);
        for (ParsedFile f : files) if (!f.library()) EnumBodyDesugar.desugar(f);   // 1b'. enum constant bodies become member subclasses
        InnerClassDesugar locals = new InnerClassDesugar(diags);   // 1c. local and anonymous classes become member classes
        for (ParsedFile f : files) if (!f.library()) locals.desugar(f);
        Tier fromSource = TierAnnotations.chosen(files, mainClass, diags);   // 1d. the tier: the command line's, else @Tier's
        Tier tier = requested != null ? requested : fromSource != null ? fromSource : Tier.FREESTANDING;

        // 2. the program model: classes, static fields, static methods, runtime roles (this tier's runtime classes only)
        ModelBuilder builder = new ModelBuilder(diags, tier);
        ProgramModel model = builder.build(files);
        BuildConstants.bind(model);
        AttrContext ctx = new AttrContext(model, builder.lookup(), builder.types(), diags);

        // 3. attribute all user code (library code is attributed as lowering reaches it)
        Attributor attributor = new Attributor(ctx);
        attributor.attributeUserCode();
        return new Analysis(model, attributor, tier);
    }

    /** The user's entry: {@code public static void main(String[])} or {@code static int main()}. */
    private static MethodSym findMain(ProgramModel model, String mainClass, Diagnostics diags) {
        List<MethodSym> mains = new ArrayList<>();
        for (ClassSym c : model.classes()) {
            if (c.isLibrary()) continue;
            if (mainClass != null && !c.binaryName.equals(mainClass) && !(c.packageName.isEmpty() ? c.javaName()
                    : c.packageName + "." + c.javaName()).equals(mainClass)) continue;
            for (MethodSym m : c.methodsNamed("main")) if (isMain(m)) mains.add(m);
        }
        if (mains.size() == 1) return mains.get(0);
        if (mains.isEmpty()) {
            diags.error(mainClass == null ? "no class with a main method (public static void main(String[] args) or static int main())"
                    : "class " + mainClass + " has no main method");
            return null;
        }
        StringBuilder names = new StringBuilder();
        for (MethodSym m : mains) names.append(names.length() == 0 ? "" : ", ").append(m.owner.javaName());
        Pos p = Positions.start(mains.get(1).owner.file.source(), mains.get(1).decl.getName());
        diags.error(p.file(), p.line(), p.column(), "several classes have a main method (" + names + "); choose one with --main");
        return null;
    }

    private static boolean isMain(MethodSym m) {
        if (!m.isStatic) return false;
        if (m.params.size() == 1 && m.params.get(0).equals(JType.STRING_ARRAY) && m.result == JType.Prim.VOID) return true;
        return m.params.isEmpty() && m.result == JType.Prim.INT;
    }
}

package ostooc.ir.pass;

import ostooc.ir.Module;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The optimization pipeline as data, in the manner of Go's {@code compile.go}: which passes run, in which
 * order, and from which optimization level on (-O0 runs only what the back end needs; -O1 inlines what
 * cannot grow the program and cleans up again; -O2 also inlines small callees before that second round). Ordering constraints, each with its reason, live in
 * {@link #ORDER} and are checked by a unit test ({@link #orderViolations}).
 */
public final class PassPipeline {
    /** One step of the pipeline; it runs at {@code minLevel} and above. */
    public record Entry(String name, Pass pass, int minLevel) { }

    /** "The last {@code before} must come before the last {@code after}", because {@code reason}. */
    public record Constraint(String before, String after, String reason) { }

    public static final List<Entry> PASSES = List.of(
            entry(new SimplifyCfg(), 0),      // the back end wants no unreachable blocks, even at -O0
            entry(new ConstantFold(), 1),
            entry(new Gvn(), 1),
            entry(new NullCheckElim(), 1),    // after gvn: repeated checks of a value are then one compare
            entry(new BoundsCheckElim(), 1),  // after gvn: the loop guard's and the check's length loads are one
            entry(new SimplifyCfg(), 1),
            entry(new DeadCodeElim(), 0),     // cheap, and -O0 code is full of unused temporaries
            entry(new Inliner(Inliner.Rule.NO_GROWTH), 1),   // after the cleanup, so forwarders look like forwarders
            entry(new Inliner(), 2),          // after the cleanup, so callee sizes are what will be copied
            entry(new ConstantFold(), 1),
            entry(new Gvn(), 1),
            entry(new NullCheckElim(), 1),
            entry(new BoundsCheckElim(), 1),
            entry(new SimplifyCfg(), 1),
            entry(new DeadCodeElim(), 1));

    public static final List<Constraint> ORDER = List.of(
            new Constraint("const-fold", "simplify-cfg", "folding turns brif conditions into constants, which simplify-cfg turns into br"),
            new Constraint("const-fold", "gvn", "folded constants become equal iconsts that gvn merges"),
            new Constraint("gvn", "dce", "gvn and const-fold leave the instructions they replaced without uses"),
            new Constraint("const-fold", "dce", "gvn and const-fold leave the instructions they replaced without uses"),
            new Constraint("simplify-cfg", "dce", "removing trivial phis and branches leaves their operands unused"),
            new Constraint("gvn", "null-checks", "gvn makes repeated checks of one value one compare, which a dominating branch on it decides"),
            new Constraint("null-checks", "simplify-cfg", "folded checks are brifs on constants, which simplify-cfg turns into br (dropping the panic blocks)"),
            new Constraint("gvn", "bounds-checks", "gvn merges the loop guard's load of the array length with the bounds check's"),
            new Constraint("bounds-checks", "simplify-cfg", "removed bounds checks are brifs on constants, which simplify-cfg turns into br"),
            new Constraint("inline", "null-checks", "inlined callees check values the caller already checked or allocated"),
            new Constraint("inline-no-growth", "inline", "single-use callees go in whole before small ones are copied, so they are never copied twice"),
            new Constraint("inline-no-growth", "const-fold", "inlined callees see constant arguments that only now fold"),
            new Constraint("inline", "const-fold", "inlined callees see constant arguments that only now fold"),
            new Constraint("inline", "gvn", "inlined copies recompute what the caller already has"),
            new Constraint("inline", "simplify-cfg", "inlining splits blocks and leaves single-predecessor chains to merge"));

    private PassPipeline() { }

    private static Entry entry(Pass p, int minLevel) { return new Entry(p.name(), p, minLevel); }

    /** Every pass by name (for filetests and {@code --dump-ir}); insertion-ordered. */
    public static Map<String, Pass> byName() {
        Map<String, Pass> m = new LinkedHashMap<>();
        for (Entry e : PASSES) m.putIfAbsent(e.name(), e.pass());
        return m;
    }

    /** Runs the pipeline for {@code optLevel} over every function that is not naked. */
    public static void run(Module m, int optLevel, PassObserver observer) {
        run(m, select(optLevel), observer);
    }

    /** The passes that run at {@code optLevel}, in order. */
    public static List<Pass> select(int optLevel) {
        List<Pass> ps = new ArrayList<>();
        for (Entry e : PASSES) if (optLevel >= e.minLevel()) ps.add(e.pass());
        return ps;
    }

    public static void run(Module m, List<Pass> passes, PassObserver observer) {
        for (Pass p : passes) {
            p.run(m);
            observer.afterPass(p.name(), m);
        }
    }

    /** The constraints {@code entries} break, as readable messages (empty when the order is sound). */
    public static List<String> orderViolations(List<Entry> entries, List<Constraint> constraints) {
        List<String> out = new ArrayList<>();
        for (Constraint c : constraints) {
            int before = lastIndex(entries, c.before()), after = lastIndex(entries, c.after());
            if (before < 0 || after < 0) out.add(c.before() + " before " + c.after() + ": pass missing from the pipeline");
            else if (before > after) out.add(c.before() + " must run before " + c.after() + ": " + c.reason());
        }
        return out;
    }

    private static int lastIndex(List<Entry> entries, String name) {
        for (int i = entries.size() - 1; i >= 0; i--) if (entries.get(i).name().equals(name)) return i;
        return -1;
    }
}

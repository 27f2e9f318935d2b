package ostooc.ir.pass;

import ostooc.ir.Function;
import ostooc.ir.Module;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The optimization pipeline as data, in the manner of Go's {@code compile.go}: which passes run, in which
 * order, and which of them also run at -O0. Ordering constraints, each with its reason, live in
 * {@link #ORDER} and are checked by a unit test ({@link #orderViolations}).
 */
public final class PassPipeline {
    /** One step of the pipeline. */
    public record Entry(String name, Pass pass, boolean runAtO0) { }

    /** "The last {@code before} must come before the last {@code after}", because {@code reason}. */
    public record Constraint(String before, String after, String reason) { }

    public static final List<Entry> PASSES = List.of(
            entry(new SimplifyCfg(), true),      // the back end wants no unreachable blocks, even at -O0
            entry(new ConstantFold(), false),
            entry(new Gvn(), false),
            entry(new SimplifyCfg(), false),
            entry(new DeadCodeElim(), true));    // cheap, and -O0 code is full of unused temporaries

    public static final List<Constraint> ORDER = List.of(
            new Constraint("const-fold", "simplify-cfg", "folding turns brif conditions into constants, which simplify-cfg turns into br"),
            new Constraint("const-fold", "gvn", "folded constants become equal iconsts that gvn merges"),
            new Constraint("gvn", "dce", "gvn and const-fold leave the instructions they replaced without uses"),
            new Constraint("const-fold", "dce", "gvn and const-fold leave the instructions they replaced without uses"),
            new Constraint("simplify-cfg", "dce", "removing trivial phis and branches leaves their operands unused"));

    private PassPipeline() { }

    private static Entry entry(Pass p, boolean runAtO0) { return new Entry(p.name(), p, runAtO0); }

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
        for (Entry e : PASSES) if (optLevel > 0 || e.runAtO0()) ps.add(e.pass());
        return ps;
    }

    public static void run(Module m, List<Pass> passes, PassObserver observer) {
        for (Pass p : passes) {
            for (Function f : m.functions()) if (!f.naked) p.run(f);
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

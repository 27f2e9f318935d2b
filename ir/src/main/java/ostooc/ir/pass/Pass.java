package ostooc.ir.pass;

import ostooc.ir.Function;
import ostooc.ir.Module;

/**
 * A transformation of one function. Passes are stateless (all state lives in locals or in the function),
 * so one instance serves every function and thread. They are not run on naked functions.
 */
public interface Pass {
    /** The name used in the pipeline, in {@code --dump-ir=after:<name>} and in filetest headers. */
    String name();

    void run(Function f);

    /**
     * Runs the pass over a whole module: by default {@link #run(Function)} on every function that is not
     * naked. Passes that look across functions (the {@link Inliner}) override this.
     */
    default void run(Module m) {
        for (Function f : m.functions()) if (!f.naked) run(f);
    }
}

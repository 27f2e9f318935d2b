package ostooc.ir.pass;

import ostooc.ir.Function;

/**
 * A transformation of one function. Passes are stateless (all state lives in locals or in the function),
 * so one instance serves every function and thread. They are not run on naked functions.
 */
public interface Pass {
    /** The name used in the pipeline, in {@code --dump-ir=after:<name>} and in filetest headers. */
    String name();

    void run(Function f);
}

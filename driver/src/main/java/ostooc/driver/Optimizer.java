package ostooc.driver;

import java.util.List;

import ostooc.ir.IrPrinter;
import ostooc.ir.Module;
import ostooc.ir.pass.PassObserver;
import ostooc.ir.pass.PassPipeline;
import ostooc.ir.verify.Verifier;

/**
 * Checks the front end's IR with the verifier, then runs the pass pipeline for the optimization level
 * with the verifier after every pass. Broken IR is a compiler bug, reported as an internal error rather
 * than turned into wrong code; verification costs little next to parsing.
 */
final class Optimizer {
    private Optimizer() { }

    static void run(Module m, int optLevel) {
        List<String> errors = Verifier.verify(m);
        if (!errors.isEmpty())
            throw new IllegalStateException("the front end produced invalid IR:\n  " + String.join("\n  ", errors) + "\n" + IrPrinter.print(m));
        PassPipeline.run(m, optLevel, PassObserver.verifying());
    }
}

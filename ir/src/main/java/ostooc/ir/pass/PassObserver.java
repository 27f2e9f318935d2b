package ostooc.ir.pass;

import ostooc.ir.IrPrinter;
import ostooc.ir.Module;
import ostooc.ir.verify.Verifier;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Watches the pipeline: called after each pass has run over every function of the module. Used for
 * {@code --dump-ir=after:<pass>} and, in tests, to run the verifier after every pass.
 */
public interface PassObserver {
    void afterPass(String pass, Module m);

    PassObserver NONE = (pass, m) -> { };

    default PassObserver andThen(PassObserver next) {
        return (pass, m) -> { afterPass(pass, m); next.afterPass(pass, m); };
    }

    /** Throws {@link IllegalStateException} with the errors and the IR when a pass leaves broken IR. */
    static PassObserver verifying() {
        return (pass, m) -> {
            List<String> errors = Verifier.verify(m);
            if (!errors.isEmpty())
                throw new IllegalStateException("IR broken after " + pass + ":\n  " + String.join("\n  ", errors) + "\n" + IrPrinter.print(m));
        };
    }

    /** Prints the module after each pass named in {@code passes} ("all" for every pass). */
    static PassObserver dumping(Set<String> passes, Consumer<String> out) {
        return (pass, m) -> {
            if (passes.contains(pass) || passes.contains("all")) out.accept("; IR after " + pass + "\n" + IrPrinter.print(m));
        };
    }
}

package ostooc.frontend.lower;

import com.github.javaparser.ast.expr.NameExpr;
import ostooc.frontend.model.ClassSym;
import ostooc.frontend.model.MethodSym;
import ostooc.frontend.model.ProgramModel;

/**
 * main's {@code String[] args}: built by {@code ostoo.rt.Args.fromArgv(argc, argv)} at start-up, but only
 * when main's body mentions its parameter, so that a hello world carries no UTF-8 decoder.
 */
final class MainArgs {
    private MainArgs() { }

    /**
     * Whether main's body names its parameter. A local cannot shadow a parameter in Java, and the subset
     * has no nested bodies, so every such name is a use of args (conservative: a use in dead code counts).
     */
    static boolean readsArgs(MethodSym main) {
        String name = main.paramNames.get(0);
        return main.decl.getBody().map(b -> !b.findAll(NameExpr.class, n -> n.getNameAsString().equals(name)).isEmpty()).orElse(false);
    }

    /** {@code ostoo.rt.Args.fromArgv(long, long)}. */
    static MethodSym builder(ProgramModel model) {
        ClassSym c = model.byBinaryName("ostoo.rt.Args");
        if (c == null || c.methodsNamed("fromArgv").size() != 1) throw new IllegalStateException("ostoo.rt.Args.fromArgv is missing from the runtime");
        return c.methodsNamed("fromArgv").get(0);
    }
}

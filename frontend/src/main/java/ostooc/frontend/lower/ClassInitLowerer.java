package ostooc.frontend.lower;

import ostooc.frontend.tree.ClassInit;
import ostooc.ir.Function;
import ostooc.ir.Type;

import java.util.List;

/**
 * A class's {@code <clinit>}, run as the JVM runs it: on first active use, once. Callers call it before
 * each such use; it starts with the guard (set before the body runs, so a recursive use during
 * initialisation sees the class as initialised, as on the JVM within one thread):
 * <pre>
 *   b0: %a = symaddr "C.&lt;clinit&gt;.guard"; %g = load.u8 %a, 0; brif %g, b1, b2
 *   b1: ret
 *   b2: store.u8 %a, 0, 1; call @"Super.&lt;clinit&gt;()V"; ...; ...initializers in source order...; ret
 * </pre>
 * The superclass and the superinterfaces with default methods are initialized after the guard is set and
 * before the body, as JVMS 5.5 orders it (steps 6 and 7).
 */
final class ClassInitLowerer {
    private ClassInitLowerer() { }

    static void lower(ModuleLowerer ml, ClassInit init, List<String> supertypesFirst, String symbol) {
        Function fn = new Function(symbol, List.of(), Type.VOID);
        ml.module.add(fn);
        new FunctionLowerer(ml, fn, init.cls()).lowerClassInit(init, supertypesFirst, ml.statics.guard(init.cls().binaryName));
    }
}

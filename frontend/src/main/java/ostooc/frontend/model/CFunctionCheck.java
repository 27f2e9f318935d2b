package ostooc.frontend.model;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import ostooc.frontend.Tier;

import java.util.function.BiConsumer;

/**
 * The rules for a {@code @CFunction} declaration: {@code static native}; parameters of type int, long,
 * float or double, the result one of those or void (the SysV classes INTEGER and SSE with no extension
 * to undo: a C char, short or bool result leaves the upper bits of eax undefined, so they are refused);
 * only in the libc tier, where a C library is linked (user code; the runtime's are only reached in that tier).
 */
final class CFunctionCheck {
    private CFunctionCheck() { }

    /** Reports each broken rule through {@code error}; true when the declaration is usable. */
    static boolean ok(MethodSym m, MethodDeclaration md, Tier tier, BiConsumer<Node, String> error) {
        boolean ok = true;
        if (tier != Tier.LIBC && !m.owner.isLibrary()) {   // the runtime's own sit behind `if (Build.LIBC)`
            error.accept(md.getName(), "@CFunction needs the libc tier: compile with --tier libc or annotate the main class @Tier(Tier.LIBC)");
            ok = false;
        }
        if (!md.isNative() || !md.isStatic()) {
            error.accept(md.getName(), "a @CFunction method must be static native");
            ok = false;
        }
        for (int i = 0; i < m.params.size(); i++) {
            if (m.annotations.variadic() && m.params.get(i) == JType.Prim.FLOAT) {   // C promotes variadic floats to double
                error.accept(md.getParameter(i).getType(), "a variadic C function receives float arguments as double: declare the parameter double");
                ok = false;
                continue;
            }
            if (!isCType(m.params.get(i))) {
                error.accept(md.getParameter(i).getType(), "unsupported @CFunction parameter type " + m.params.get(i).javaName()
                        + " (int, long, float, double; pass pointers as long: CString.of, CPointers.elements)");
                ok = false;
            }
        }
        if (m.result != JType.Prim.VOID && !isCType(m.result)) {
            error.accept(md.getType(), "unsupported @CFunction result type " + m.result.javaName() + " (int, long, float, double or void)");
            ok = false;
        }
        return ok;
    }

    private static boolean isCType(JType t) {
        return t == JType.Prim.INT || t == JType.Prim.LONG || t == JType.Prim.FLOAT || t == JType.Prim.DOUBLE;
    }
}

package ostooc.frontend.attr;

import ostooc.frontend.model.ClassSym;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.MethodSym;
import ostooc.frontend.tree.Pos;

import java.util.List;
import java.util.stream.Collectors;

/** Finds the stdlib-shim methods that Java built-ins are mapped to (Console.println, Strings.concat, ...). */
final class ShimMethods {
    private ShimMethods() { }

    /** The method {@code cls.name(params)} exactly, or null after reporting that the shim lacks it. */
    static MethodSym find(AttrContext ctx, String cls, String name, List<JType> params, Pos p) {
        ClassSym c = ctx.shim(cls);
        if (c != null)
            for (MethodSym m : c.methodsNamed(name))
                if (m.params.equals(params)) return m;
        ctx.error(p, "cannot find symbol\n  symbol:   method " + name
                + params.stream().map(JType::javaName).collect(Collectors.joining(",", "(", ")")) + "\n  location: class " + cls);
        return null;
    }
}

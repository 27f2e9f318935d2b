package ostooc.frontend.lower;

import ostooc.frontend.model.ClassSym;
import ostooc.frontend.model.MethodSym;

import java.util.ArrayList;
import java.util.List;

/**
 * The types whose initialization a class's initialization starts with (JVMS 5.5 step 7, JLS 12.4.2):
 * its superclass, then every superinterface — direct or indirect — that declares a non-abstract, non-static
 * method (a default or private instance method), enumerated as the JVM does: for each interface in the
 * {@code implements} clause in order, its superinterfaces first (recursively), then itself. An interface's
 * initialization starts none: interfaces are initialized only on their own first active use (a non-constant
 * field), never because a subinterface or an implementing class is. Whether each of these needs any code is
 * the caller's question; this is the order only.
 */
final class InitTriggers {
    private InitTriggers() { }

    static List<ClassSym> of(ClassSym c) {
        List<ClassSym> out = new ArrayList<>();
        if (c.isInterface) return out;
        if (c.superclass != null && !c.superclass.isObject()) out.add(c.superclass);
        for (ClassSym i : c.interfaces) interfaces(i, out);
        return out;
    }

    private static void interfaces(ClassSym i, List<ClassSym> out) {
        for (ClassSym sup : i.interfaces) interfaces(sup, out);
        if (!out.contains(i) && declaresInstanceCode(i)) out.add(i);
    }

    private static boolean declaresInstanceCode(ClassSym i) {
        for (MethodSym m : i.allMethods()) if (!m.isStatic && !m.isAbstract) return true;
        return false;
    }
}

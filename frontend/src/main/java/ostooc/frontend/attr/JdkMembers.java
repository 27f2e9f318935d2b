package ostooc.frontend.attr;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Whether a JDK class has a public method of a name, by the compiler's own JDK (javac also reads the
 * JDK it runs with): a call the library table lacks is {@code unsupported} when the JDK has the method,
 * and javac's {@code cannot find symbol} when nobody has it ({@code "s".mI2()}), so an unsupported message
 * never stands for a name that does not exist.
 */
final class JdkMembers {
    private JdkMembers() { }

    /** True when {@code java.lang.<simpleName>} has a public method {@code name}; true too when the class is not found (not ours to deny). */
    static boolean hasMethod(String simpleName, String name) {
        Class<?> c;
        try {
            c = Class.forName(simpleName.contains(".") ? simpleName : "java.lang." + simpleName, false, JdkMembers.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return true;
        }
        for (Method m : c.getMethods()) if (m.getName().equals(name) && Modifier.isPublic(m.getModifiers())) return true;
        return false;
    }
}

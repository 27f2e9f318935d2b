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

    /** True when the JDK class {@code qualified} has a public method or constructor ({@code <init>}) {@code name} taking {@code arity} arguments (a varargs one: at least arity - 1). */
    static boolean hasMethod(String qualified, String name, int arity) {
        Class<?> c = jdk(qualified);
        if (c == null) return false;
        java.lang.reflect.Executable[] all = name.equals("<init>") ? c.getConstructors() : c.getMethods();
        for (java.lang.reflect.Executable m : all) {
            if (!name.equals("<init>") && !m.getName().equals(name)) continue;
            if (m.getParameterCount() == arity || m.isVarArgs() && arity >= m.getParameterCount() - 1) return true;
        }
        return false;
    }

    /** True when the JDK class {@code qualified} has a public field {@code name}. */
    static boolean hasField(String qualified, String name) {
        Class<?> c = jdk(qualified);
        if (c == null) return false;
        try {
            return Modifier.isPublic(c.getField(name).getModifiers());
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static Class<?> jdk(String qualified) {
        try {
            return Class.forName(qualified, false, ClassLoader.getPlatformClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}

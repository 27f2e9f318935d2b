package ostooc.tests;

import java.lang.reflect.Method;

/**
 * Runs a program whose entry is the seed's {@code static int main()} on the JVM, so the JVM can be the
 * oracle for it too: the result becomes the exit code. Exceptions propagate as an uncaught exception would.
 */
public final class IntMainLauncher {
    public static void main(String[] args) throws Throwable {
        Method main = Class.forName(args[0]).getDeclaredMethod("main");
        main.setAccessible(true);
        int code;
        try {
            code = (int) main.invoke(null);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
        System.out.flush();
        System.exit(code);
    }
}

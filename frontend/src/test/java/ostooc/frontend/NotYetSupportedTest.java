package ostooc.frontend;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Java that is outside issue 3's subset is a clear error at the construct, never wrong code: lambdas, method
 * references, generics (the next issue), qualified anonymous classes, a local class extending a capturing local
 * class, a captured {@code var} local.
 */
class NotYetSupportedTest {
    private static String first(String classBody) {
        List<String> errors = TestSupport.errors("T.java", "class T {\n" + classBody + "\n    static int main() { return 0; }\n}\n");
        return errors.isEmpty() ? "" : errors.get(0).split("\n")[0];
    }

    @Test void lambdasAndMethodReferences() {
        assertEquals("T.java:3:29: error: unsupported: lambdas", first("    interface F { int f(int x); }\n    static void m() { F f = x -> x + 1; }"));
        assertEquals("T.java:3:29: error: unsupported: method references", first("    interface F { void f(); }\n    static void m() { F f = T::m; }"));
    }

    @Test void generics() {
        assertEquals("T.java:2:18: error: unsupported: generics", first("    static class Box<X> { }"));
        assertEquals("T.java:2:21: error: unsupported: generics", first("    static <X> void m(X x) { }"));
    }

    @Test void qualifiedAnonymousClass() {
        assertEquals("T.java:3:27: error: unsupported: a qualified anonymous class",
                first("    class In { }\n    void m() { Object o = this.new In() { }; }"));
    }

    @Test void localClassExtendingACapturingLocalClass() {
        assertEquals("T.java:2:78: error: unsupported: a local class extending a local class that captures variables",
                first("    static void m(int k) { class A { int f() { return k; } } class B extends A { } }"));
    }

    @Test void capturedVarLocal() {
        assertEquals("T.java:2:77: error: unsupported: capturing a 'var' local",
                first("    static void m() { var k = 1; Object o = new Object() { int f() { return k; } }; }"));
    }

    @Test void jdkTypesOutsideTheSubsetAreUnsupportedNotUnknown() {
        assertEquals("T.java:2:12: error: unsupported: java.lang.Thread (not in ostooc's library yet)", first("    static Thread thread;"));
        assertEquals("T.java:2:12: error: unsupported: java.lang.CharSequence (not in ostooc's library yet)", first("    static CharSequence text;"));
        assertEquals("T.java:2:12: error: unsupported: java.util.Random (not in ostooc's library yet)", first("    static java.util.Random random;"));
        assertEquals("T.java:2:12: error: cannot find symbol", first("    static Nowhere n;"));
        assertEquals("T.java:2:28: error: unsupported: java.lang.Thread (not in ostooc's library yet)", first("    static class W extends Thread { }"));
    }

    /** A JDK name reached through a single-type or on-demand import is the JDK's class too (JLS 7.5), not an unknown name. */
    @Test void importedJdkTypesAreUnsupportedNotUnknown() {
        for (String imp : List.of("import java.util.Scanner;", "import java.util.*;")) {
            List<String> errors = TestSupport.errors("T.java", imp + "\nclass T {\n    static Scanner in;\n    static int main() { return 0; }\n}\n");
            assertEquals("T.java:3:12: error: unsupported: java.util.Scanner (not in ostooc's library yet)", errors.get(0).split("\n")[0], imp);
        }
    }
}

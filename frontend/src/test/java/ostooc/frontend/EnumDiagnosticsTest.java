package ostooc.frontend;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Enum diagnostics with javac's wording and positions (checked against javac -XDrawDiagnostics). */
class EnumDiagnosticsTest {
    private static String first(String method) {
        List<String> errors = TestSupport.errors("T.java", "class T {\n    enum E { A, B }\n" + method + "\n    static int main() { return 0; }\n}\n");
        return errors.isEmpty() ? "" : errors.get(0).split("\n")[0];
    }

    @Test void enumsCannotBeInstantiated() {
        assertEquals("T.java:4:15: error: enum types may not be instantiated", first("    static void m() {\n        E x = new E();\n    }"));
    }

    @Test void enumSwitchExpressionMustCoverEveryConstant() {
        assertEquals("T.java:4:16: error: the switch expression does not cover all possible input values",
                first("    static int m(E e) {\n        return switch (e) { case A -> 1; };\n    }"));
        assertEquals("", first("    static int m(E e) {\n        return switch (e) { case A -> 1; case B -> 2; };\n    }"));
    }

    private static String firstOf(String classBody) {
        List<String> errors = TestSupport.errors("T.java", "class T {\n" + classBody + "\n    static int main() { return 0; }\n}\n");
        return errors.isEmpty() ? "" : errors.get(0).split("\n")[0];
    }

    @Test void aConstantWithoutBodyOfAnEnumWithAbstractMethods() {
        assertEquals("T.java:2:43: error: T.F is abstract; cannot be instantiated",
                firstOf("    enum F { A { int x() { return 1; } }, B; abstract int x(); }"));
    }

    @Test void aConstantBodyMustImplementTheAbstractMethods() {
        assertEquals("T.java:2:14: error: <anonymous T$F$1> is not abstract and does not override abstract method x() in T.F",
                firstOf("    enum F { A { int y() { return 1; } }; abstract int x(); }"));
    }

    @Test void enumsWithConstantBodiesAreNotExtensible() {
        assertEquals("T.java:3:12: error: sealed, non-sealed or final modifiers expected", firstOf("    enum F { A { } }\n    static class X extends F { }"));
        assertEquals("T.java:3:18: error: enum types are not extensible", firstOf("    enum F { A { } }\n    static final class X extends F { }"));
        assertEquals("T.java:3:28: error: cannot inherit from final T.F", firstOf("    enum F { A }\n    static class X extends F { }"));
    }
}

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
        assertEquals("T.java:4:15: error: enum classes may not be instantiated", first("    static void m() {\n        E x = new E();\n    }"));
    }

    @Test void enumSwitchExpressionMustCoverEveryConstant() {
        assertEquals("T.java:4:16: error: the switch expression does not cover all possible input values",
                first("    static int m(E e) {\n        return switch (e) { case A -> 1; };\n    }"));
        assertEquals("", first("    static int m(E e) {\n        return switch (e) { case A -> 1; case B -> 2; };\n    }"));
    }

    @Test void constantBodiesAreNotSupportedYet() {
        List<String> errors = TestSupport.errors("T.java", "class T {\n    enum F { A { int x() { return 1; } }, B }\n    static int main() { return 0; }\n}\n");
        assertEquals("T.java:2:10: error: unsupported: enum constants with class bodies", errors.get(0).split("\n")[0]);
    }
}

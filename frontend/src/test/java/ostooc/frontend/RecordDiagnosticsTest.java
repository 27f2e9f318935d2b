package ostooc.frontend;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Record diagnostics with javac's wording and positions (checked against javac -XDrawDiagnostics). */
class RecordDiagnosticsTest {
    private static List<String> firstLines(String members) {
        List<String> errors = TestSupport.errors("T.java", "class T {\n" + members + "\n    static int main() { return 0; }\n}\n");
        return errors.stream().map(e -> e.split("\n")[0]).toList();
    }

    private static String first(String members) {
        List<String> errors = firstLines(members);
        return errors.isEmpty() ? "" : errors.get(0);
    }

    // (the frontend tests' small shim has no String.equals, so the valid record has primitive components only)
    @Test void aValidRecordCompiles() {
        assertEquals(List.of(), firstLines("    record P(int x, long s) {\n        P { x = -x; }\n        P(int x) { this(x, 2L); }\n"
                + "        public int x() { return x + 1; }\n        static P of() { return new P(1); }\n    }"));
    }

    @Test void componentFieldsAreFinal() {
        assertEquals("T.java:2:34: error: cannot assign a value to final variable x", first("    record P(int x) { void m() { x = 3; } }"));
        assertEquals("T.java:3:27: error: cannot assign a value to final variable x",
                first("    record P(int x) { }\n    static void m(P p) { p.x = 2; }"));
    }

    @Test void compactConstructorMayNotAssignFields() {
        assertEquals("T.java:2:31: error: cannot assign a value to final variable x", first("    record P(int x) { P { this.x = 1; } }"));
    }

    @Test void instanceFieldsAndInitializers() {
        List<String> errors = TestSupport.errors("T.java", "class T {\n    record A(int x) { int y; }\n}\n");
        assertEquals("T.java:2:27: error: field declaration must be static\n    record A(int x) { int y; }\n                          ^\n"
                + "  (consider replacing field with record component)", errors.get(0));
        assertEquals("T.java:2:23: error: instance initializers not allowed in records", first("    record A(int x) { { } }"));
    }

    @Test void nonCanonicalConstructorsMustDelegate() {
        assertEquals("T.java:2:23: error: constructor is not canonical, so its first statement must invoke another constructor of class Q",
                first("    record Q(int a) { Q() { } }"));
    }

    @Test void canonicalConstructorMustAssignEveryField() {
        assertEquals("T.java:2:60: error: variable b might not have been initialized",
                first("    record Q(int a, int b) { Q(int a, int b) { this.a = a; } }"));
    }

    @Test void recordsAreFinal() {
        assertEquals("T.java:3:28: error: cannot inherit from final T.A", first("    record A(int x) { }\n    static class E extends A { E() { super(1); } }"));
    }

    @Test void unknownComponentTypeIsReportedOnce() {
        assertEquals(List.of("T.java:2:14: error: cannot find symbol"), firstLines("    record C(Nope n) { }"));
    }

    @Test void notYetSupported() {
        // records implementing the program's own interfaces and Runnable work (RecordsWithInterfaces, JavaLangTypes); other JDK interfaces do not yet
        assertEquals("T.java:2:32: error: unsupported: java.lang.Comparable (not in ostooc's library yet)", first("    record B(int x) implements Comparable { public int compareTo(Object o) { return 0; } }"));
        assertEquals("T.java:2:12: error: unsupported: generics", first("    record D<X>(X x) { }"));
        assertEquals("T.java:2:14: error: unsupported: varargs", first("    record F(int... xs) { }"));
    }
}

package ostooc.frontend;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each diagnostic with its exact position and javac's wording. */
class DiagnosticsTest {
    private static String body(String stmts) {
        return "class T {\n    static void m(int p) {\n" + stmts + "\n    }\n    static int main() { return 0; }\n}\n";
    }

    /** The first diagnostic's header line. */
    private static String first(String source) {
        List<String> errors = TestSupport.errors("T.java", source);
        assertTrue(!errors.isEmpty(), "expected an error");
        return errors.get(0).split("\n")[0];
    }

    @Test void cannotFindSymbol() {
        List<String> e = TestSupport.errors("T.java", body("        int a = x;"));
        assertEquals("T.java:3:17: error: cannot find symbol\n        int a = x;\n                ^\n  symbol:   variable x\n  location: class T", e.get(0));
    }

    @Test void lossyConversion() {
        assertEquals("T.java:3:17: error: incompatible types: possible lossy conversion from long to int", first(body("        int a = 1L;")));
    }

    @Test void lossyConversionPointsAtOperator() {
        assertEquals("T.java:3:19: error: incompatible types: possible lossy conversion from long to int", first(body("        int a = p + 1L;")));
    }

    @Test void stringToInt() {
        assertEquals("T.java:3:17: error: incompatible types: String cannot be converted to int", first(body("        int a = \"s\";")));
    }

    @Test void badOperands() {
        assertEquals("T.java:3:23: error: bad operand types for binary operator '&&'", first(body("        boolean b = p && true;")));
    }

    @Test void missingReturn() {
        assertEquals("T.java:2:48: error: missing return statement", first("class T {\n    static int f(int x) { if (x > 0) return 1; }\n    static int main() { return 0; }\n}\n"));
    }

    @Test void whileTrueNeedsNoReturn() {
        assertTrue(TestSupport.compile("T.java", "class T {\n    static int f() { while (true) { } }\n    static int main() { return 0; }\n}\n").diagnostics().isEmpty());
    }

    @Test void unreachable() {
        assertEquals("T.java:4:9: error: unreachable statement", first(body("        return;\n        p++;")));
    }

    @Test void alreadyDefined() {
        assertEquals("T.java:3:13: error: variable p is already defined in method m(int)", first(body("        int p = 1;")));
    }

    @Test void syntaxError() {
        assertEquals("T.java:3:18: error: ';' expected", first(body("        int a = 1\n        a++;")));
    }

    @Test void unsupportedConstructs() {
        assertEquals("T.java:1:20: error: unsupported: java.lang.Comparable (not in ostooc's library yet)", first("class T implements Comparable { static int main() { return 0; } }"));
        assertEquals("T.java:3:9: error: unsupported: exceptions", first(body("        try { } finally { }")));
    }

    @Test void capturedLocalsMustBeEffectivelyFinal() {   // javac 17's wording, for anonymous and local classes alike
        assertEquals("T.java:4:52: error: local variables referenced from an inner class must be final or effectively final",
                first(body("        p++;\n        Object o = new Object() { int f() { return p; } };")));
        assertEquals("T.java:4:36: error: local variables referenced from an inner class must be final or effectively final",
                first(body("        int k = 1; k = 2;\n        class L { int f() { return k; } }")));
        assertTrue(TestSupport.errors("T.java", body("        int k = 1;\n        class L { int f() { return k + p; } }\n        new L().f();")).isEmpty());
    }

    @Test void breakOutsideLoop() {
        assertEquals("T.java:3:9: error: break outside switch or loop", first(body("        break;")));
    }

    @Test void duplicateCase() {
        assertEquals("T.java:3:35: error: duplicate case label", first(body("        switch (p) { case 1: case 1: }")));
    }

    @Test void integerTooLarge() {
        assertEquals("T.java:3:17: error: integer number too large", first(body("        int a = 2147483648;")));
        assertTrue(TestSupport.compile("T.java", body("        int a = -2147483648;")).diagnostics().isEmpty());
    }

    @Test void errorsAreSortedAndSeveral() {
        List<String> e = TestSupport.errors("T.java", body("        int a = y;\n        int b = z;"));
        assertEquals(2, e.size());
        assertTrue(e.get(0).startsWith("T.java:3:") && e.get(1).startsWith("T.java:4:"));
    }

    @Test void severalMains() {
        FrontendResult r = Frontend.compile(List.of(new SourceFile("A.java", "class A { static int main() { return 0; } }"),
                new SourceFile("B.java", "class B { static int main() { return 1; } }")), TestSupport.library(), null);
        assertTrue(r.diagnostics().get(0).message().contains("choose one with --main"));
        assertTrue(Frontend.compile(List.of(new SourceFile("A.java", "class A { static int main() { return 0; } }"),
                new SourceFile("B.java", "class B { static int main() { return 1; } }")), TestSupport.library(), "B").ok());
    }
}

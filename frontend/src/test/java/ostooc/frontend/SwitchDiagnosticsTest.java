package ostooc.frontend;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Diagnostics of switch rules, switch expressions, string switches and {@code var}, with javac's wording and positions. */
class SwitchDiagnosticsTest {
    private static String body(String stmts) {
        return "class T {\n    static void m(int p, String s) {\n" + stmts + "\n    }\n    static int main() { return 0; }\n}\n";
    }

    private static String first(String stmt) {
        List<String> errors = TestSupport.errors("T.java", body(stmt));
        assertTrue(!errors.isEmpty(), "expected an error for " + stmt);
        return errors.get(0).split("\n")[0];
    }

    @Test void switchExpressionMustBeExhaustive() {
        assertEquals("T.java:3:17: error: the switch expression does not cover all possible input values", first("        int x = switch (p) { case 1 -> 2; };"));
    }

    @Test void duplicateLabels() {
        assertEquals("T.java:3:40: error: duplicate case label", first("        switch (p) { case 1 -> {} case 1 -> {} }"));
        assertTrue(TestSupport.errors("T.java", body("        switch (s) { case \"a\": break; case \"a\": break; }")).stream()
                .anyMatch(e -> e.startsWith("T.java:3:44: error: duplicate case label")));   // (without the shim, more errors follow)
    }

    @Test void armsMustYield() {
        assertEquals("T.java:3:78: error: switch expression completes without providing a value",
                first("        int k = switch (p) { case 1: yield 1; default: System.out.println(); };"));
        assertEquals("T.java:3:42: error: switch rule completes without providing a value", first("        int k = switch (p) { case 1 -> { } default -> 2; };"));
    }

    @Test void caseKindsDoNotMix() {
        assertEquals("T.java:3:35: error: different case kinds used in the switch", first("        switch (p) { case 1 -> {} case 2: break; }"));
    }

    @Test void jumpsStayInsideSwitchExpressions() {
        assertEquals("T.java:3:72: error: attempt to break out of a switch expression",
                first("        for (int i = 0; i < 2; i++) { int k = switch (p) { case 1 -> { break; } default -> 2; }; }"));
        assertEquals("T.java:3:9: error: yield outside of switch expression", first("        yield 3;"));
    }

    @Test void varNeedsAnInitializerWithAType() {
        assertEquals("T.java:3:13: error: cannot infer type for local variable x", first("        var x;"));
        assertEquals("T.java:3:13: error: cannot infer type for local variable y", first("        var y = null;"));
        assertEquals("T.java:3:9: error: 'var' is not allowed in a compound declaration", first("        var a = 1, b = 2;"));
        List<String> errors = TestSupport.errors("T.java", "class T {\n    var f = 1;\n    static int main() { return 0; }\n}\n");
        assertEquals("T.java:2:5: error: 'var' is not allowed here", errors.get(0).split("\n")[0]);
    }
}

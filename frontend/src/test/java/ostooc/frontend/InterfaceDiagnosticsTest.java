package ostooc.frontend;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Diagnostics of interfaces (javac's wording and position; each checked against javac 17). */
class InterfaceDiagnosticsTest {
    private static final String IFACES = "interface I { int f(); }\n"
            + "interface J { default int g() { return 1; } }\n"
            + "interface K { default int g() { return 2; } }\n"
            + "interface L { int g(); }\n";
    private static final String MAIN = "class T { static int main() { return 0; } }\n";

    private static String first(String source) {
        List<String> errors = TestSupport.errors("T.java", source);
        assertTrue(!errors.isEmpty(), "expected an error");
        return errors.get(0);
    }

    @Test void missingImplementation() {
        assertEquals("T.java:5:7: error: C is not abstract and does not override abstract method f() in I",
                first(IFACES + "class C implements I { }\n" + MAIN).split("\n")[0]);
    }

    @Test void abstractBeatsDefault() {
        assertEquals("T.java:5:7: error: E is not abstract and does not override abstract method g() in L",
                first(IFACES + "class E implements J, L { }\n" + MAIN).split("\n")[0]);
    }

    @Test void abstractClassMayLeaveItToSubclasses() {
        assertEquals("T.java:6:7: error: D is not abstract and does not override abstract method f() in I",
                first(IFACES + "abstract class A implements I { }\nclass D extends A { }\n" + MAIN).split("\n")[0]);
    }

    @Test void unrelatedDefaults() {
        String e = first(IFACES + "class D implements J, K { }\n" + MAIN);
        assertEquals("T.java:5:1: error: types J and K are incompatible;", e.split("\n")[0]);
        assertTrue(e.contains("class D inherits unrelated defaults for g() from types J and K"), e);
    }

    @Test void overridingResolvesTheConflict() {
        assertEquals(List.of(), TestSupport.errors("T.java", IFACES + "class D implements J, K { public int g() { return J.super.g(); } }\n" + MAIN));
    }

    @Test void extendsAnInterface() {
        assertEquals("T.java:5:17: error: no interface expected here", first(IFACES + "class F extends I { }\n" + MAIN).split("\n")[0]);
    }

    @Test void implementsAClass() {
        assertEquals("T.java:6:20: error: interface expected here",
                first(IFACES + "class C { }\nclass G implements C { }\n" + MAIN).split("\n")[0]);
    }

    @Test void interfaceCannotBeInstantiated() {
        assertEquals("T.java:5:31: error: I is abstract; cannot be instantiated",
                first(IFACES + "class T { static int main() { new I(); return 0; } }\n").split("\n")[0]);
    }

    @Test void castFromFinalClassToUnrelatedInterface() {
        assertEquals("T.java:6:46: error: incompatible types: C cannot be converted to I",
                first(IFACES + "final class C { }\nclass T { static int main() { Object o = (I) new C(); return 0; } }\n").split("\n")[0]);
    }
}

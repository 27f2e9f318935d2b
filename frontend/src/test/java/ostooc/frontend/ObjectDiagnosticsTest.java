package ostooc.frontend;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 3's diagnostics (objects, inheritance, type tests), with javac's wording and position. */
class ObjectDiagnosticsTest {
    private static final String CLASSES = "abstract class A { int x; abstract int f(); int g() { return 1; } }\n"
            + "class B extends A { int f() { return 2; } }\n";

    private static String first(String source) {
        List<String> errors = TestSupport.errors("T.java", source);
        assertTrue(!errors.isEmpty(), "expected an error");
        return String.join("\n", errors.get(0).split("\n"));
    }

    private static String main(String stmts) {
        return CLASSES + "class T {\n    static int main() {\n" + stmts + "\n        return 0;\n    }\n}\n";
    }

    @Test void missingMethod() {
        String e = first(main("        new B().h();"));
        assertEquals("T.java:5:16: error: cannot find symbol", e.split("\n")[0]);
        assertTrue(e.contains("symbol:   method h()") && e.contains("location: class B"), e);
    }

    @Test void incompatibleClasses() {
        assertEquals("T.java:5:15: error: incompatible types: A cannot be converted to B", first(main("        B b = (A) new B();")).split("\n")[0]);
    }

    @Test void abstractViaSuper() {
        String src = CLASSES + "class C extends B { int f() { return 0; } }\nclass D extends A { int f() { return super.f(); } }\nclass T { static int main() { return 0; } }\n";
        assertEquals("T.java:4:43: error: abstract method f() in class A cannot be accessed directly", first(src).split("\n")[0]);
    }

    @Test void instanceFieldFromStaticContext() {
        assertEquals("T.java:3:32: error: non-static variable x cannot be referenced from a static context",
                first("class T {\n    int x;\n    static int main() { return x; }\n}\n").split("\n")[0]);
    }

    @Test void instanceMethodFromStaticContext() {
        assertEquals("T.java:3:32: error: non-static method f() cannot be referenced from a static context",
                first("class T {\n    int f() { return 1; }\n    static int main() { return f(); }\n}\n").split("\n")[0]);
    }

    @Test void abstractCannotBeInstantiated() {
        assertEquals("T.java:5:9: error: A is abstract; cannot be instantiated", first(main("        new A();")).split("\n")[0]);
    }

    @Test void missingOverride() {
        assertEquals("T.java:3:7: error: C is not abstract and does not override abstract method f() in A",
                first(CLASSES + "class C extends A { }\nclass T { static int main() { return 0; } }\n").split("\n")[0]);
    }

    @Test void constructorArguments() {
        assertEquals("T.java:5:9: error: constructor B in class B cannot be applied to given types;",
                first(main("        new B(1);")).split("\n")[0]);
    }
}

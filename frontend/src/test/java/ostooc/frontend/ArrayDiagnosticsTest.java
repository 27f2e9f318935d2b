package ostooc.frontend;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Array diagnostics with javac's wording and positions (checked against javac -XDrawDiagnostics). */
class ArrayDiagnosticsTest {
    private static String body(String stmts) {
        return "class T {\n    static void m(int p) {\n        int[] a = new int[3];\n        long[] b = null;\n" + stmts
                + "\n    }\n    static int main() { return 0; }\n}\n";
    }

    private static String first(String stmt) {
        List<String> errors = TestSupport.errors("T.java", body(stmt));
        assertTrue(!errors.isEmpty(), "expected an error for " + stmt);
        return errors.get(0).split("\n")[0];
    }

    @Test void arrayTypesDoNotConvert() {
        assertEquals("T.java:5:20: error: incompatible types: int[] cannot be converted to long[]", first("        long[] c = a;"));
    }

    @Test void indexingANonArray() {
        assertEquals("T.java:5:18: error: array required, but int found", first("        int x = p[0];"));
    }

    @Test void indexAndLengthMustBeInt() {
        assertEquals("T.java:5:19: error: incompatible types: possible lossy conversion from long to int", first("        int y = a[1L];"));
        assertEquals("T.java:5:27: error: incompatible types: possible lossy conversion from long to int", first("        int[] c = new int[2L];"));
        assertEquals("T.java:5:35: error: incompatible types: boolean cannot be converted to int", first("        boolean[] e = new boolean[true];"));
    }

    @Test void initializers() {
        assertEquals("T.java:5:17: error: illegal initializer for int", first("        int z = {1};"));
        assertEquals("T.java:5:23: error: incompatible types: String cannot be converted to int", first("        int[] d = {1, \"s\"};"));
        assertEquals("T.java:5:27: error: incompatible types: int cannot be converted to int[]", first("        int[][] f = {{1}, 2};"));
    }

    @Test void arraysAreNotStrings() {
        assertEquals("T.java:5:20: error: incompatible types: int[] cannot be converted to String", first("        String s = a;"));
        assertEquals("T.java:5:23: error: incomparable types: int[] and long[]", first("        boolean q = a == b;"));
    }

    @Test void lengthIsFinal() {
        assertEquals("T.java:5:10: error: cannot assign a value to final variable length", first("        a.length = 3;"));
    }

    @Test void dimensionsAndInitializerTogether() {
        assertEquals("T.java:5:29: error: array creation with both dimension expression and initialization is illegal",
                first("        int[] c = new int[2]{1, 2};"));
    }

    @Test void charArraysPrintThroughTheirOwnOverload() {   // Console.println(int, char[]), not println(int, Object)
        TestSupport.compileOk("T.java", body("        System.out.println(new char[1]);\n        System.err.print(new char[] {'x'});"));
    }

    @Test void arraysAreObjects() {
        assertEquals("T.java:5:19: error: incompatible types: Object cannot be converted to int[]", first("        int[] c = (Object) a;"));
        assertTrue(first("        long[] c = (long[]) a;").endsWith("error: incompatible types: int[] cannot be converted to long[]"));
        TestSupport.compileOk("T.java", body("        Object o = a;\n        int[] c = (int[]) o;\n        boolean q = o instanceof long[] || o instanceof String[];\n"
                + "        Object[] os = new String[1][];\n        os[0] = null;"));
    }

    @Test void forEachNeedsAnArray() {
        assertEquals("T.java:5:22: error: for-each not applicable to expression type", first("        for (int x : p) { }"));
        assertEquals("T.java:5:25: error: incompatible types: int cannot be converted to String", first("        for (String s : a) { }"));
    }

    @Test void arraysCompile() {
        TestSupport.compileOk("T.java", body("        int c[] = {1, 2};\n        a[c[0]] += c.length;\n        b = new long[p];\n        long[][] b2 = new long[p][];\n"
                + "        int[][] g = {{1}, {}, null};\n        g[0][0]++;\n        int[] h = a.clone();"));
    }
}

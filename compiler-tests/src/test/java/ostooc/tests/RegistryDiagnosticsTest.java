package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Names of JDK classes reach the registry's classes exactly where javac reaches the JDK's: a class of the program
 * hides a java.lang name (JLS 6.4.1), an import names a JDK class, a JDK member the library lacks is
 * {@code unsupported} while a member the JDK lacks too is javac's own error, at javac's position.
 */
class RegistryDiagnosticsTest {
    private static void sameAsJavac(String source) {
        List<CompileErrors> javac = CompileErrors.javac("T.java", source), ostooc = CompileErrors.ostooc("T.java", source);
        assertTrue(!javac.isEmpty(), "javac accepts it");
        assertEquals(javac.get(0).toString().lines().findFirst(), ostooc.isEmpty() ? null : ostooc.get(0).toString().lines().findFirst(), source);
    }

    private static String firstOstooc(String source) {
        assertEquals(List.of(), CompileErrors.javac("T.java", source), "javac rejects it");
        List<CompileErrors> ostooc = CompileErrors.ostooc("T.java", source);
        return ostooc.isEmpty() ? "" : ostooc.get(0).toString();
    }

    @Test
    void aClassOfTheProgramHidesTheJavaLangName() {
        sameAsJavac("class Integer { }\nclass T { static void m() { Integer i = 5; } }\n");
        sameAsJavac("class Math { }\nclass T { static double m() { return Math.PI; } }\n");
    }

    @Test
    void aMemberTheJdkLacksIsJavacsError() {
        sameAsJavac("class T { static int m() { return Integer.frobnicate(1); } }\n");
        sameAsJavac("class T { static int m() { return Integer.NO_SUCH_FIELD; } }\n");
        sameAsJavac("class T { static int m() { Integer i = 1; return i.frob(); } }\n");
    }

    @Test
    void aJdkMemberTheLibraryLacksIsUnsupported() {
        assertEquals("1:46: unsupported: Integer.getInteger(String) (not in ostooc's library yet)",
                firstOstooc("class T { static Integer m() { return Integer.getInteger(\"x\"); } }\n"));
        assertEquals("1:45: unsupported: Character.UNASSIGNED (not in ostooc's library yet)",
                firstOstooc("class T { static byte m() { return Character.UNASSIGNED; } }\n"));
    }

    @Test
    void importedJdkNamesAreTheRegistrysClasses() {
        assertEquals("", firstOstooc("import java.util.Objects;\nclass T { static boolean m() { return Objects.equals(1, 1); } }\n"));
        assertEquals("", firstOstooc("import java.util.*;\nclass T { static int m() { return Objects.hash(1, \"a\"); } }\n"));
        assertEquals("", firstOstooc("class T { static java.lang.Integer m() { return java.lang.Integer.valueOf(3); } }\n"));
        assertEquals("2:18: unsupported: java.util.Scanner (not in ostooc's library yet)",
                firstOstooc("import java.util.*;\nclass T { static Scanner s; static int m() { return Objects.hash(s); } }\n").lines().findFirst().orElse(""));
    }
}

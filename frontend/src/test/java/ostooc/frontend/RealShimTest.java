package ostooc.frontend;

import ostooc.ir.Function;
import ostooc.ir.verify.Verifier;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hello world against the real ostoo-rt and stdlib-shim sources: compiles, verifies, and pulls in only what it reaches. */
class RealShimTest {
    @Test
    void helloWorldReachesOnlyWhatItUses() {
        FrontendResult r = Frontend.compile(List.of(new SourceFile("samples/hello/Hello.java",
                "public class Hello {\n    public static void main(String[] args) {\n        System.out.println(\"Hello, ostoo!\");\n    }\n}\n")),
                TestSupport.library(), null);
        assertTrue(r.ok(), () -> String.join("\n", r.diagnostics().stream().map(Diagnostic::format).toList()));
        assertEquals(List.of(), Verifier.verify(r.module()));
        List<String> names = r.module().functions().stream().map(Function::name).toList();
        assertEquals("_start", r.module().entrySymbol);
        assertTrue(names.contains("Hello.main([Ljava/lang/String;)V"));
        // the allocator's out-of-memory path legitimately reaches eprintln; nothing reaches the panic handler or eprint
        assertFalse(names.stream().anyMatch(n -> n.contains("Io.eprint(") || n.contains("Panic")), names.toString());
    }
}

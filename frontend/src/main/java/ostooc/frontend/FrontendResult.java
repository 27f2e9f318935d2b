package ostooc.frontend;

import java.util.List;

/** The lowered program (null when there were errors) and every diagnostic, sorted by file and position. */
public record FrontendResult(ostooc.ir.Module module, List<Diagnostic> diagnostics) {
    public boolean ok() { return module != null && diagnostics.isEmpty(); }
}

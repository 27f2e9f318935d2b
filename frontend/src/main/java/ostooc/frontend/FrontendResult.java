package ostooc.frontend;

import java.util.List;

/** The lowered program (null when there were errors), every diagnostic sorted by file and position, and the tier built. */
public record FrontendResult(ostooc.ir.Module module, List<Diagnostic> diagnostics, Tier tier) {
    public boolean ok() { return module != null && diagnostics.isEmpty(); }
}

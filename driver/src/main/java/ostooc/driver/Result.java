package ostooc.driver;

import java.util.List;

import ostooc.frontend.Diagnostic;

/**
 * The outcome of a compilation: diagnostics (empty on success), the bytes written to the output, and
 * the time each phase took, in the order the phases ran.
 */
public record Result(List<Diagnostic> diagnostics, byte[] output, List<PhaseTime> phases) {
    public record PhaseTime(String phase, long nanos) { }

    public boolean ok() { return diagnostics.isEmpty(); }

    /** All diagnostics, javac style, one after another. */
    public String formatDiagnostics() {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : diagnostics) sb.append(d.format()).append('\n');
        if (!diagnostics.isEmpty()) sb.append(diagnostics.size()).append(diagnostics.size() == 1 ? " error\n" : " errors\n");
        return sb.toString();
    }
}

package ostooc.tests.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A small delta reducer over lines (ddmin in spirit): removes chunks of lines, halving the chunk size, and
 * single blocks (a line ending in "{" through its closing line), keeping each removal after which
 * {@code stillFails} holds (which must include "javac still accepts it"). The generated programs put one
 * statement per line and close every block on its own line, so most removals keep them valid Java.
 * Assumes: stillFails is deterministic. Guarantees: the result fails, and no single line or block of it can
 * be removed with the failure kept (1-minimal over lines and blocks), unless {@code budget} tries ran out.
 */
public final class LineReducer {
    private LineReducer() { }

    public static String reduce(String source, Predicate<String> stillFails, int budget) {
        List<String> lines = new ArrayList<>(source.lines().toList());
        int[] tries = {0};
        boolean progress = true;
        while (progress && tries[0] < budget) {
            progress = false;
            for (int chunk = Math.max(1, lines.size() / 2); chunk >= 1 && tries[0] < budget; chunk /= 2) {
                for (int start = 0; start < lines.size() && tries[0] < budget; ) {
                    int end = Math.min(lines.size(), start + chunk);
                    if (attempt(lines, start, end, stillFails, tries)) progress = true;
                    else start += chunk;
                }
                // whole blocks: a line opening one with its matching close
                for (int i = 0; i < lines.size() && tries[0] < budget; ) {
                    int close = lines.get(i).stripTrailing().endsWith("{") ? matchingClose(lines, i) : -1;
                    if (close > i && attempt(lines, i, close + 1, stillFails, tries)) progress = true;
                    else i++;
                }
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static boolean attempt(List<String> lines, int start, int end, Predicate<String> stillFails, int[] tries) {
        List<String> candidate = new ArrayList<>(lines.subList(0, start));
        candidate.addAll(lines.subList(end, lines.size()));
        if (candidate.isEmpty()) return false;
        tries[0]++;
        if (!stillFails.test(String.join("\n", candidate) + "\n")) return false;
        lines.clear();
        lines.addAll(candidate);
        return true;
    }

    /** The line that closes the block opened at the end of line {@code open} (counting braces outside literals). */
    static int matchingClose(List<String> lines, int open) {
        int depth = 0;
        for (int i = open; i < lines.size(); i++) {
            depth += braces(lines.get(i));
            if (depth <= 0) return i;
        }
        return -1;
    }

    private static int braces(String line) {
        int d = 0;
        boolean str = false, chr = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') { i++; continue; }
            if (c == '"' && !chr) str = !str;
            else if (c == '\'' && !str) chr = !chr;
            else if (!str && !chr) { if (c == '{') d++; else if (c == '}') d--; }
        }
        return d;
    }
}

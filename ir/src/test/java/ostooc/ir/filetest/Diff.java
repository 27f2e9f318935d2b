package ostooc.ir.filetest;

import java.util.ArrayList;
import java.util.List;

/** A line diff (longest common subsequence): {@code -expected} / {@code +actual} lines with 3 lines of context. */
final class Diff {
    private Diff() { }

    static String unified(String expected, String actual) {
        String[] a = expected.split("\n", -1), b = actual.split("\n", -1);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--)
            for (int j = b.length - 1; j >= 0; j--)
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
        List<String> out = new ArrayList<>();
        int i = 0, j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) { out.add("  " + a[i]); i++; j++; }
            else if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) out.add("- " + a[i++]);   // removals first
            else out.add("+ " + b[j++]);
        }
        return withContext(out, 3);
    }

    /** Keeps changed lines and {@code n} lines around them; gaps become "...". */
    private static String withContext(List<String> lines, int n) {
        boolean[] keep = new boolean[lines.size()];
        for (int k = 0; k < lines.size(); k++)
            if (!lines.get(k).startsWith("  "))
                for (int c = Math.max(0, k - n); c <= Math.min(lines.size() - 1, k + n); c++) keep[c] = true;
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < lines.size(); k++) {
            if (keep[k]) sb.append(sb.length() > 0 ? "\n" : "").append(lines.get(k));
            else if (k == 0 || keep[k - 1]) sb.append(sb.length() > 0 ? "\n" : "").append("...");
        }
        return sb.toString();
    }
}

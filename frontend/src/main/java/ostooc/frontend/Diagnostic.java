package ostooc.frontend;

/**
 * A compile error, positioned like javac's (1-based line and column; line 0 means "no position", e.g.
 * "no main class"). {@code message} may have several lines: the first goes on the header line, the others
 * (javac's {@code symbol:} / {@code location:} details) after the caret.
 */
public record Diagnostic(String path, int line, int column, String message, String sourceLine) {

    /** javac style: {@code Hello.java:7:13: error: cannot find symbol}, the source line, a caret under the column. */
    public String format() {
        String[] lines = message.split("\n", -1);
        StringBuilder sb = new StringBuilder();
        if (line <= 0) {
            if (path != null && !path.isEmpty()) sb.append(path).append(": ");
            sb.append("error: ").append(lines[0]);
        } else {
            sb.append(path).append(':').append(line).append(':').append(column).append(": error: ").append(lines[0]);
            sb.append('\n').append(sourceLine).append('\n');
            // keep tabs under tabs so the caret lines up whatever the terminal's tab width
            for (int i = 0; i < column - 1; i++) sb.append(i < sourceLine.length() && sourceLine.charAt(i) == '\t' ? '\t' : ' ');
            sb.append('^');
        }
        for (int i = 1; i < lines.length; i++) sb.append('\n').append(lines[i]);
        return sb.toString();
    }
}

package ostooc.frontend;

/** One Java source file: {@code path} is how diagnostics name it (e.g. {@code samples/hello/Hello.java}). */
public record SourceFile(String path, String text) {

    /** The text of 1-based line {@code line}, without its terminator ("" when out of range). */
    public String line(int line) {
        if (line < 1) return "";
        int start = 0;
        for (int l = 1; l < line; l++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) return "";
            start = nl + 1;
        }
        int end = text.indexOf('\n', start);
        String s = end < 0 ? text.substring(start) : text.substring(start, end);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    /** The file name without directories, as runtime error locations show it ({@code Hello.java}). */
    public String fileName() {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}

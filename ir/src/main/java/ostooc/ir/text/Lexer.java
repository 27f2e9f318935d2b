package ostooc.ir.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits IR text into tokens. Comments run from {@code ;} to the end of the line (filetests keep their
 * expectations there). Line ends are tokens because the text form is line-oriented: one block label or
 * instruction per line.
 */
final class Lexer {
    enum Kind { WORD, SYMBOL, VALUE, NUMBER, STRING, HEX, PUNCT, NEWLINE, EOF }

    /** One token; {@code text} is the decoded name for SYMBOL and STRING, the digits for VALUE. */
    record Token(Kind kind, String text, int line, int column) {
        boolean is(String punctOrWord) { return (kind == Kind.PUNCT || kind == Kind.WORD) && text.equals(punctOrWord); }

        String describe() {
            return switch (kind) {
                case NEWLINE -> "end of line";
                case EOF -> "end of input";
                case SYMBOL -> "symbol @" + text;
                case VALUE -> "value %" + text;
                case STRING -> "string";
                case HEX -> "hex string";
                default -> "'" + text + "'";
            };
        }
    }

    private final String src;
    private int pos;
    private int line = 1;
    private int lineStart;
    private final List<Token> tokens = new ArrayList<>();

    private Lexer(String src) { this.src = src; }

    static List<Token> tokenize(String src) {
        Lexer lx = new Lexer(src);
        lx.run();
        return lx.tokens;
    }

    private void run() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            int col = pos - lineStart + 1;
            if (c == '\n') { add(Kind.NEWLINE, "\n", col); pos++; line++; lineStart = pos; }
            else if (c == ' ' || c == '\t' || c == '\r') pos++;
            else if (c == ';') { while (pos < src.length() && src.charAt(pos) != '\n') pos++; }
            else if (c == '@') { pos++; add(Kind.SYMBOL, src.startsWith("\"", pos) ? string(col) : word(), col); }
            else if (c == '%') { pos++; add(Kind.VALUE, digits(col), col); }
            else if (c == '"') add(Kind.STRING, string(col), col);
            else if (c == 'x' && src.startsWith("\"", pos + 1)) { pos++; add(Kind.HEX, string(col), col); }
            else if (c == '-' || Character.isDigit(c)) { pos++; add(Kind.NUMBER, c + digitsOrEmpty(), col); }
            else if (isWordChar(c)) add(Kind.WORD, word(), col);
            else if ("(){}[],:=+".indexOf(c) >= 0) { pos++; add(Kind.PUNCT, String.valueOf(c), col); }
            else throw new IrParseException(line, col, "unexpected character '" + c + "'");
        }
        add(Kind.EOF, "", pos - lineStart + 1);
    }

    private void add(Kind k, String text, int col) { tokens.add(new Token(k, text, line, col)); }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.';
    }

    private String word() {
        int start = pos;
        while (pos < src.length() && isWordChar(src.charAt(pos))) pos++;
        if (start == pos) throw new IrParseException(line, pos - lineStart + 1, "expected a name");
        return src.substring(start, pos);
    }

    private String digitsOrEmpty() {
        int start = pos;
        while (pos < src.length() && Character.isDigit(src.charAt(pos))) pos++;
        return src.substring(start, pos);
    }

    private String digits(int col) {
        String d = digitsOrEmpty();
        if (d.isEmpty()) throw new IrParseException(line, col, "expected digits after '%'");
        return d;
    }

    /** A double-quoted string with the escapes {@link ostooc.ir.IrPrinter#quote} writes. */
    private String string(int col) {
        StringBuilder sb = new StringBuilder();
        pos++;   // opening quote
        while (true) {
            if (pos >= src.length() || src.charAt(pos) == '\n') throw new IrParseException(line, col, "unterminated string");
            char c = src.charAt(pos++);
            if (c == '"') return sb.toString();
            if (c != '\\') { sb.append(c); continue; }
            if (pos >= src.length()) throw new IrParseException(line, col, "unterminated string");
            char e = src.charAt(pos++);
            if (e == '"' || e == '\\') sb.append(e);
            else if (e == 'u' && pos + 4 <= src.length() && src.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
                sb.append((char) Integer.parseInt(src.substring(pos, pos + 4), 16));
                pos += 4;
            } else throw new IrParseException(line, pos - lineStart, "bad escape '\\" + e + "'");
        }
    }
}

/** String literals: escapes, unicode escapes, non-ASCII text (2-, 3- and 4-byte UTF-8), empty strings. */
public class Strings {
    static String greeting = "héllo ✓ 😀";
    static final String CONST = "const" + "ant " + 42 + 'c' + true;

    public static void main(String[] args) {
        System.out.println("plain ASCII");
        System.out.println("");
        System.out.println("tab:[\t] quote:[\"] apostrophe:['] [\'] backslash:[\\]");
        System.out.println("newline inside:\nsecond line");
        System.out.println("carriage\rreturn");
        System.out.println("octal escapes: [\101\102\103] [\0] [\7] [\377]");
        System.out.println("unicode escapes: \u0041\u00e9\u2713 \uD83D\uDE00");
        System.out.println("backspace [\b] formfeed [\f] space escape [\s]");
        System.out.println(greeting);
        System.out.println("héllo ✓ 😀");
        System.out.println("Ελληνικά, русский, 日本語, עברית");
        System.out.println("emoji: 🎉🚀 and a combining e\u0301");
        System.out.println(CONST);
        System.out.print("print without newline, ");
        System.out.print("then ");
        System.out.println("newline");
        System.out.print("");
        System.out.println();
        String empty = "";
        System.out.println("[" + empty + "]");
        System.out.println("[" + empty + empty + "]");
        String a = "abc";
        String b = a;
        a = "xyz";
        System.out.println(a + " " + b);
        String longText = "The quick brown fox jumps over the lazy dog. "
                + "Pack my box with five dozen liquor jugs. "
                + "How vexingly quick daft zebras jump! "
                + "Sphinx of black quartz, judge my vow.";
        System.out.println(longText);
        String built = "";
        for (int i = 0; i < 20; i++) built = built + i % 10;
        System.out.println(built);
        String repeated = "ab";
        for (int i = 0; i < 6; i++) repeated = repeated + repeated;
        System.out.println(repeated);
        System.out.println("ends with unicode ✓");
        System.out.println("\u0000 nul inside");
        System.out.println("text block:");
        System.out.print("""
            line one
              indented "quotes"
            tab\there ✓
            """);
    }
}

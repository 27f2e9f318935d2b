package ostooc.tests.fuzz;

import java.util.regex.Pattern;

/**
 * Whether a generated expression is a constant expression in the sense of JLS 15.29 (only literals,
 * operators, casts and the JDK's constant fields), judged from its text: the generator uses no constant
 * variables of its own, so any other identifier (a variable, field or call) makes it non-constant.
 */
final class Constants {
    private Constants() { }

    private static final Pattern STRINGS = Pattern.compile("\"(\\\\.|[^\"\\\\])*\"|'(\\\\.|[^'\\\\])*'");
    private static final Pattern JDK_CONSTANTS = Pattern.compile("\\b(Float|Double|Integer|Long)\\.(NaN|POSITIVE_INFINITY|NEGATIVE_INFINITY|MIN_VALUE|MAX_VALUE)\\b");
    private static final Pattern NUMBERS = Pattern.compile("\\b0[xX][0-9a-fA-F]+[lL]?\\b|\\b\\d+(\\.\\d*)?([eE][-+]?\\d+)?[fFdDlL]?\\b|\\.\\d+([eE][-+]?\\d+)?[fFdD]?\\b");
    private static final Pattern KEYWORDS = Pattern.compile("\\b(true|false|int|long|short|byte|char|float|double|boolean)\\b");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$]");

    static boolean isConstant(String expr) {
        String s = STRINGS.matcher(expr).replaceAll(" ");
        s = JDK_CONSTANTS.matcher(s).replaceAll(" ");
        s = NUMBERS.matcher(s).replaceAll(" ");
        s = KEYWORDS.matcher(s).replaceAll(" ");
        return !IDENTIFIER.matcher(s).find();
    }
}

// Reduced from fuzz seed 14 (ProgramGen): a char compound-assigned a huge double saturates to '\uffff'
// (double -> int saturates, int -> char keeps the low 16 bits), and Character.isLetter of the result decided
// whether a call ran; natively isLetter was exact only for Latin-1, so it differed on other characters.
public class FuzzCharSaturation {
    static char c = ' ';
    static double fd = 2147483640.5;
    static int fuel = 10;

    static byte m1() { fuel--; return (byte) fd; }

    public static void main(String[] args) {
        for (int i = 0; i < 3; i++) c *= fd;
        System.out.println((int) c);
        if (!Character.isLetter(c)) m1();
        System.out.println(fuel);
        char[] probes = {'\uffff', '\u4e2d', '\u00e9', '\u0416', '\u05d0', '\u0661', '\uff21', '\u2160', '\ufffe', '\u3042'};
        for (char p : probes) {
            char q = p;
            q *= 1.0;
            System.out.println((int) q + " " + Character.isLetter(q) + " " + Character.isLetterOrDigit(q) + " " + Character.isDigit(q)
                    + " " + Character.isUpperCase(q) + " " + (int) Character.toLowerCase(q));
        }
    }
}

/** char arithmetic: promotion to int, char + char, char + String, casts, comparisons, escapes. */
public class CharArith {
    static char id(char c) { return c; }
    static int iid(int x) { return x; }
    static char last = 'z';

    static char upper(char c) {
        if (c >= 'a' && c <= 'z') return (char) (c - 'a' + 'A');
        return c;
    }

    static char rot13(char c) {
        if (c >= 'a' && c <= 'z') return (char) ('a' + (c - 'a' + 13) % 26);
        if (c >= 'A' && c <= 'Z') return (char) ('A' + (c - 'A' + 13) % 26);
        return c;
    }

    public static void main(String[] args) {
        char a = id('a');
        char b = id('b');
        System.out.println(a + b);
        System.out.println("" + a + b);
        System.out.println(a + "" + b);
        System.out.println((char) (a + 1));
        System.out.println(a + 1);
        System.out.println('a' + 'b' + "c");
        System.out.println("c" + 'a' + 'b');
        System.out.println(a < b);
        System.out.println(a == 97);
        System.out.println(b - a);
        System.out.println((int) a);
        for (char c = 'a'; c <= 'z'; c++) {
            System.out.print(upper(c));
        }
        System.out.println();
        for (char c = id('A'); c < 'A' + 26; c += 2) {
            System.out.print(rot13(c));
            System.out.print(rot13((char) (c + 32)));
        }
        System.out.println();
        char z = last;
        z++;
        System.out.println("z++ -> " + z + " code " + (int) z);
        char top = (char) iid(0xffff);
        top++;
        System.out.println("0xffff + 1 -> code " + (int) top);
        top--;
        System.out.println("0 - 1 -> code " + (int) top);
        char digit = '0';
        digit += 7;
        System.out.println("digit " + digit);
        int n = iid(12345);
        String digits = "";
        while (n > 0) {
            digits = (char) ('0' + n % 10) + digits;
            n /= 10;
        }
        System.out.println("digits " + digits);
        System.out.println('\n' + 0);
        System.out.println((int) '\t' + " " + (int) '\\' + " " + (int) '\'' + " " + (int) '"' + " " + (int) '\0' + " " + (int) '\u00e9');
        System.out.println('\u0041');
        System.out.println("escape chars: [" + '\t' + "] [" + '\'' + "] [" + '\\' + "]");
        char e = id('é');
        char check = id('✓');
        System.out.println("non-ASCII char: " + e + " " + (int) e + " " + check + " " + (int) check);
        System.out.println(e);
        System.out.print(check);
        System.out.println();
        System.out.println(iid('x') - 'a');
        char t = 'x';
        System.out.println(t == 'x' ? 'Y' : 'N');
        System.out.println(t != 'x' ? 1 : 'N');
        System.out.println(false ? 1 : 'N');
    }
}

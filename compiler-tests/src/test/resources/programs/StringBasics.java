/** The only String methods of this stage besides concatenation: length() and charAt(). */
public class StringBasics {
    static String sid(String s) { return s; }

    static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }

    static String reverse(String s) {
        String r = "";
        for (int i = s.length() - 1; i >= 0; i--) r = r + s.charAt(i);
        return r;
    }

    static boolean isPalindrome(String s) {
        int i = 0, j = s.length() - 1;
        while (i < j) {
            if (s.charAt(i) != s.charAt(j)) return false;
            i++;
            j--;
        }
        return true;
    }

    static int parse(String s) {
        int v = 0;
        boolean neg = s.charAt(0) == '-';
        for (int i = neg ? 1 : 0; i < s.length(); i++) v = v * 10 + (s.charAt(i) - '0');
        return neg ? -v : v;
    }

    static int hash(String s) {
        int h = 0;
        for (int i = 0; i < s.length(); i++) h = 31 * h + s.charAt(i);
        return h;
    }

    public static void main(String[] args) {
        String s = sid("hello, world");
        System.out.println(s.length() + " " + s.charAt(0) + " " + s.charAt(s.length() - 1) + " " + (int) s.charAt(5));
        System.out.println("".length() + " " + sid("").length());
        System.out.println(count(s, 'o') + " " + count(s, 'z') + " " + count(s, 'l'));
        System.out.println(reverse(s));
        System.out.println(isPalindrome(sid("racecar")) + " " + isPalindrome(sid("ab")) + " " + isPalindrome(sid("")));
        System.out.println(parse(sid("12345")) + parse(sid("-678")));
        System.out.println(parse(sid("2147483647")) + " " + parse(sid("-2147483648")));
        System.out.println(hash(s) + " " + hash(sid("")) + " " + hash(sid("polygenelubricants")));
        String u = sid("héllo ✓ 😀");
        System.out.println(u.length());
        for (int i = 0; i < u.length(); i++) System.out.print((int) u.charAt(i) + " ");
        System.out.println();
        System.out.println(u.charAt(1) + " " + u.charAt(6));
        String built = "a" + 1 + 'b' + true + 2L;
        System.out.println(built.length() + " " + built.charAt(4));
        System.out.println(("x" + null).length());
        System.out.println("literal".length() + "literal".charAt(3));
        String nested = sid("abc");
        System.out.println(nested.charAt(nested.length() - 1 - nested.charAt(0) + 'a'));
    }
}

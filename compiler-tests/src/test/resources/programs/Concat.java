/** String concatenation with every primitive type, null, and the left-to-right evaluation of +. */
public class Concat {
    static String nullField;
    static int id(int x) { return x; }
    static long lid(long x) { return x; }
    static String sid(String s) { return s; }

    public static void main(String[] args) {
        int i = id(7);
        long l = lid(-9_000_000_000L);
        char c = 'q';
        boolean z = i > 3;
        byte b = (byte) id(-100);
        short s = (short) id(-30000);
        System.out.println("int " + i + " long " + l + " char " + c + " bool " + z + " byte " + b + " short " + s);
        System.out.println(1 + 2 + "x");
        System.out.println("x" + 1 + 2);
        System.out.println("x" + (1 + 2));
        System.out.println(i + i + "x" + i + i);
        System.out.println(c + c + "x" + c + c);
        System.out.println(c + i + "" + c + i);
        System.out.println(l + i + " " + l + i);
        System.out.println("null: " + nullField);
        System.out.println(nullField + "!");
        System.out.println(nullField + null);
        String n = sid(null);
        System.out.println(n + n + n);
        System.out.println("" + n);
        n += "x";
        System.out.println(n);
        System.out.println("min " + Integer.MIN_VALUE + " " + Long.MIN_VALUE + " max " + Integer.MAX_VALUE + " " + Long.MAX_VALUE);
        System.out.println("runtime min " + id(Integer.MIN_VALUE) + " " + lid(Long.MIN_VALUE) + " zero " + id(0) + " " + lid(0) + " -1 " + id(-1));
        System.out.println("bools " + true + false + (i == 7) + !z);
        System.out.println("chars " + 'a' + '\n' + 'b' + (char) 955 + (char) id(8364));
        System.out.println("ops " + (i * 2) + (i - 10) + (l / 1000) + (i << 3) + (i > 3 ? "yes" : "no"));
        String acc = "";
        for (int k = -3; k <= 3; k++) acc = acc + k + ",";
        System.out.println(acc);
        String s1 = "ab" + "cd";
        String s2 = sid("ab") + sid("cd");
        System.out.println(s1 + s2);
        String nested = "(" + ("[" + ("{" + i + "}") + "]") + ")";
        System.out.println(nested);
        System.out.println("pow10:");
        long p = 1;
        for (int k = 0; k <= 19; k++) {
            System.out.println("  " + p + " " + -p + " " + (p - 1));
            p *= 10;
        }
        System.out.println("int pow10:");
        int q = 1;
        for (int k = 0; k <= 10; k++) {
            System.out.print(q + " ");
            q *= 10;
        }
        System.out.println();
        System.out.println("" + 0 + -0 + (-1) + 1000000000 + -2147483647);
    }
}

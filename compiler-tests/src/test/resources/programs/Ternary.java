/** The conditional operator: nesting, right associativity, numeric promotion of its branches, side effects. */
public class Ternary {
    static int evaluated;

    static int id(int x) { return x; }
    static long lid(long x) { return x; }

    static int mark(int v) {
        evaluated++;
        return v;
    }

    static int max3(int a, int b, int c) {
        return a > b ? (a > c ? a : c) : (b > c ? b : c);
    }

    static String sign(int v) {
        return v < 0 ? "neg" : v == 0 ? "zero" : "pos";
    }

    public static void main(String[] args) {
        System.out.println(max3(id(1), id(2), id(3)) + " " + max3(id(3), id(2), id(1)) + " " + max3(id(2), id(3), id(1))
                + " " + max3(id(Integer.MIN_VALUE), id(-1), id(Integer.MIN_VALUE)));
        System.out.println(sign(id(-4)) + " " + sign(id(0)) + " " + sign(id(9)));
        boolean t = id(1) > 0;
        long widened = t ? id(-1) : lid(5);
        System.out.println("widened " + widened);
        System.out.println("promoted " + (t ? id(7) : lid(1L << 40)));
        System.out.println("char branch " + (t ? 'x' : 'y') + " int/char " + (t ? 'x' : id(0)));
        byte b = (byte) id(-7);
        short s = (short) id(300);
        System.out.println("byte/short " + (t ? b : s));
        System.out.println("bool " + (t ? t : !t) + " " + (!t ? "a" : "b"));
        int r = t ? mark(1) : mark(2);
        int q = !t ? mark(3) : mark(4);
        System.out.println("r " + r + " q " + q + " evaluated " + evaluated);
        int x = id(5);
        int y = x > 3 ? x++ : x--;
        System.out.println("x " + x + " y " + y);
        String nul = null;
        System.out.println("null branch " + (t ? nul : "nonnull") + " " + (!t ? nul : "nonnull"));
        int abs = 0;
        for (int i = -3; i <= 3; i++) abs += i < 0 ? -i : i;
        System.out.println("abs sum " + abs);
        long big = id(-1) < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        System.out.println("big " + big);
        int nested = t ? (x > 5 ? (y > 5 ? 1 : 2) : 3) : 4;
        System.out.println("nested " + nested);
        System.out.println((id(2) > 1 ? 10 : 20) + (id(2) < 1 ? 100 : 200));
    }
}

/**
 * Long concatenation chains (one runtime call takes a few pieces; longer chains nest): side-effect order,
 * toString called once and in place, null in every position, compound assignment, fresh results.
 */
public class ConcatChains {
    static StringBuilder log = new StringBuilder();
    static int counter;
    static String[] cells = { "a", null, "c" };
    static String field = "f";

    static int tick(int v) { log.append('t').append(v); counter++; return v; }
    static String str(String s) { log.append('s').append(s); return s; }
    static int index(int i) { log.append('i').append(i); return i; }

    static final class Probe {
        int reads;
        Probe touch() { reads++; return this; }
        @Override public String toString() { reads++; return "P" + reads; }
    }

    static void show(String label, String s) {
        System.out.println(label + ": " + s + " | " + log);
        log.setLength(0);
    }

    public static void main(String[] args) {
        String n = args.length > 5 ? "x" : null;
        show("order", str("a") + tick(1) + str("b") + tick(2) + str("c") + tick(3) + str("d") + tick(4) + str("e"));
        show("nulls", n + "1" + n + 2 + n + '3' + n + 4L + n);
        show("null first", n + "" + n);
        show("only nulls", n + n);
        show("null4", "" + n + n + n);
        show("null5", n + n + n + n + n);
        Probe p = new Probe();
        show("toString in place", "" + p + p.touch() + p + "/" + p.reads);
        show("char+int", 'a' + 1 + "|" + 'a' + 1 + "|" + ('a' + 1) + "|" + (char) ('a' + 1));
        show("constants merge", n + "a" + "b" + 1 + 'c' + 2L + true + "" + 1.5 + 'd' + n);
        show("right chain", n + (tick(5) + "<" + (str("in") + tick(6)) + ">") + tick(7));
        String acc = n;
        acc += tick(8) + "," + str("v") + ',' + n + 9;
        show("compound", acc);
        int k = 0;
        cells[index(k++)] += str("x") + tick(k) + cells[index(k)] + k;
        show("compound element", cells[0] + " k=" + k);
        cells[1] += n;
        cells[2] += cells[2] + cells[2];
        show("compound cells", cells[0] + cells[1] + cells[2]);
        field += field + "+" + field;
        show("compound field", field);
        String s = str("same");
        String t = s + "";
        show("fresh", (t == s) + " " + t.equals(s) + " " + (("" + s) == s));
        String longest = "";
        for (int i = 0; i < 3; i++)
            longest = longest + i + "-" + (i * i) + "-" + (char) ('A' + i) + "-" + (i % 2 == 0) + "-" + -i + "-" + (long) i * 1000000000000L + ";";
        show("loop", longest);
        double d = 0.1 + 0.2;
        float f = 1.0f / 3;
        show("floating", d + "|" + f + "|" + (d + f) + "|" + -0.0 + "|" + 1e21 + "|" + Double.NaN + n);
        byte b = (byte) -5;
        short sh = (short) 300;
        show("narrow", b + "" + sh + b + sh + (b + sh));
        show("twelve", tick(1) + "" + tick(2) + tick(3) + tick(4) + tick(5) + tick(6) + tick(7) + tick(8) + tick(9) + tick(10) + tick(11) + tick(12));
        System.out.println(counter);
    }
}

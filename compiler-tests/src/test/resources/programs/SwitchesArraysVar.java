/**
 * Switches (arrow with multiple labels and blocks, colon with fall-through and hash-colliding strings, colon-form
 * switch expressions with yield, a constant-expression label), arrays of every element type with their defaults,
 * jagged and 3-D arrays, shallow clone() of nested arrays, covariant arrays with instanceof, and var.
 */
public class SwitchesArraysVar {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }
    interface Shape { double area(); }
    record Sq(double s) implements Shape { public double area() { return s * s; } }
    static int kind(Day d) {
        return switch (d) {
            case SAT, SUN -> 0;
            case FRI -> { int x = d.ordinal(); yield x * 10; }
            default -> {
                if (d == Day.MON) yield -1;
                yield 1;
            }
        };
    }
    static String colon(String s) {
        String r = "";
        switch (s) {
            case "a": r += "A";
            case "b": r += "B"; break;
            case "Aa": case "BB": r += "hash-collide:" + s; break;
            default: r += "?";
        }
        return r;
    }
    static int yieldColon(int k) {
        int v = switch (k) {
            case 1: yield 10;
            case 2: case 3: { int t = k * 7; yield t; }
            default: yield -k;
        };
        return v;
    }
    public static void main(String[] args) {
        for (Day d : Day.values()) System.out.print(kind(d) + " ");
        System.out.println();
        System.out.println(colon("a") + " " + colon("b") + " " + colon("Aa") + " " + colon("BB") + " " + colon("zz"));
        System.out.println(yieldColon(1) + " " + yieldColon(3) + " " + yieldColon(9));
        var grid = new int[3][4];
        for (var row : grid) for (int j = 0; j < row.length; j++) row[j] = j;
        var sum = 0L;
        for (int[] row : grid) for (int v : row) sum += v;
        System.out.println(sum + " " + grid.length + " " + grid[2].length);
        int[][] jag = {{1}, {2, 3}, {}, null};
        System.out.println(jag[1][1] + " " + jag[2].length + " " + (jag[3] == null));
        int[][] shallow = jag.clone();
        shallow[0][0] = 99;
        shallow[1] = new int[] {7};
        System.out.println(jag[0][0] + " " + jag[1].length + " " + (shallow != jag));
        long[][][] cube = new long[2][3][];
        System.out.println(cube[1][2] == null);
        cube[1][2] = new long[] {5L};
        System.out.println(cube[1][2][0]);
        Shape[] shapes = {new Sq(2), new Sq(3)};
        double tot = 0;
        for (Shape s : shapes) tot += s.area();
        System.out.println(tot);
        Object[] objs = shapes;
        System.out.println(objs.length + " " + (objs[0] instanceof Sq) + " " + (objs instanceof Shape[]) + " " + (objs instanceof Sq[]));
        Day[][] week = new Day[2][];
        week[0] = Day.values();
        System.out.println(week[0][6] + " " + week[1]);
        char[] cs = new char[3]; boolean[] zs = new boolean[2]; float[] fs = new float[2]; double[] ds = {1.5, 2.5};
        short[] ss = new short[2]; byte[] bs = {(byte) 200, 1};
        System.out.println((int) cs[0] + " " + zs[1] + " " + fs[0] + " " + ds[1] + " " + ss[0] + " " + bs[0]);
        String[] strs = new String[2];
        System.out.println(strs[0] + " " + strs.length);
        String[] copy = {"x", "y"};
        String[] c2 = copy.clone();
        c2[0] = "z";
        System.out.println(copy[0] + c2[0]);
        var text = "hello";
        var ch = text.charAt(1);
        var big = 1L << 40;
        var f = 1.5f;
        System.out.println(text + ch + big + f);
        final int K = 3;
        switch (4) { case K + 1 -> System.out.println("K+1"); default -> System.out.println("no"); }
    }
}

public class EnhancedFor {
    static int[] values = {3, 1, 4, 1, 5, 9, 2, 6};
    static int evaluations;

    static int[] source() { evaluations++; return values; }

    public static void main(String[] args) {
        int sum = 0;
        for (int v : source()) sum += v;
        System.out.println(sum + " " + evaluations);
        long wide = 0;
        for (long v : values) wide = wide * 10 + v;
        System.out.println(wide);
        outer:
        for (final int v : values) {
            if (v == 1) continue;
            for (int w : values) {
                if (w == 9) continue outer;
                if (v == 6) break outer;
            }
            System.out.println("never");
        }
        int[][] grid = {{1, 2}, {3}, {}};
        for (int[] row : grid) {
            String line = "row:";
            for (int x : row) line += " " + x;
            System.out.println(line);
        }
        for (char c : new char[] {'o', 'k'}) System.out.print(c);
        System.out.println();
        String[] words = {"a", null, "c"};
        for (String w : words) System.out.print(w + ";");
        System.out.println();
        int count = 0;
        for (byte b : new byte[1000]) count += b + 1;
        System.out.println(count);
        for (int v : values) {
            values = new int[] {100};
            System.out.print(v + " ");
        }
        System.out.println(values.length);
    }
}

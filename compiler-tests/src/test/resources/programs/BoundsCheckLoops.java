/**
 * Loops over arrays whose bounds checks the optimizer may drop (i from 0 by 1 below the same array's
 * length, forward and nested) next to ones it must keep (another array's length, i <= length, a start
 * below 0 guarded elsewhere, a step of 2); the last loop runs past a shorter array and must panic with
 * ArrayIndexOutOfBoundsException.
 */
public class BoundsCheckLoops {
    static int sum(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) s += a[i];
        return s;
    }

    static int sumEven(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i += 2) s += a[i];
        return s;
    }

    static int sumFrom(int[] a, int start) {
        int s = 0;
        for (int i = start; i < a.length; i++) s += i >= 0 ? a[i] : -1;
        return s;
    }

    public static void main(String[] args) {
        int[] a = new int[10];
        for (int i = 0; i < a.length; i++) a[i] = i * i - 3;
        System.out.println(sum(a) + " " + sumEven(a) + " " + sumFrom(a, 4) + " " + sumFrom(a, -3));
        long[][] grid = new long[4][5];
        for (int r = 0; r < grid.length; r++)
            for (int c = 0; c < grid[r].length; c++) grid[r][c] = (long) r * 31 + c;
        long total = 0;
        for (int r = 0; r < grid.length; r++) for (int c = 0; c < grid[r].length; c++) total += grid[r][c];
        System.out.println("grid " + total);
        String[] words = {"alpha", "beta", "gamma"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.length; i++) sb.append(words[i].charAt(0)).append(words[i].length());
        System.out.println(sb);
        int[] shorter = new int[3];
        int n = 0;
        for (int i = 0; i <= shorter.length - 1; i++) n += shorter[i] + i;
        System.out.println(n);
        for (int i = 0; i < a.length; i++) {
            System.out.println("copy " + i);
            shorter[i] = a[i];
        }
    }
}

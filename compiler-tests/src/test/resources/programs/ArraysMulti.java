public class ArraysMulti {
    static int[][] grid = new int[3][4];
    static String[][] words = {{"a", "b"}, {}, {"c"}};

    static long trace(long[][] m) {
        long t = 0;
        for (int i = 0; i < m.length; i++) t += m[i][i];
        return t;
    }

    public static void main(String[] args) {
        for (int i = 0; i < grid.length; i++)
            for (int j = 0; j < grid[i].length; j++) grid[i][j] = i * 10 + j;
        System.out.println(grid[2][3] + " " + grid[1][0] + " " + grid.length + " " + grid[0].length);
        grid[1][2] += 100;
        grid[1][2]++;
        System.out.println(grid[1][2]);

        int[][] jagged = new int[4][];
        System.out.println(jagged[2] == null);
        for (int i = 0; i < jagged.length; i++) {
            jagged[i] = new int[i + 1];
            for (int j = 0; j <= i; j++) jagged[i][j] = (i == j || j == 0) ? 1 : jagged[i - 1][j - 1] + jagged[i - 1][j];
        }
        for (int i = 0; i < jagged.length; i++) {
            String row = "";
            for (int j = 0; j < jagged[i].length; j++) row += jagged[i][j] + " ";
            System.out.println(row);
        }

        long[][] m = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
        System.out.println(trace(m));
        int[][][] cube = new int[2][3][4];
        cube[1][2][3] = 7;
        System.out.println(cube[1][2][3] + cube[0][0][0] + " " + cube[1].length + " " + cube[1][2].length);
        char[][] board = new char[2][2];
        board[0][1] = 'x';
        System.out.println((int) board[0][0] + " " + board[0][1]);
        int[][] empty = new int[0][5];
        System.out.println(empty.length);
        byte[][][] partial = new byte[2][][];
        partial[0] = new byte[1][];
        System.out.println(partial[0][0] == null);
        System.out.println(words[0][1] + words[2][0] + words[1].length);
        int[][] same = {grid[0], grid[0]};
        same[0][0] = 42;
        System.out.println(same[1][0] + " " + grid[0][0] + " " + (same[0] == same[1]));
        int[][] copy = grid.clone();
        copy[2] = null;
        System.out.println((grid[2] != null) + " " + (copy[0] == grid[0]));
    }
}

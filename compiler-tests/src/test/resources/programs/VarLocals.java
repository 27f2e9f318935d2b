public class VarLocals {
    static class Box { int v; Box(int v) { this.v = v; } }

    public static void main(String[] args) {
        var i = 40;
        var l = 1L << 40;
        var c = 'x';
        var s = "str";
        var arr = new int[] {1, 2, 3};
        var grid = new long[2][3];
        var box = new Box(7);
        final var k = 2;
        i += k;
        System.out.println(i + " " + l + " " + c + " " + s + " " + arr.length + " " + grid[1].length + " " + box.v);
        var sum = 0;
        for (var x : arr) sum += x;
        for (var j = 0; j < 3; j++) sum += j;
        for (var row : grid) for (var cell : row) sum += (int) cell;
        System.out.println(sum);
        var b = (byte) 200;
        var sh = (short) 70000;
        System.out.println(b + " " + sh);
        var ch = c + 1;   // int
        System.out.println(ch);
    }
}

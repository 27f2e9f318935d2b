public class ArrayNegativeInner {
    public static void main(String[] args) {
        int n = -2;
        System.out.println("start");
        int[][] a = new int[0][n];
        System.out.println("not reached " + a.length);
    }
}

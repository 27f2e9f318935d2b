public class ArrayIndexNegative {
    public static void main(String[] args) {
        long[] a = new long[4];
        int i = 2;
        a[i] += 5;
        System.out.println(a[i]);
        i -= 3;
        a[i]++;
        System.out.println("not reached");
    }
}

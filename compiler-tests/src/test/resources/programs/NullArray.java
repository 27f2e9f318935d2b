public class NullArray {
    static int[] data;

    public static void main(String[] args) {
        int[] a = null;
        System.out.println(a == null);
        System.out.println(data == a);
        data = new int[2];
        System.out.println(data.length);
        data = null;
        System.out.println(data.length);
    }
}

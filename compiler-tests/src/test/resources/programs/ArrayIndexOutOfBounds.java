public class ArrayIndexOutOfBounds {
    static int calls;
    static int value() { calls++; System.out.println("value evaluated"); return 7; }

    public static void main(String[] args) {
        int[] a = {1, 2, 3};
        int sum = 0;
        for (int i = 0; i < 3; i++) sum += a[i];
        System.out.println("sum " + sum);
        System.out.println(a[-0] + a[2]);
        // the right-hand side runs before the bounds check of a simple assignment
        a[5] = value();
        System.out.println("not reached");
    }
}
